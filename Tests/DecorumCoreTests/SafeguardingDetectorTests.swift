import Testing
@testable import DecorumCore

@Suite("Safeguarding detector")
struct SafeguardingDetectorTests {
    let detector = SafeguardingDetector()

    func confidence(_ text: String) -> Double { IntentHarness.confidence(detector, .safeguarding, text) }

    @Test("talk of suicide or self-harm is a strong safeguarding concern", arguments: [
        "honestly i dont see the point anymore",
        "Nobody would miss me if I was gone",
        "i just want to end it all",
        "Im going to take all my tablets tonight",
        "been cutting again, sorry",
        "I can't go on.",
        "they'd all be better off without me",
        "kms",
        "wanna die tbh",
        "I want to kill myself and nobody at this surgery cares",
        "i keep thinking about ending my life",
        "ive been stockpiling my tablets",
        "Feeling suicidal and can't get through on the phone",
        "Ive started self harming again and the waiting list is 6 months",
        "I've got nothing to live for since my wife passed",
        "Honestly don't want to be here anymore",
        "I'm in a really dark place and can't get an appointment",
        "tired of living like this",
        "I took an overdose last year and they still won't see me",
        "I'm going to jump off the bridge on the A6",
        "cant do this anymore.",
        "no one would care if i died tbh",
        "gona end it tonite",
        "just want to sleep and never wake up",
    ])
    func selfHarm(text: String) {
        #expect(confidence(text) >= 0.75, "\(text)")
    }

    @Test("a disclosure of domestic abuse is a strong safeguarding concern", arguments: [
        "he won't let me leave the house",
        "My partner hits me when he's been drinking",
        "scared to go home tonight",
        "he controls my money and my phone",
        "I can't ring the surgery in front of him",
        "my husband threatened to kill me last night",
        "I'm in an abusive relationship and don't know where to turn",
        "she won't let me see my friends or family anymore",
        "I don't feel safe at home",
        "my daughters boyfriend hits her and she wont tell anyone",
        "my boyfriend strangled me and i have marks on my neck",
    ])
    func domesticAbuse(text: String) {
        #expect(confidence(text) >= 0.8, "\(text)")
    }

    @Test("a child at risk is a safeguarding concern", arguments: [
        "the kids next door are left alone all day",
        "there are bruises on the little one next door again",
        "the kids are hungry and there's no food in the house",
        "he hurts the baby when she's at work",
        "Her stepdad hits the children, everyone knows",
        "the toddler across the road is always left on his own for hours",
    ])
    func childAtRisk(text: String) {
        #expect(confidence(text) >= 0.65, "\(text)")
    }

    @Test("a vulnerable adult at risk or neglected is a safeguarding concern", arguments: [
        "my neighbour, 90, hasn't been seen for days",
        "nobody's feeding her, the carers never turn up",
        "I think my nan is being financially abused by her son",
        "her son is taking her pension every week",
        "the old chap at number 4 hasnt been out in a week",
        "nobody has seen him since Sunday and his curtains are shut",
    ])
    func vulnerableAdult(text: String) {
        #expect(confidence(text) >= 0.6, "\(text)")
    }

    @Test("everyday idiom about death and violence is not a safeguarding concern", arguments: [
        "this wait is killing me",
        "dying to know when the flu clinic is",
        "my back is killing me, any appointments?",
        "I'll kill him if he eats my biscuits",
        "could murder a cuppa after that queue",
        "dead on my feet after a night shift",
        "I could kill for a coffee",
        "killer headache all week",
        "I nearly died of embarrassment at the front desk",
        "cant go on the app, it keeps crashing",
        "I can't go on Tuesday, can I change it?",
        "whats the point of ringing at 8 if the lines are busy",
        "cut myself shaving, do I need a tetanus jab?",
        "the kids loved the flu spray, thank you",
        "At risk patients should get the booster first",
        "my mum has not been seen by a GP for three weeks",
        "I haven't been seen for weeks and I'm fuming",
        "Is the surgery open on Saturday?",
        "burnt myself on the oven, is it worth coming in?",
        "I hurt myself playing football, can I see the physio?",
    ])
    func idiom(text: String) {
        #expect(confidence(text) < 0.5, "\(text)")
    }

    @Test("a denial still reaches a safeguarding lead, at moderate confidence", arguments: [
        "I'm not going to hurt myself, don't worry",
        "I would never kill myself but I'm struggling",
        "im not suicidal just exhausted",
    ])
    func denied(text: String) {
        let c = confidence(text)
        #expect(c >= 0.5 && c <= 0.6, "\(text): \(c)")
    }

    @Test("evidence points at the words of the disclosure")
    func evidence() throws {
        let text = "Sorry to post here but i want to end it all"
        let finding = try #require(IntentHarness.run(detector, text).findings.first)
        #expect(finding.category == .safeguarding)
        #expect(finding.evidence.map(\.text) == ["want to end it all"] || finding.evidence.map(\.text) == ["end it all"])
        #expect(finding.evidence.allSatisfy { $0.detector == "safeguarding-risk" })
    }

    @Test("the detector's name is stable")
    func name() {
        #expect(detector.name == "safeguarding-risk")
        #expect(SafeguardingDetector(context: IntentHarness.context).name == "safeguarding-risk")
    }
}
