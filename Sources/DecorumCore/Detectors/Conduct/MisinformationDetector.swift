/// Finds known false health claims (clause 4, "inaccurate"): vaccines and autism, antibiotics for colds,
/// miracle cures, "statins are poison", 5G and covid. Questions count for little, and corrections
/// ("the MMR does NOT cause autism", "that myth about…") for nothing.
public struct MisinformationDetector: Detector {
    public let name = "health-claims"

    struct Claim: Sendable {
        let confidence: Double
        /// A negation inside or just before the match cancels it.
        let negatable: Bool
    }

    private let claims: PhraseMatcher<Int>
    private let claimInfo: [Claim]
    private let corrections: PhraseMatcher<Int>
    private let negators: Set<String>

    public init() {
        var matcher = PhraseMatcher<Int>()
        var info = [Claim]()
        for (confidence, kind, pattern) in ConductLexicon.phrases(HealthClaims.phrases) {
            matcher.add(PhrasePattern(literal: pattern), label: info.count)
            info.append(Claim(confidence: confidence, negatable: kind == "claim"))
        }
        claims = matcher
        claimInfo = info
        corrections = PhraseMatcher(ConductLexicon.lines(HealthClaims.corrections).map { (String($0), 0) })
        negators = ConductLexicon.keys("not no never dont doesnt didnt wont isnt arent wasnt werent cant cannot couldnt wouldnt nothing nor neither hardly aint")
    }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        let tokens = text.tokens
        let found = claims.matches(in: tokens)
        guard !found.isEmpty else { return .none }
        let corrected = corrections.matches(in: tokens).map { text.sentence(around: $0.first) }

        var hits = [(span: TextSpan, confidence: Double, question: Bool)]()
        for match in found {
            let claim = claimInfo[match.label]
            let sentence = text.sentence(around: match.first)
            if corrected.contains(where: { $0.overlaps(sentence) }) { continue }
            if claim.negatable, isNegated(match, sentence, tokens) { continue }
            let question = text.isQuestion(sentence)
            hits.append((match.span, question ? min(claim.confidence, 0.35) * 0.9 : claim.confidence, question))
        }
        guard let best = hits.max(by: { $0.confidence < $1.confidence }) else { return .none }
        // Several distinct claims make a post surer, a little.
        let distinct = Set(hits.filter { !$0.question }.map(\.span.start)).count
        let confidence = min(0.95, best.confidence + 0.03 * Double(max(0, distinct - 1)))
        let shown = hits.sorted { $0.confidence > $1.confidence }.prefix(2).sorted { $0.span < $1.span }
        let evidence = shown.map {
            Evidence(span: $0.span, text: text.text($0.span), detector: name,
                     reason: $0.question ? "asks about a false health claim" : "a false health claim")
        }
        return Detection(findings: [Finding(category: .misinformation, confidence: confidence, evidence: evidence)])
    }

    /// A negation inside the claim, or in the two words before it ("no link between…").
    private func isNegated(_ match: PhraseMatcher<Int>.Match, _ sentence: ClosedRange<Int>, _ tokens: [Token]) -> Bool {
        for k in max(sentence.lowerBound, match.first - 2)...match.last where negators.contains(tokens[k].key) { return true }
        return false
    }
}
