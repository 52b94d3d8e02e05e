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
}
