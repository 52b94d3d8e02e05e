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

    @Test("verdicts on the practice in everyday words are reviews", arguments: [
        "Honestly the friendliest surgery I've ever been registered with",
        "the receptionists are always polite and helpful even when it's heaving",
        "top doctor, explained everything clearly and put me at ease",
        "credit where credit's due, the flu clinic ran like clockwork",
        "can't fault the care my dad got from the district nurses",
        "the surgery has always looked after our family so well, thank you all",
        "seen the same day for my daughter's ear, brilliant service",
        "first class treatment from the practice nurse today",
        "so much easier than ringing at 8, the online form is great",
        "new booking system is a huge improvement, well done",
        "had a call back within 20 minutes, so impressed with the surgery",
    ])
    func everydayPraise(text: String) {
        #expect(confidence(text) >= 0.6, "\(text)")
    }

    @Test("an evaluation of one member of staff is a review", arguments: [
        "the nurse was so gentle with my little boy, he didn't even notice the jab 😊",
        "Dr Patel is brilliant, really listens and takes you seriously",
        "lovely lady on reception sorted my repeat prescription in no time",
        "the locum this morning was useless, barely looked up from the screen",
        "Sister on the Tuesday clinic is an absolute gem",
    ])
    func staffOpinion(text: String) {
        #expect(confidence(text) >= 0.6, "\(text)")
    }

    @Test("ratings, comparisons, one-word verdicts and leaving are reviews", arguments: [
        "4 stars, only because the phones are a nightmare",
        "would give zero stars if I could, shocking surgery",
        "10/10 would not recommend this practice",
        "used to be a great surgery, now you can't get past reception",
        "this practice has gone downhill massively",
        "Avoid.",
        "Absolutely appalling.",
        "moving to another surgery as soon as I can, had enough",
        "go elsewhere if you value your health, this practice is useless",
        "3 stars. doctors fine, admin dire",
        "not what it used to be, this surgery",
    ])
    func verdicts(text: String) {
        #expect(confidence(text) >= 0.6, "\(text)")
    }

    @Test("questions, thanks for information and chat with verdict words are not reviews", arguments: [
        "what time does the surgery open on Saturday?",
        "thanks for letting us know about the flu clinic",
        "is Dr Patel good with children? my son is nervous",
        "does anyone know a good dentist near the surgery?",
        "my mum was a patient at the practice for years",
        "shocking weather today",
        "the queue at Tesco was a joke",
        "happy birthday to my lovely nan, 90 today",
        "she's been kind of poorly since Tuesday, should I bring her in to see the doctor?",
        "thanks for the reminder",
        "Brilliant, thanks for the info",
        "never again am I eating a whole pizza before bed lol",
        "I've moved house, how do I change GP?",
        "hope everyone at the surgery has a great Christmas",
    ])
    func everydayNegatives(text: String) {
        #expect(confidence(text) < 0.5, "\(text)")
    }

    @Test("a verdict in everyday words needs the practice in the comment")
    func needsServiceContext() {
        #expect(confidence("she was so lovely and patient") < 0.5)
        #expect(confidence("she was so lovely and patient at my smear") >= 0.6)
        #expect(confidence("was the nurse lovely with your little one at her jabs?") < 0.5)
    }

    @Test("a one-word verdict counts only as a sentence of its own")
    func lone() {
        #expect(confidence("Appalling.") >= 0.6)
        #expect(confidence("Avoid. Go elsewhere.") >= 0.6)
        #expect(confidence("avoid the A6 if you can, roadworks") < 0.5)
    }

    @Test("a rating written with an asterisk is a rating")
    func asteriskStars() {
        #expect(ReviewDetector.starRating(AnalyzedText("5* from me")) != nil)
        #expect(ReviewDetector.starRating(AnalyzedText("my pin is 5*7")) == nil)
    }
}
