/// Finds named health information: conditions, medicines, tests and procedures, and mental-health
/// terms ("diabetes", "sertraline", "smear test", "sectioned"). It reports entities only; whether they
/// disclose someone's health is decided by a detector that reads them with the people they are about.
public struct HealthTermDetector: Detector {
    /// The detector's name in evidence.
    public let name = "health-terms"
    private let matcher: PhraseMatcher<Int>
    /// Words after a term that make it the name of a charity, campaign or clinic rather than anyone's
    /// health ("Cancer Research", "Diabetes UK", "Mental Health Awareness Week", "lithium batteries").
    private let institutional: Set<String>
    /// Words after a particular term that undo it: "a stroke of luck", "termination of contract".
    private let undoneBy: [String: Set<String>]

    /// Builds the detector from the health lexicon.
    public init() {
        var matcher = PhraseMatcher<Int>()
        var index = 0
        for line in HealthTerms.source.split(separator: "\n") {
            let entry = line.trimmingPrefix(while: { $0 == " " })
            guard !entry.isEmpty, !entry.hasPrefix("#") else { continue }
            matcher.add(PhrasePattern(literal: String(entry)), label: index)
            index += 1
        }
        self.matcher = matcher
        institutional = [
            "awareness", "research", "charity", "charities", "fundraiser", "fundraising", "appeal", "campaign", "society",
            "association", "foundation", "trust", "uk", "month", "week", "walk", "run", "helpline", "leaflet", "leaflets",
            "battery", "batteries", "ion", "friends", "friendly",
        ].reduce(into: []) { $0.insert(Tokenizer.key($1)) }
        let undoing: [String: [String]] = [
            "stroke": ["of"], "strokes": ["of"], "termination": ["fee", "fees", "notice"], "smear": ["campaign", "tactics"],
        ]
        undoneBy = undoing.reduce(into: [:]) { $0[Tokenizer.key($1.key)] = Set($1.value.map(Tokenizer.key)) }
    }

    /// The health terms in one item, in text order; overlapping terms are joined.
    public func detect(_ input: DetectorInput) -> Detection {
        let tokens = input.text.tokens
        var matches = matcher.matches(in: tokens)
        guard !matches.isEmpty else { return .none }
        matches.sort { $0.first != $1.first ? $0.first < $1.first : $0.last > $1.last }
        var entities = [Entity]()
        var coveredUntil = -1
        for match in matches where match.last > coveredUntil {
            if match.last + 1 < tokens.count {
                let next = tokens[match.last + 1].key
                if institutional.contains(next) || undoneBy[tokens[match.last].key]?.contains(next) == true { continue }
            }
            if match.first <= coveredUntil, var last = entities.popLast() {
                // Overlapping terms make one: "blood test" and "test results" → "blood test results".
                last.span = last.span.union(match.span)
                last.text = input.text.text(last.span)
                entities.append(last)
            } else {
                entities.append(Entity(kind: .health, span: match.span, text: input.text.text(match.span), detector: name))
            }
            coveredUntil = match.last
        }
        return Detection(entities: entities)
    }
}
