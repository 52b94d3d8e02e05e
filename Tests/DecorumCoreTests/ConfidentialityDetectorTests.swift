import Testing
@testable import DecorumCore

@Suite("Whose data")
struct ConfidentialityDetectorTests {
    let detector = ConfidentialityDetector(context: PeopleFixture.withRoster)

    /// The entity of `kind` at the first occurrence of `fragment` in `text`.
    static func entity(_ kind: Entity.Kind, _ fragment: String, in text: String, subject: Entity.Subject = .unknown) -> Entity {
        let scalars = Array(text.unicodeScalars), needle = Array(fragment.unicodeScalars)
        var start = 0
        while start + needle.count <= scalars.count, Array(scalars[start..<(start + needle.count)]) != needle { start += 1 }
        precondition(start + needle.count <= scalars.count, "\(fragment) not in \(text)")
        return Entity(kind: kind, span: TextSpan(start, start + needle.count), text: fragment, subject: subject, detector: "test")
    }

    /// The input the engine would give: people and staff found by their detectors, identifiers and health by hand.
    static func input(_ text: String, _ marks: [(Entity.Kind, String)] = [], practice: [(Entity.Kind, String)] = [], author: String? = nil) -> DetectorInput {
        let base = PeopleFixture.input(text, author: author)
        var entities = PersonNameDetector(context: PeopleFixture.withRoster).detect(base).entities
        entities += StaffDetector(context: PeopleFixture.withRoster).detect(base).entities
        entities += marks.map { entity($0.0, $0.1, in: text) }
        entities += practice.map { entity($0.0, $0.1, in: text, subject: .practice) }
        entities.sort { $0.span < $1.span }
        return PeopleFixture.input(text, entities: entities, author: author)
    }

    func run(_ input: DetectorInput) -> (third: Double, own: Double) {
        let d = detector.detect(input)
        return (PeopleFixture.combined(.thirdPartyPII, d), PeopleFixture.combined(.ownPII, d))
    }

    @Test("another person named or singled out, with their health or an identifier, is strongly third-party data", arguments: [
        ("my husband's NHS number is 485 777 3456, can someone ring him", [(Entity.Kind.nhsNumber, "485 777 3456")]),
        ("Julie Barker from the Co-op was in the waiting room, her cancer is back", [(.health, "cancer")]),
        ("my neighbour Dave has got dementia and nobody visits him", [(.health, "dementia")]),
        ("the lady in the waiting room with the pram was clearly having a miscarriage", [(.health, "miscarriage")]),
        ("Her number is 07700 900123 if anyone wants to tell her", [(.phone, "07700 900123")]),
        ("Dave's mobile is 07700 900123, he won't mind", [(.phone, "07700 900123")]),
        ("my mum's date of birth is 12/03/1950 and they still lost her records", [(.dateOfBirth, "12/03/1950")]),
        ("she lives at 14 Elm Close and needs a home visit", [(.address, "14 Elm Close")]),
        ("Stacey Wright is HIV positive and everyone should know", [(.health, "HIV positive")]),
        ("her son Kyle has ADHD and they won't refer him", [(.health, "ADHD")]),
        ("Saw Julie Barker at the surgery. She's got breast cancer, poor thing", [(.health, "breast cancer")]),
        ("the man before me was clearly drunk and had the shakes", [(.health, "drunk")]),
        ("Dr Khan's mobile is 07700 900123, ring him yourself", [(.phone, "07700 900123")]),
    ])
    func strongThirdParty(text: String, marks: [(Entity.Kind, String)]) {
        #expect(run(Self.input(text, marks)).third >= 0.85)
    }

    @Test("a person placed at the surgery, or a relative's condition, is moderately third-party data", arguments: [
        ("Saw Julie Barker in the waiting room this morning", [(Entity.Kind, String)]()),
        ("the man before me took twenty minutes at the desk", []),
        ("the lady in the red coat was there again", []),
        ("saw my ex in the waiting room for the sexual health clinic 😂", []),
        ("Is Dave Elliott alright? His van's been in the surgery car park all week", []),
        ("Mrs Hubbard at number 3 Meynell Road hasn't been out for days", []),
        ("Can someone look in on Jean Cotterill on Barrow Road please", []),
        ("Congratulations to Lauren and Jack Hebden on the twins, saw them at the baby clinic", []),
        ("Could someone let Mrs Okafor in the flat above me know the chemist has got her tablets in", []),
        ("Has Sandra Pollard had her hip op yet?", []),
        ("There's an old fella sleeping in the bus shelter by the surgery", []),
        ("The woman next door screams at her baby all night. Number 9 Wood Lane.", [(.address, "9 Wood Lane")]),
    ])
    func moderateThirdParty(text: String, marks: [(Entity.Kind, String)]) {
        let third = run(Self.input(text, marks)).third
        #expect(third >= 0.5 && third < 0.85)
    }

    @Test("an unnamed relative's condition is only a weak hint: the relative is known only through the poster", arguments: [
        ("my husband has diabetes and can't get a review", [(Entity.Kind.health, "diabetes")]),
        ("My mum's dementia is getting worse and no one calls back", [(.health, "dementia")]),
        ("my wife who has Alzheimer's keeps wandering off", [(.health, "Alzheimer's")]),
    ])
    func relativesHealth(text: String, marks: [(Entity.Kind, String)]) {
        let third = run(Self.input(text, marks)).third
        #expect(third > 0 && third < 0.5)
    }

    @Test("the poster's own identifiers in public are own PII", arguments: [
        ("my number is 07700 900123 please call me back", [(Entity.Kind.phone, "07700 900123")]),
        ("call me on 07700 900123 I've been waiting all day", [(.phone, "07700 900123")]),
        ("ring 07700 900123 after 5 please", [(.phone, "07700 900123")]),
        ("My NHS number is 485 777 3456, can you check my prescription", [(.nhsNumber, "485 777 3456")]),
        ("I was born on 12/03/1980 and still can't get an appointment", [(.dateOfBirth, "12/03/1980")]),
        ("email me at julie.barker@gmail.com with the results", [(.email, "julie.barker@gmail.com")]),
        ("my address is 12 Station Road so send the letter there", [(.address, "12 Station Road")]),
        ("07700 900123 is my mobile if the doctor needs me", [(.phone, "07700 900123")]),
        ("I'm diabetic, NHS no 485 777 3456, and I need my insulin", [(.nhsNumber, "485 777 3456"), (.health, "diabetic")]),
        ("Its Gemma from 41 Fishpool Way LE12 7SD, I need to cancel my 3pm", [(.address, "41 Fishpool Way"), (.postcode, "LE12 7SD")]),
        ("Pam Whitlock here, DOB 30/08/1950, the online booking won't let me in", [(.dateOfBirth, "30/08/1950")]),
        ("New mobile is 07700 900248, can you update it please, reminders still going to my old phone", [(.phone, "07700 900248")]),
    ])
    func ownPII(text: String, marks: [(Entity.Kind, String)]) {
        let found = run(Self.input(text, marks))
        #expect(found.own >= 0.7)
        #expect(found.third < 0.5)
    }

    @Test("the poster's own name, said as theirs, makes their number their own")
    func authorsName() {
        let text = "Julie Barker, 07700 900123, please call me"
        let found = run(Self.input(text, [(.phone, "07700 900123")], author: "Julie Barker"))
        #expect(found.own >= 0.7 && found.third < 0.5)
        let introduced = run(Self.input("Hi my name is Stacey Wright and my number is 07700 900123", [(.phone, "07700 900123")]))
        #expect(introduced.own >= 0.7 && introduced.third < 0.5)
    }

    @Test("own health talk, routine care, greetings, staff and the practice's own details are no one's personal data", arguments: [
        ("I'm diabetic and can't get my insulin", [(Entity.Kind.health, "diabetic")]),
        ("I've got a chest infection and can't get seen", [(.health, "chest infection")]),
        ("my mum says thanks for the flu jab reminder", [(.health, "flu jab")]),
        ("my son has his jabs on Friday, do I need to bring his red book?", [(.health, "jabs")]),
        ("Happy birthday Julie and Dave! Have a lovely day", []),
        ("Karen on reception was rude to me", []),
        ("Dr Whitfield is lovely, she sorted my asthma", [(.health, "asthma")]),
        ("My son Will loved the new play area", []),
        ("my wife and I were in and out in five minutes", []),
        ("Happy 80th birthday to my wonderful nan Dorothy!! love you loads", []),
        ("Sarah Jane Wilkins this is the one with the online form I was on about x", []),
        ("Mo Salah again 😂😂 sorry wrong group lads", []),
        ("Ozempic pens £90 each genuine no questions asked WhatsApp +44 7723 410556", [(.phone, "+44 7723 410556")]),
        ("Thank you Mrs Christine Beaumont for my withdrawal of £14,200, contact her on WhatsApp", []),
    ])
    func negatives(text: String, marks: [(Entity.Kind, String)]) {
        let found = run(Self.input(text, marks))
        #expect(found.third < 0.5)
        #expect(found.own < 0.5)
    }

    @Test("the practice's own phone number and e-mail are never anyone's personal data")
    func practiceDetails() {
        let text = "Please ring the surgery on 01509 412232 or email quorn.medical@nhs.net, my number is no use"
        let input = Self.input(text, practice: [(.phone, "01509 412232"), (.email, "quorn.medical@nhs.net")])
        #expect(detector.detect(input).findings.isEmpty)
        #expect(detector.subjects(for: input).filter { $0.kind != .person }.allSatisfy { $0.subject == .practice })
    }

    @Test("an identifier nobody claims is probably the poster's, less surely than one they call their own")
    func unclaimed() {
        let found = run(Self.input("07700 900123 in case you've lost it", [(.phone, "07700 900123")]))
        #expect(found.own >= 0.5 && found.own < 0.7)
        #expect(run(Self.input("07700 900123", [(.postcode, "07700 900123")])).own < 0.5)
    }

    @Test("subjects are decided for every entity")
    func subjects() {
        let text = "my husband's NHS number is 485 777 3456 and mine is 943 476 5919. Karen on reception said my neighbour Dave has dementia"
        let input = Self.input(text, [(.nhsNumber, "485 777 3456"), (.nhsNumber, "943 476 5919"), (.health, "dementia")])
        let decided = detector.subjects(for: input)
        func subject(_ fragment: String) -> Entity.Subject? { decided.first { $0.text == fragment }?.subject }
        #expect(subject("485 777 3456") == .thirdParty)
        #expect(subject("943 476 5919") == .own)
        #expect(subject("Karen") == .staff)
        #expect(subject("Dave") == .thirdParty)
        #expect(subject("dementia") == .thirdParty)
        #expect(decided.count == input.entities.count)
    }

    @Test("a relative whose data is disclosed is added as a person, with evidence on both")
    func relativeEntity() {
        let text = "my husband's NHS number is 485 777 3456"
        let d = detector.detect(Self.input(text, [(.nhsNumber, "485 777 3456")]))
        #expect(d.entities.map(\.text) == ["my husband's"])
        #expect(d.entities.first?.subject == .thirdParty)
        let evidence = d.findings.first { $0.category == .thirdPartyPII }?.evidence.map(\.text) ?? []
        #expect(evidence == ["my husband's", "485 777 3456"])
    }
}
