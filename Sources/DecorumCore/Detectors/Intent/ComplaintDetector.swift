/// Finds a grievance about care or service: waits, no access, prescription and referral failures,
/// rude or dismissive treatment, a missed diagnosis, outrage, a stated complaint. Questions and
/// requests are not grievances; a wistful request ("any chance of more Saturday slots?") is a weak one.
/// Grievances in everyday words ("ridiculous", "given up on the phones") and angry or eye-rolling
/// emoji count only in a comment about the practice's care or service (`ServiceContext`).
public struct ComplaintDetector: Detector {
    public let name = "complaint-intent"
    private let phrases: IntentPhraseSet
    private let service: ServiceContext
    /// Praise words that an eye-roll turns into sarcasm ("really helpful, thanks 🙄").
    private let praise: PhraseMatcher<Int>

    /// Compiles the complaint lexicon.
    public init() { self.init(service: ServiceContext()) }

    /// Compiles the complaint lexicon; staff names on the roster mark a comment as about the practice.
    public init(context: DetectionContext) { self.init(service: ServiceContext(context: context)) }

    init(service: ServiceContext) {
        phrases = IntentPhraseSet(ComplaintPhrases.grievance, ComplaintPhrases.contextual, ComplaintPhrases.negativeReview, ComplaintPhrases.veto)
        self.service = service
        praise = PhraseMatcher([
            ("really|so|very|ever|super helpful|kind|efficient|useful|professional", 0),
            ("great|brilliant|fantastic|lovely|amazing|perfect|marvellous|wonderful|superb|excellent|fab|top|love|loving|cheers|thanks|thank|ta", 0),
            ("well done", 0),
        ])
    }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        let found = phrases.matches(in: text)
        let tone = EmojiTone(text)
        var tally = IntentTally()
        var inContext: Bool?
        for m in found {
            var tag = Substring(m.cue.tag)
            if tag.hasPrefix("ctx-") {
                tag = tag.dropFirst(4)
                if inContext == nil { inContext = service.isPresent(in: text) }
                if inContext != true { continue }
            }
            switch tag {
            case "rude", "outrage", "insult":
                // "never rude", "wasn't dismissive at all", "not shocking at all": praise, not a grievance.
                if IntentPhraseSet.isNegated(text, before: m.first, window: 2) { continue }
            case "tech", "delay":
                // "Anyone else's app not working?" and "is the next one in 3 weeks?" ask; they do not complain.
                if text.isQuestion(text.sentence(around: m.first)) { continue }
            default:
                break
            }
            tally.add(m.cue.weight, m.span, m.cue.reason)
        }
        if let place = Self.placeInQueue(text) { tally.add(0.8, place, "a long wait") }
        if tone.angry != nil || tone.eyeRoll != nil {
            if inContext == nil { inContext = service.isPresent(in: text) }
            if inContext == true {
                if let angry = tone.angry { tally.add(0.5, angry, "an angry emoji") }
                if let roll = tone.eyeRoll {
                    // An eye-roll after praise is sarcasm: "really helpful Gary, thanks 🙄".
                    let sarcastic = praise.containsMatch(in: text.tokens)
                    tally.add(sarcastic ? 0.7 : 0.4, roll, sarcastic ? "sarcasm" : "an eye-roll")
                }
            }
        }
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
