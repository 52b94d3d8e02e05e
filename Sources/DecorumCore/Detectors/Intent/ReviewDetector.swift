/// Finds an evaluation of the practice's service, good or bad ("brilliant surgery", "1 star, avoid",
/// "thank you to all the team for your care"). Thanks for information and questions are not reviews.
public struct ReviewDetector: Detector {
    public let name = "review-intent"
    private let phrases: IntentPhraseSet

    /// Compiles the review lexicon.
    public init() {
        phrases = IntentPhraseSet(ReviewPhrases.evaluations, ReviewPhrases.veto)
    }

    /// Compiles the review lexicon; the practice's details are not needed.
    public init(context: DetectionContext) { self.init() }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        var tally = IntentTally()
        for m in phrases.matches(in: text) { tally.add(m.cue.weight, m.span, m.cue.reason) }
        if let stars = Self.starRating(text) { tally.add(0.75, stars, "a star rating") }
        guard let finding = tally.finding(.review, text, detector: name) else { return .none }
        return Detection(findings: [finding])
    }

    /// A run of three or more star emoji ("⭐⭐⭐⭐⭐"), as people rate on Facebook.
    static func starRating(_ text: AnalyzedText) -> TextSpan? {
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
