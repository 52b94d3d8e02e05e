/// Finds an evaluation of the practice's service, good or bad ("brilliant surgery", "1 star, avoid",
/// "thank you to all the team for your care"). Thanks for information and questions are not reviews.
/// Verdicts in everyday words ("she was lovely", "much easier than ringing") count only in a comment
/// about the practice's care or service (`ServiceContext`) and not in a question.
public struct ReviewDetector: Detector {
    public let name = "review-intent"
    private let phrases: IntentPhraseSet
    private let service: ServiceContext

    /// Compiles the review lexicon.
    public init() { self.init(service: ServiceContext()) }

    /// Compiles the review lexicon; staff names on the roster mark a comment as about the practice.
    public init(context: DetectionContext) { self.init(service: ServiceContext(context: context)) }

    init(service: ServiceContext) {
        phrases = IntentPhraseSet(ReviewPhrases.evaluations, ReviewPhrases.contextual, ReviewPhrases.veto)
        self.service = service
    }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        var tally = IntentTally()
        var inContext: Bool?
        for m in phrases.matches(in: text) {
            var tag = Substring(m.cue.tag)
            if tag.hasPrefix("ctx-") {
                tag = tag.dropFirst(4)
                if inContext == nil { inContext = service.isPresent(in: text) }
                if inContext != true || text.isQuestion(text.sentence(around: m.first)) { continue }
            }
            if tag == "lone", !Self.standsAlone(text, m) { continue }
            tally.add(m.cue.weight, m.span, m.cue.reason)
        }
        if let stars = Self.starRating(text) { tally.add(0.75, stars, "a star rating") }
        let tone = EmojiTone(text)
        if tone.approving != nil || tone.angry != nil {
            if inContext == nil { inContext = service.isPresent(in: text) }
            if inContext == true, let span = tone.approving ?? tone.angry { tally.add(0.35, span, "an approving or angry emoji") }
        }
        guard let finding = tally.finding(.review, text, detector: name) else { return .none }
        return Detection(findings: [finding])
    }

    /// True when a match is a whole sentence of its own: "Avoid." or "Absolutely appalling!".
    static func standsAlone(_ text: AnalyzedText, _ m: IntentMatch) -> Bool {
        let tokens = text.tokens
        guard tokens[m.first].shape.contains(.sentenceStart) else { return false }
        return m.last + 1 == tokens.count || tokens[m.last + 1].shape.contains(.sentenceStart)
    }

    /// A run of three or more star emoji ("⭐⭐⭐⭐⭐"), as people rate on Facebook, or a rating written
    /// with an asterisk ("5*", "1*").
    static func starRating(_ text: AnalyzedText) -> TextSpan? {
        for token in text.tokens {
            // "5*": a digit 0–5 and a star, both ASCII.
            var utf8 = token.norm.utf8.makeIterator()
            if let digit = utf8.next(), (0x30...0x35).contains(digit), utf8.next() == 0x2A, utf8.next() == nil { return token.span }
        }
        var start = 0, end = 0, count = 0
        for (i, s) in text.scalars.enumerated() {
            switch s.value {
            case 0x2B50, 0x1F31F, 0x2605:
                if count == 0 { start = i }
                count += 1
                end = i + 1
            case 0xFE0F, 0x20:
                continue
            default:
                if count >= 3 { return TextSpan(start, end) }
                count = 0
            }
        }
        return count >= 3 ? TextSpan(start, end) : nil
    }
}
