/// Finds risk to a vulnerable person: suicidal thoughts or self-harm, domestic abuse, a child or a
/// vulnerable adult at risk. Works on phrases, not length, so a three-word cry for help counts.
public struct SafeguardingDetector: Detector {
    public let name = "safeguarding-risk"
    private let phrases: IntentPhraseSet

    /// Compiles the safeguarding lexicon.
    public init() {
        phrases = IntentPhraseSet(
            SafeguardingPhrases.selfHarm, SafeguardingPhrases.abuse, SafeguardingPhrases.child,
            SafeguardingPhrases.adult, SafeguardingPhrases.general, SafeguardingPhrases.veto)
    }

    /// Compiles the safeguarding lexicon; the practice's details are not needed.
    public init(context: DetectionContext) { self.init() }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        let found = phrases.matches(in: text)
        if found.isEmpty { return .none }
        var tally = IntentTally()
        for m in found {
            var weight = m.cue.weight
            var reason = m.cue.reason
            // "I'm not going to hurt myself" still deserves a safeguarding lead's eye, but less urgently.
            if IntentPhraseSet.isNegated(text, before: m.first), !Self.followsStop(text, m.first) {
                weight = min(weight, 0.55)
                reason += " (denied)"
            }
            tally.add(weight, m.span, reason)
        }
        guard let finding = tally.finding(.safeguarding, text, detector: name) else { return .none }
        return Detection(findings: [finding])
    }

    /// Words after which a negation intensifies rather than denies ("won't stop hitting me").
    static let persistence: Set<String> = ["stop", "quit", "leave"].reduce(into: Set<String>()) { $0.insert(Tokenizer.key($1)) }

    /// True when the cue directly follows "stop" or the like, so "won't stop" is not a denial.
    static func followsStop(_ text: AnalyzedText, _ first: Int) -> Bool {
        first > 0 && persistence.contains(text.tokens[first - 1].key)
    }
}
