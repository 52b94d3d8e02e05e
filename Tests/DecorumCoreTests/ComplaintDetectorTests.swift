import Testing
@testable import DecorumCore

@Suite("Complaint detector")
struct ComplaintDetectorTests {
    let detector = ComplaintDetector()

    func confidence(_ text: String) -> Double { IntentHarness.confidence(detector, .complaint, text) }

    @Test("a grievance about waiting or access is a complaint", arguments: [
        "3 weeks for an appointment, it's ridiculous and the 8am scramble is a nightmare",
        "On hold for 45 minutes then cut off!!!",
        "number 27 in the queue at 8.01 and no appointments left by the time i got through",
        "Tried for a week and still can't get a face to face",
        "told to ring back tomorrow AGAIN",
        "i have been waiting 6 weeks for a call back from the doctor",
        "WHY CANT I GET AN APPOINTMENT. RANG 40 TIMES THIS MORNING",
        "been on hold for ages, nobody answers the phone",
        "impossible to get through on the phone",
        "rang at 8 on the dot, 19th in line",
        "they never ever answer",
        "no appointments available for 3 weeks what am I supposed to do",
        "they sent me away with paracetamol",
        "My husband was turned away at the desk even though he was in agony",
    ])
    func waitingAndAccess(text: String) {
        #expect(confidence(text) >= 0.7, "\(text)")
    }

    @Test("a failure with prescriptions, referrals or results is a complaint", arguments: [
        "My prescription still isn't ready after 10 days",
        "they lost my prescription twice this month",
        "the pharmacy gave me the wrong medication because the surgery sent the wrong dose",
        "my referral was never sent, found out 4 months later",
        "results never passed on to the hospital",
        "nobody rang back like they promised",
        "still waiting on my blood results from march",
        "run out of my inhaler because the repeat still hasnt been signed",
    ])
    func prescriptionsAndReferrals(text: String) {
        #expect(confidence(text) >= 0.7, "\(text)")
    }

    @Test("rudeness, a missed diagnosis and outrage are complaints", arguments: [
        "the receptionist was rude to my elderly mum",
        "she spoke to me like dirt in front of everyone",
        "Dr was so dismissive and didn't listen",
        "misdiagnosed with a sprain, turned out it was broken",
        "absolute disgrace of a surgery",
        "Shocking service from start to finish",
        "appalling. simply appalling.",
        "I want to make a complaint about how my dad was treated",
        "this is the third time they've cancelled on me",
        "absolute joke this place",
        "the attitude of the receptionists stinks",
        "fed up of being fobbed off",
        "worst surgery in Leicestershire",
    ])
    func rudenessAndOutrage(text: String) {
        #expect(confidence(text) >= 0.55, "\(text)")
    }

    @Test("questions, thanks and praise are not complaints", arguments: [
        "when will the flu clinic be?",
        "Is the surgery open on the bank holiday?",
        "Thanks for letting us know about the new phone system",
        "The receptionist was never rude, always lovely",
        "can't complain, seen the same day",
        "no complaints at all, brilliant service",
        "I can't recommend them enough",
        "not to be rude but what time do you close",
        "my mum complained of chest pain and they saw her straight away, thank you",
        "do I need to book for the covid booster?",
        "I can't make my appointment on Tuesday, can I rebook online?",
        "sat in the waiting room reading the leaflets, all good",
        "Happy birthday to my nan, 90 today!",
        "is there a wait for the blood clinic or is it walk in?",
    ])
    func notComplaints(text: String) {
        #expect(confidence(text) < 0.5, "\(text)")
    }

    @Test("a wistful request is only a weak grievance", arguments: [
        "any chance of more Saturday slots?",
        "would be nice if you did evening appointments",
    ])
    func weak(text: String) {
        let c = confidence(text)
        #expect(c > 0 && c < 0.5, "\(text): \(c)")
    }

    @Test("several grievances together are surer than one")
    func combined() {
        let one = confidence("still waiting for my prescription")
        let many = confidence("still waiting for my prescription, on hold for 40 minutes and the receptionist was rude")
        #expect(many > one)
        #expect(many <= 0.97)
    }

    @Test("evidence names the grievance")
    func evidence() throws {
        let text = "Honestly the receptionist was rude"
        let finding = try #require(IntentHarness.run(detector, text).findings.first)
        #expect(finding.evidence.map(\.text) == ["rude"])
        #expect(finding.evidence.first?.detector == "complaint-intent")
    }

    @Test("waits and access in everyday words are complaints", arguments: [
        "rang the surgery at 8 and by 8.10 there were no appointments left, every single day the same",
        "queue position 24 and then it cut off, brilliant",
        "been trying since Tuesday to get through to the surgery, phone just rings out",
        "the econsult form was closed by 8.15 again, how is anyone supposed to get seen",
        "told me to ring back tomorrow at 8 like i havent been doing that all week",
        "tried 6 times this morning and the surgery line just cuts off",
        "the app won't let me book anything at the practice, third day running",
    ])
    func everydayAccess(text: String) {
        #expect(confidence(text) >= 0.55, "\(text)")
    }

    @Test("prescriptions, referrals, results and replies that go missing are complaints", arguments: [
        "my prescription has been sat there a week and still not done",
        "asked three times for my repeat meds to be sent to the chemist and they still havent",
        "my referral letter never arrived at the hospital, had to chase it myself",
        "still no word on my scan results, its been 5 weeks",
        "gave my dad the wrong tablets and nobody has apologised",
        "nobody has rung me back about my bloods like they promised",
        "Dr promised to ring me with the results and it never happened",
        "the practice manager hasn't replied to my emails in a fortnight",
    ])
    func lostAndLate(text: String) {
        #expect(confidence(text) >= 0.55, "\(text)")
    }

    @Test("rude, dismissive or careless treatment and cancellations are complaints", arguments: [
        "receptionist was so smug and curt with me, zero empathy",
        "the doctor didnt even look at my leg, just typed and sent me off",
        "felt completely fobbed off by the gp again",
        "he spoke to me like I was stupid at the desk",
        "they cancelled my mums appointment the night before with no explanation",
        "my appointment got cancelled twice this month",
        "Dr kept saying it was just anxiety and it turned out to be my thyroid",
        "they keep changing my meds at the surgery without telling me",
        "the gp told me to stop wasting his time",
    ])
    func treatment(text: String) {
        #expect(confidence(text) >= 0.55, "\(text)")
    }

    @Test("asking how to complain, and access for the elderly or disabled, are complaints", arguments: [
        "how do I make a formal complaint about the practice manager",
        "who do I complain to about the way my nan was treated at the surgery",
        "my nan is 89 and cant use the online form, how is she supposed to book",
        "disabled bays at the surgery always taken by staff cars",
    ])
    func howToComplainAndAccess(text: String) {
        #expect(confidence(text) >= 0.55, "\(text)")
    }

    @Test("sarcasm, outrage, text-speak and angry emoji about the practice are complaints", arguments: [
        "cheers for nothing surgery, 3 weeks for a phone call",
        "great, another 4 week wait for an appointment 🙄",
        "ffs the surgery phones are engaged AGAIN 😡",
        "ridiculous that you have to fight for a GP appointment",
        "what's the point of the online consultation if it's always closed",
        "gone right downhill since the new practice manager",
        "absolute shambles at reception this morning",
        "waited 50 mins past my appointment time and not one apology",
        "WHY IS IT IMPOSSIBLE TO SEE A DOCTOR AT THIS PRACTICE",
        "you lot couldnt organise a p*ss up in a brewery",
        "Really helpful receptionist, thanks so much 🙄",
        "the nurse was really short with me when I asked about my jab",
        "sort your phone system out, its a joke",
    ])
    func toneAndSarcasm(text: String) {
        #expect(confidence(text) >= 0.55, "\(text)")
    }

    @Test("everyday words and ordinary chat stay quiet when they are not about the practice", arguments: [
        "shocking weather today, stay safe everyone",
        "the queue at Tesco was a joke this morning",
        "is the flu clinic still on this Saturday?",
        "thanks for the reminder about the flu jabs",
        "I need to cancel my appointment on Thursday, how do I do that?",
        "do I need an appointment for the blood clinic or is it walk in?",
        "no appointment needed for the flu clinic, just turn up",
        "waited only 5 minutes, saw the nurse, all sorted",
        "I've been referred for a 2 week wait appointment, what happens next?",
        "can I shower after my jab?",
        "I feel hopeless, should I see a doctor about my mood?",
        "what time am I supposed to arrive for my blood test?",
        "the doctor said it's probably viral, rest and fluids",
        "I have a cold, should I book with the GP or just ride it out?",
        "Just got engaged!! Over the moon",
        "get your flu jab booked before the clinic fills up",
        "I shouted at my kids this morning, feeling awful",
        "no need to apologise, the nurse was lovely",
        "is anyone on reception today? need to drop off a sample",
        "not sure, sorry, maybe ask the practice",
        "my mum was a patient here for forty years",
        "the traffic on the A6 is ridiculous today",
        "the M1 roadworks are a joke",
    ])
    func everydayNegatives(text: String) {
        #expect(confidence(text) < 0.5, "\(text)")
    }

    @Test("a grievance in everyday words needs the practice in the comment")
    func needsServiceContext() {
        #expect(confidence("that is ridiculous, given up trying") < 0.5)
        #expect(confidence("that is ridiculous, given up trying to get an appointment") >= 0.55)
    }

    @Test("a staff name from the roster puts a comment about the practice")
    func staffNameIsContext() {
        let withRoster = ComplaintDetector(context: IntentHarness.context)
        let text = "Gary was so smug with me this morning"
        #expect(IntentHarness.confidence(withRoster, .complaint, text) >= 0.55)
        #expect(confidence(text) < 0.5)
    }

    @Test("an eye-roll after praise is sarcasm, stronger than an eye-roll alone")
    func eyeRoll() {
        let sarcastic = confidence("Really helpful reception today, thanks 🙄")
        let plain = confidence("reception phoned me back 🙄")
        #expect(sarcastic >= 0.55)
        #expect(plain < 0.5 && plain > 0)
    }
}
