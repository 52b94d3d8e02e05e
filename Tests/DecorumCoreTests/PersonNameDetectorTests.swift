import Testing
@testable import DecorumCore

@Suite("Person names")
struct PersonNameDetectorTests {
    let withRoster = PersonNameDetector(context: PeopleFixture.withRoster)
    let noRoster = PersonNameDetector(context: PeopleFixture.noRoster)

    func people(_ text: String, roster: Bool = true) -> [String] {
        let detector = roster ? withRoster : noRoster
        let d = detector.detect(PeopleFixture.input(text, context: roster ? PeopleFixture.withRoster : PeopleFixture.noRoster))
        #expect(d.entities.allSatisfy { $0.kind == .person && $0.subject == .unknown && $0.detector == "person-names" })
        return PeopleFixture.people(d)
    }

    @Test("a name written as a name is a person", arguments: [
        ("Saw Julie Barker in the waiting room this morning", "Julie Barker"),
        ("julie barker from the co-op was in for her results", "julie barker"),
        ("my neighbour Dave was in there coughing his guts up", "Dave"),
        ("her son Kyle has been excluded from school again", "Kyle"),
        ("A lady called Sandra told me the clinic was cancelled", "Sandra"),
        ("a lady called sandra told me", "sandra"),
        ("Mrs Jones from number 12 was in the queue", "Mrs Jones"),
        ("my next door neighbour Mrs Jones has dementia", "Mrs Jones"),
        ("My son Will has his jabs on Friday", "Will"),
        ("my friend May was turned away", "May"),
        ("Went in with Grace Turner from church", "Grace Turner"),
        ("Stacey Wright was sat in the corner crying", "Stacey Wright"),
        ("Bumped into Gemma and her mum in the queue", "Gemma"),
        ("my husband Steve is still waiting for his results", "Steve"),
        ("Sandra's husband was in the waiting room", "Sandra's"),
        ("Mr Kowalczyk next door has been really ill", "Mr Kowalczyk"),
        ("my mate Kev said the same", "Kev"),
        ("my cousin Precious works in pharmacy", "Precious"),
        ("Sarah Jane Wilkins this is the one I was on about", "Sarah Jane Wilkins"),
        ("My Helen's just passed her driving test", "Helen's"),
        ("Hello I am Dr Mark Johnson, certified herbalist", "Dr Mark Johnson"),
    ])
    func names(text: String, name: String) {
        #expect(people(text).contains(name), "\(people(text))")
    }

    @Test("a name that is also a word is a name only in context", arguments: [
        ("I went with Will to the walk-in centre", "Will", true),
        ("Will Turner has the same problem", "Will Turner", true),
        ("I gave a lift to Hope this morning", "Hope", true),
        ("I will ring back tomorrow", "will", false),
        ("Will the clinic be open on Saturday?", "Will", false),
        ("May I ask how long the wait is?", "May", false),
        ("Hope you are all keeping well", "Hope", false),
        ("Mark my words, someone will get hurt", "Mark", false),
        ("see you in May for my review", "May", false),
        ("from May to June the clinic is shut", "May", false),
        ("Frank discussion with the nurse today", "Frank", false),
        ("Grace period for repeat prescriptions?", "Grace", false),
        ("Sunny day for the flu clinic", "Sunny", false),
    ])
    func ambiguous(text: String, name: String, isName: Bool) {
        #expect(people(text, roster: false).contains(name) == isName, "\(people(text, roster: false))")
    }

    @Test("a description that singles out one person is a person", arguments: [
        "the man before me took twenty minutes",
        "the lady in the waiting room was coughing everywhere",
        "The woman with the pram blocked the door",
        "the bloke in the red coat was shouting",
        "the old man sitting next to me was really poorly",
        "the lady in front of me in the queue",
        "the woman who was crying in the corridor",
        "the couple in the car park were arguing",
        "The woman next door screams at her baby all night",
        "Can someone check on the old lady at 22 Station Road Sileby?",
        "There's an old fella sleeping in the bus shelter by the surgery",
        "Video of someone shouting at an old man at the front desk",
    ])
    func descriptions(text: String) {
        let found = people(text, roster: false)
        #expect(found.count == 1)
        #expect(["the", "an", "a"].contains(found.first?.lowercased().split(separator: " ").first.map(String.init)))
    }

    @Test("fiction, brands, places, public figures and everyday capitals are not people", arguments: [
        "Dr Who is on tonight",
        "Dr Google says it's cancer",
        "Dr Pepper and a packet of crisps",
        "Doctor Foster went to Gloucester",
        "Is the Victoria Road surgery open?",
        "Can I get my prescription from Lloyds Pharmacy?",
        "Do Boots do the flu jab?",
        "St Mary's is a lovely church",
        "George Street is closed for roadworks",
        "Chris Whitty said on the news the jab is safe",
        "Thank God for the NHS",
        "Jesus Christ the wait is long",
        "Happy New Year to all the staff",
        "April showers in the car park",
        "Best Surgery In Quorn, Thank You All So Much",
        "the receptionists were lovely",
        "the man at the bus stop",
        "the lady on reception was lovely",
        "I asked the doctor about my knee",
        "My appointment is on Monday",
        "My daughter is 15. Police said to speak to the GP",
        "I spoke to my husband. Worth asking if you struggle",
    ])
    func negatives(text: String) {
        #expect(people(text, roster: false).isEmpty, "\(people(text, roster: false))")
        #expect(people(text).isEmpty, "\(people(text))")
    }

    @Test("a staff member's name is left to the staff detector, but a relative with the same name is a person")
    func staffNamesAreNotPeople() {
        #expect(people("Karen on reception was rude").isEmpty)
        #expect(people("Dr Whitfield is lovely").isEmpty)
        #expect(people("my sister Karen took me").contains("Karen"))
        #expect(people("My daughter Sarah has her jabs today") == ["Sarah"])
    }

    @Test("spans are Unicode scalar offsets of the original text")
    func spans() {
        let text = "😀 Zoë Barker’s mum"
        let d = withRoster.detect(PeopleFixture.input(text))
        #expect(d.entities.map(\.text) == ["Zoë Barker’s"])
        #expect(d.entities.first?.span == TextSpan(2, 14))
    }
}
