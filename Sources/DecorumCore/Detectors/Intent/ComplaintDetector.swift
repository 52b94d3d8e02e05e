/// Finds a grievance about care or service: waits, no access, prescription and referral failures,
/// rude or dismissive treatment, a missed diagnosis, outrage, a stated complaint. Questions and
/// requests are not grievances; a wistful request ("any chance of more Saturday slots?") is a weak one.
public struct ComplaintDetector: Detector {
    public let name = "complaint-intent"
    private let phrases: IntentPhraseSet

    /// Compiles the complaint lexicon.
    public init() {
        phrases = IntentPhraseSet(ComplaintPhrases.grievance, ComplaintPhrases.negativeReview, ComplaintPhrases.veto)
    }

    /// Compiles the complaint lexicon; the practice's details are not needed.
    public init(context: DetectionContext) { self.init() }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        let found = phrases.matches(in: text)
        var tally = IntentTally()
        for m in found {
            switch m.cue.tag {
            case "rude", "outrage":
                // "never rude", "wasn't dismissive at all", "not shocking at all": praise, not a grievance.
                if IntentPhraseSet.isNegated(text, before: m.first, window: 2) { continue }
            default:
                break
            }
            tally.add(m.cue.weight, m.span, m.cue.reason)
        }
        if let place = Self.placeInQueue(text) { tally.add(0.8, place, "a long wait") }
        guard let finding = tally.finding(.complaint, text, detector: name) else { return .none }
        return Detection(findings: [finding])
    }

    /// A high place in the phone queue written as an ordinal: "19th in line", "27th in the queue".
    static func placeInQueue(_ text: AnalyzedText) -> TextSpan? {
        let tokens = text.tokens
        for i in tokens.indices where i + 2 < tokens.count && tokens[i + 1].key == "in" {
            let key = tokens[i].norm
            guard key.count >= 3, key.first!.isNumber, key.hasSuffix("th") || key.hasSuffix("st") || key.hasSuffix("nd") || key.hasSuffix("rd") else { continue }
            var j = i + 2
            if tokens[j].key == "the", j + 1 < tokens.count { j += 1 }
            if tokens[j].key == "queue" || tokens[j].key == "que" || tokens[j].key == "line" { return text.span(tokens: i, j) }
        }
        return nil
    }
}
