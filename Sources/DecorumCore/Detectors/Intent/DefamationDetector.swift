/// Finds allegations of crime, dishonesty, impairment or incompetence aimed at a member of staff, the
/// team or the practice ("Dr X was drunk", "they falsify records"). A bad review ("rude", "useless") is
/// not an allegation; an allegation word with nobody it is aimed at is only a weak hint.
public struct DefamationDetector: Detector {
    public let name = "defamation-allegations"
    private let phrases: IntentPhraseSet
    private let targetWords: WordSet
    private let groupPronouns: WordSet
    private let personPronouns: WordSet
    private let titles: Set<String>
    private let singledOut: WordSet
    private let demonstratives: WordSet
    /// Keys of staff names and aliases from the roster, matched only when capitalised.
    private let staffNames: WordSet

    /// Compiles the allegation lexicon, without a staff roster.
    public init() { self.init(staff: []) }

    /// Compiles the allegation lexicon and learns the practice's staff names.
    public init(context: DetectionContext) { self.init(staff: context.staff) }

    init(staff: [StaffMember]) {
        phrases = IntentPhraseSet(DefamationPhrases.allegations, DefamationPhrases.veto)
        func keys(_ words: String) -> Set<String> {
            Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Tokenizer.key(String($0)) })
        }
        targetWords = WordSet(keys(DefamationPhrases.targets))
        groupPronouns = WordSet(keys(DefamationPhrases.groupPronouns))
        personPronouns = WordSet(keys(DefamationPhrases.personPronouns))
        titles = keys(DefamationPhrases.titles)
        singledOut = WordSet(keys(DefamationPhrases.singledOut))
        demonstratives = WordSet(keys("that this"))
        var names = Set<String>()
        for member in staff {
            for name in [member.name] + member.aliases {
                for token in AnalyzedText(name).tokens where token.key.count >= 3 && !titles.contains(token.key) {
                    names.insert(token.key)
                }
            }
        }
        staffNames = WordSet(names)
    }

    /// Staff names that are also everyday words, trusted only inside a sentence ("Will", "May", "Hope").
    static let commonWords: WordSet = ["wil", "may", "hope", "mark", "grace", "faith", "rose", "bil", "pat", "dawn", "june", "april", "sumer", "joy", "mo"]

    /// How surely an allegation is aimed at someone.
    enum Target: Int, Comparable {
        case none, person, group, named
        static func < (a: Target, b: Target) -> Bool { a.rawValue < b.rawValue }
    }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        let found = phrases.matches(in: text)
        if found.isEmpty { return .none }
        var tally = IntentTally()
        for m in found {
            let target = m.cue.tag == "self" ? .named : target(of: m, in: input)
            var weight: Double
            switch target {
            case .named: weight = m.cue.weight
            case .group: weight = m.cue.weight - 0.1
            case .person: weight = m.cue.weight - 0.2
            case .none: weight = min(0.4, m.cue.weight * 0.45)
            }
            if IntentPhraseSet.isNegated(text, before: m.first, window: 2) { weight *= 0.4 }
            tally.add(weight, m.span, target == .none ? m.cue.reason + " (no one named)" : m.cue.reason)
        }
        guard let finding = tally.finding(.defamation, text, detector: name) else { return .none }
        return Detection(findings: [finding])
    }

    /// Who the allegation is aimed at: the strongest target in its sentence, at most eight words before
    /// or six after it.
    func target(of m: IntentMatch, in input: DetectorInput) -> Target {
        let tokens = input.text.tokens
        var lo = m.first
        while lo > 0, m.first - lo < 8, !tokens[lo].shape.contains(.sentenceStart) { lo -= 1 }
        var hi = m.last
        while hi + 1 < tokens.count, hi - m.last < 6, !tokens[hi + 1].shape.contains(.sentenceStart) { hi += 1 }
        let window = TextSpan(tokens[lo].span.start, tokens[hi].span.end)
        var best = Target.none
        for entity in input.entities where entity.kind == .person && window.overlaps(entity.span) {
            return .named
        }
        for k in lo...hi where k < m.first || k > m.last {
            let token = tokens[k]
            if targetWords.contains(token) { return .named }
            if titles.contains(token.key), k + 1 < tokens.count, tokens[k + 1].isCapitalized, !tokens[k + 1].shape.contains(.sentenceStart) {
                return .named
            }
            if staffNames.contains(token), token.isCapitalized,
               !token.shape.contains(.sentenceStart) || !Self.commonWords.contains(token) {
                return .named
            }
            if groupPronouns.contains(token) { best = max(best, .group) }
            if personPronouns.contains(token) { best = max(best, .person) }
            if singledOut.contains(token), k > 0, demonstratives.contains(tokens[k - 1]) { best = max(best, .person) }
        }
        return best
    }
}
