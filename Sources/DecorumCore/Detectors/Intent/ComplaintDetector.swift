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
        if found.isEmpty { return .none }
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
        guard let finding = tally.finding(.complaint, text, detector: name) else { return .none }
        return Detection(findings: [finding])
    }
}
