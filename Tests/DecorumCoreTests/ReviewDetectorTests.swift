import Testing
@testable import DecorumCore

@Suite("Review detector")
struct ReviewDetectorTests {
    let detector = ReviewDetector()

    func confidence(_ text: String) -> Double { IntentHarness.confidence(detector, .review, text) }

    @Test("praise of the practice is a review", arguments: [
        "Brilliant surgery, always seen quickly",
        "best GP practice in the county hands down",
        "5 stars from me",
        "Can't fault them at all",
        "they've been amazing with my dad since his stroke",
        "thank you to all the team for your care this year",
        "Highly recommend this practice",
        "the nurses are always so kind",
        "nothing is ever too much trouble for them",
        "cant praise them enough!!",
        "⭐⭐⭐⭐⭐ lovely staff",
        "we are so lucky to have such a good surgery",
        "Thank you Dr W for looking after my mum so well",
        "the staff went above and beyond for us x",
        "10/10 service",
        "excelent service as always",
        "lol the receptionist is a legend, so helpful",
    ])
    func praise(text: String) {
        #expect(confidence(text) >= 0.6, "\(text)")
    }

    @Test("a bad verdict on the practice is a review", arguments: [
        "worst surgery in Leicestershire",
        "1 star. would not recommend",
        "AVOID THIS PLACE",
        "useless practice, absolutely useless",
        "the service here is shocking",
        "zero stars if i could",
        "receptionists are rude and the doctors are clueless",
        "stay away from this surgery",
    ])
    func pan(text: String) {
        #expect(confidence(text) >= 0.6, "\(text)")
    }

    @Test("thanks for information, questions and chat are not reviews", arguments: [
        "thanks for letting us know",
        "Thanks for the reminder about the flu jabs",
        "when is the best time to ring for a blood test?",
        "best wishes to everyone for christmas",
        "what are your opening hours on Good Friday?",
        "have a great weekend all",
        "Is Dr Who on tonight?",
        "my mum says thanks for the flu jab reminder",
        "shared the post with my sister",
        "where do I park for the new clinic",
    ])
    func notReviews(text: String) {
        #expect(confidence(text) < 0.5, "\(text)")
    }

    @Test("thanks for help alone is only a hint of a review")
    func thanksForHelp() {
        let c = confidence("thanks for your help earlier")
        #expect(c > 0 && c < 0.5)
    }

    @Test("a run of star emoji is a rating, a lone star is not")
    func stars() {
        #expect(ReviewDetector.starRating(AnalyzedText("⭐️⭐️⭐️⭐️⭐️")) == TextSpan(0, 9))
        #expect(ReviewDetector.starRating(AnalyzedText("so good ⭐ ⭐ ⭐ x")) != nil)
        #expect(ReviewDetector.starRating(AnalyzedText("you're a star ⭐")) == nil)
    }
}
