import Testing
@testable import DecorumCore

@Suite("Defamation detector")
struct DefamationDetectorTests {
    let detector = DefamationDetector(context: IntentHarness.context)

    func confidence(_ text: String, entities: [Entity] = []) -> Double {
        IntentHarness.confidence(detector, .defamation, text, entities: entities)
    }

    @Test("an allegation aimed at a role, a title or the practice is defamation", arguments: [
        "the receptionist was drunk again this morning",
        "that nurse stinks of booze every time I go in",
        "Dr Khan is clearly on drugs, high as a kite",
        "the doctor lied on my notes to cover himself",
        "this surgery falsifies records, I've seen it",
        "the practice manager is fiddling the books",
        "the partners took a bribe from the drug rep",
        "the GP killed my dad, simple as",
        "The locum is not even a real doctor",
        "that doctor should be struck off",
        "Whole surgery is letting people die to save money",
        "Nurse Beth stole my mums purse",
        "receptionists are thieves, my medication went missing",
        "THE DOCTOR IS A PAEDO",
        "the surgery is covering it up",
        "this practice is negligent and I'll prove it",
        "that GP should be in prison",
        "Karen in the office is a fraudster",
    ])
    func aimedAllegations(text: String) {
        #expect(confidence(text) >= 0.75, "\(text)")
    }

    @Test("an allegation at the team in the plural counts too", arguments: [
        "they falsify records to hit their targets",
        "they are killing patients to save money",
        "you lied to the coroner",
    ])
    func teamAllegations(text: String) {
        #expect(confidence(text) >= 0.75, "\(text)")
    }

    @Test("a staff member found by the staff detector is a target")
    func staffEntity() {
        let text = "Whitfield was drunk at my appointment"
        let entity = IntentHarness.staff("Whitfield", in: text)
        #expect(confidence(text, entities: [entity]) >= 0.85)
        // Without the entity the roster still knows the name.
        #expect(confidence(text) >= 0.85)
    }

    @Test("a person found by another detector is a target even without a title")
    func personEntity() {
        let text = "Gemma stole money from the petty cash"
        let gemma = Entity(kind: .person, span: TextSpan(0, 5), text: "Gemma", subject: .unknown, detector: "test")
        #expect(confidence(text) < 0.5)
        #expect(confidence(text, entities: [gemma]) >= 0.8)
    }

    @Test("allegations of impairment, theft, corruption and dishonesty are defamation", arguments: [
        "the locum was definitely on something, pupils like saucers",
        "Dr Whitfield was under the influence at my appointment",
        "heard the nurse got sacked for drinking on shift",
        "that receptionist is always on the sauce",
        "the doctor is snorting coke in the toilets",
        "the practice manager helps herself to the petty cash",
        "the GPs are on the take from the drug companies",
        "Dr W gets paid by the drug reps to push their pills",
        "the doctors get a bonus for every referral they turn down",
        "they sell patient data to insurance firms",
        "the surgery is claiming for appointments that never happened",
        "the nurse faked my blood pressure reading",
        "they conveniently lost my complaint letter",
        "Gary deletes complaints before the manager sees them",
        "they throw away sample pots at the end of the day",
        "the doctor changed my notes after I complained to cover himself",
        "the practice hushed it all up",
        "the surgery swept it under the carpet",
        "Karen is lying through her teeth",
        "the receptionist gossips about patients in the pub",
        "the secretary reads everyone's letters",
        "the surgery let my nan die on a trolley",
        "the partners are killing off old people to save money",
        "that GP has blood on his hands",
        "the locum isnt even qualified",
        "the so called doctor got his degree out of a cereal packet",
        "the nurse took my nans bank card and used it at the cashpoint",
    ])
    func allegationFamilies(text: String) {
        #expect(confidence(text) >= 0.5, "\(text): \(confidence(text))")
    }

    @Test("an allegation about 'that man' after a named doctor still counts")
    func singledOut() {
        let text = "My dad saw Dr Whitfield for years. I believe that man is negligent and should never be allowed near patients."
        #expect(confidence(text) >= 0.75)
    }

    @Test("idiom and a bad service are not allegations", arguments: [
        "Sister Hughes has hands like a butcher",
        "incompetent service from start to finish",
        "this wait is killing me",
        "my back is killing me, can I see a GP?",
        "dying for a brew after that queue",
        "I'll kill him if he eats my biscuits",
        "the antibiotics are killing off the infection",
        "I'm not qualified to say but the new app is slow",
        "dead on my feet after waiting two hours",
        "the nurse told me not to drink on these tablets",
        "I fell asleep in the waiting room lol",
        "the pharmacist said I was taking too many painkillers",
        "the receptionist took my card details for the prescription charge",
    ])
    func idiomNotDefamation(text: String) {
        #expect(confidence(text) < 0.5, "\(text): \(confidence(text))")
    }

    @Test("a bad review is a complaint, not defamation", arguments: [
        "the receptionist was so rude to me",
        "useless doctors, slow service",
        "worst surgery ever, never answer the phone",
        "the nurse was lovely but the wait was long",
        "Dr Whitfield is brilliant",
        "my blood pressure was high so the doctor changed my tablets",
        "the doctor put me on new drugs for my heart",
        "someone stole my bike from the surgery car park",
        "this wait is killing me",
        "beware of fraud calls pretending to be the surgery",
        "the receptionist told me to lie down while I waited",
        "the doctor wasn't drunk, he was just tired",
    ])
    func notDefamation(text: String) {
        #expect(confidence(text) < 0.5, "\(text)")
    }

    @Test("an allegation word with nobody it is aimed at is only a hint", arguments: [
        "cancer killed my dad last year",
        "my ex was drunk all the time",
        "there's been a cover-up somewhere",
    ])
    func untargeted(text: String) {
        let c = confidence(text)
        #expect(c > 0 && c <= 0.45, "\(text): \(c)")
    }

    @Test("the detector works without a roster, from role words and titles")
    func noRoster() {
        let bare = DefamationDetector()
        #expect(IntentHarness.confidence(bare, .defamation, "Dr Patel was drunk") >= 0.85)
        #expect(IntentHarness.confidence(bare, .defamation, "the receptionist stole my purse") >= 0.85)
        #expect(bare.name == "defamation-allegations")
    }
}
