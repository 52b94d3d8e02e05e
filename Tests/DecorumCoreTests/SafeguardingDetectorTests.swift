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

    @Test("suicidal plans, goodbyes and a stash of pills are a strong concern", arguments: [
        "sat up all night writing goodbye letters to my kids",
        "I've left a goodbye note for my mum on the side",
        "got a stash of pills in my drawer just in case",
        "ive got enough tablets saved to end it",
        "took a whole box of paracetamol on sunday and nobody knows",
        "Out of A&E again, maybe next time I'll do it properly",
        "im going to end it",
        "i really dont deserve to live",
        "I keep thinking about suicide every night",
        "i wish i was never born tbh",
        "gonna step in front of a train and be done",
        "I'm frightened of what I might do to myself tonight",
        "honestly scared of what i could do",
        "my 15 year old keeps talking about ending it",
        "my son has been talking about killing himself and CAMHS wont see him",
        "she tried to hang herself last month",
        "been thinking about unaliving myself again",
    ])
    func suicidalPlans(text: String) {
        #expect(confidence(text) >= 0.75, "\(text)")
    }

    @Test("self-harm seen by a parent or friend is a concern", arguments: [
        "found my daughters arms covered in cuts",
        "his wrists are covered in scratches and he wont say why",
        "my teenager is cutting herself and we cant get help",
        "she's been burning herself with a lighter",
        "found razor blades under her pillow",
        "My friend keeps hurting himself when he's had a drink",
    ])
    func selfHarmSeenByOthers(text: String) {
        #expect(confidence(text) >= 0.75, "\(text)")
    }

    @Test("two independent words of despair together are a concern, one alone is not", arguments: [
        ("i hate myself and i just want it all to stop", true),
        ("ran out of my sertraline and honestly dont know what ill do if i dont get it today", true),
        ("woke up in hospital again. i feel so worthless", true),
        ("I hate myself for missing my appointment again", false),
        ("ran out of sertraline, can I order more online?", false),
        ("I don't know what I'd do without the nurses here, thank you", false),
    ])
    func weakHints(text: String, concern: Bool) {
        #expect((confidence(text) >= 0.5) == concern, "\(text): \(confidence(text))")
    }

    @Test("violence, threats and control by a partner are domestic abuse", arguments: [
        "he pushed me down the stairs when I was pregnant",
        "my partner keeps hitting me when hes had a drink",
        "hes been strangling me in my sleep",
        "my ex says he'll kill me if I go to the police",
        "my husband checks my phone and my bank every night",
        "he goes through my phone and takes my wages",
        "he followed me to my last appointment",
        "how do I talk to a nurse without him knowing",
        "Can someone ring me in the day in case he sees the texts",
        "my ex is threatening to take the kids off me",
        "if anything happens to me it was my husband",
        "my husband grabbed me by the throat",
        "boyfriend gave me a black eye on saturday",
        "I was raped at a party and can't face the doctor",
        "my ex won't stop stalking me",
        "my girlfriend threw a mug at me when I said I was leaving",
    ])
    func domesticAbuseFamilies(text: String) {
        #expect(confidence(text) >= 0.8, "\(text)")
    }

    @Test("a child being hurt, neglected or abused is a concern", arguments: [
        "the mum next door keeps smacking the little one in the street",
        "he was slapping her round the head in the car park",
        "my uncle comes into my room at night when everyone's asleep",
        "he touches me down there and says its our secret",
        "an older man keeps messaging my 14 year old daughter on snapchat",
        "someone's been sending her money and gifts to meet up, shes only 13",
        "the kids are left in dirty nappies all day",
        "the kids are terrified of their stepdad",
        "my son came home from his dads covered in bruises and won't say what happened",
        "poor lad always has bruises and is always hungry at school",
        "I can hear her screaming at the baby and then slapping",
        "I think my niece is being groomed online",
        "her swimming coach touched her and she's terrified to go back",
        "two toddlers left in the car for an hour outside the bookies",
        "little girl over the road is out till midnight most nights with no coat on in the snow",
    ])
    func childFamilies(text: String) {
        #expect(confidence(text) >= 0.6, "\(text)")
    }

    @Test("an adult neglected, not seen, or a carer at breaking point is a concern", arguments: [
        "my dad is being left in his own mess by the carers",
        "the carers keep not turning up for my nan",
        "my brother is drinking a bottle of vodka a day, lives on his own and won't answer the door",
        "her family haven't been near for weeks and she's had another fall, can someone look in on her",
        "hes drinking himself to death in that flat",
        "she's living in squalor and nobody is helping",
        "I care for my husband with dementia and I'm scared of what I might do, I've snapped at him",
        "i'm worried he's going to die in there, he's stopped eating",
        "the old lady at 12 hasn't taken her milk in for four days",
        "I think her grandson is using her bank card, she has nothing left for food",
    ])
    func adultFamilies(text: String) {
        #expect(confidence(text) >= 0.6, "\(text)")
    }

    @Test("everyday talk of hunger, injuries, falls and family is not a safeguarding concern", arguments: [
        "the kids are starving, what's for tea lol",
        "I'm starving, is there a cafe near the surgery?",
        "cut my finger on the tin, do I need a stitch?",
        "burnt the toast again this morning",
        "my son hurt himself playing rugby, can the nurse look at it?",
        "she cut herself on a broken glass, is a walk in open?",
        "my toddler keeps hitting other kids at nursery, any advice?",
        "I've taken all my antibiotics and still have the infection",
        "the doctor gave me enough tablets to kill a horse",
        "surgery never answers the phone, I don't know who to speak to",
        "my mum lives alone and had a fall, can we get a home visit?",
        "my husband dragged me to the doctors about my mole",
        "he pushed me to get a second opinion and I'm glad",
        "she won't let me book an appointment online",
        "my daughter has a bruise on her knee from football",
        "our little one keeps coming into our bed at night, is that normal?",
        "we dropped the kids off at school and came home",
        "my dog needs grooming before christmas",
        "going to finish the course tonight",
        "my mum said the nurse made her sit in the waiting room for an hour",
        "gonna kill myself lol jk, the queue is unreal",
        "I'll be out till midnight so can I collect tomorrow?",
        "I haven't collected my prescription yet, is it ready?",
    ])
    func everydayNegatives(text: String) {
        #expect(confidence(text) < 0.5, "\(text): \(confidence(text))")
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
