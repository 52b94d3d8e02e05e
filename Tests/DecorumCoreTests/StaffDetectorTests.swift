import Testing
@testable import DecorumCore

@Suite("Staff identification")
struct StaffDetectorTests {
    let detector = StaffDetector(context: PeopleFixture.withRoster)
    let noRoster = StaffDetector(context: PeopleFixture.noRoster)

    func staff(_ text: String, _ detector: StaffDetector) -> (names: [String], references: [String?], confidence: Double) {
        let d = detector.detect(PeopleFixture.input(text, context: detector.scanner.roster.isEmpty ? PeopleFixture.noRoster : PeopleFixture.withRoster))
        let staff = d.entities.filter { $0.subject == .staff }
        return (staff.map(\.text), staff.map(\.reference), PeopleFixture.combined(.staffIdentification, d))
    }

    @Test("a roster name, alias, titled surname, possessive or near-miss spelling identifies that member of staff", arguments: [
        ("Thank you to Dr Whitfield for being so patient with my mum", "Dr Whitfield", "Dr Sarah Whitfield"),
        ("Dr Whitfeild was brilliant with my son", "Dr Whitfeild", "Dr Sarah Whitfield"),
        ("Saw Dr Quereshi this morning and he sorted it", "Dr Quereshi", "Dr Imran Qureshi"),
        ("Dr Q's bedside manner is shocking", "Dr Q's", "Dr Imran Qureshi"),
        ("dr q is the best doctor there", "dr q", "Dr Imran Qureshi"),
        ("Karen's attitude on the phone is disgusting", "Karen's", "Karen Doyle"),
        ("karen on reception hung up on me twice", "karen", "Karen Doyle"),
        ("Ask for Beth, she's great with needles", "Beth", "Bethany Hughes"),
        ("Priya was lovely and really listened to me", "Priya", "Priya Shah"),
        ("Will on reception sorted my prescription out", "Will", "Will Chambers"),
        ("May at the front desk was so helpful today", "May", "May Jenkins"),
        ("I asked for Mo to do my bloods as he never hurts", "Mo", "Mohammed Rahman"),
        ("asked for mo again, he is so gentle", "mo", "Mohammed Rahman"),
        ("Hope the pharmacist rang me about my tablets", "Hope", "Hope Adeyemi"),
        ("Mark the paramedic came out to see my dad", "Mark", "Mark Bell"),
        ("Will was lovely when I rang this morning", "Will", "Will Chambers"),
        ("Mrs Doyle needs to sort her staff out", "Mrs Doyle", "Karen Doyle"),
        ("Sister Hughes did my dressing and it was spotless", "Sister Hughes", "Bethany Hughes"),
        ("Nurse Beth is an absolute angel", "Nurse Beth", "Bethany Hughes"),
        ("Sarah Whitfield is the best GP in Leicestershire", "Sarah Whitfield", "Dr Sarah Whitfield"),
        ("Dr Sarah Whitfield delivered my first baby!", "Dr Sarah Whitfield", "Dr Sarah Whitfield"),
        ("Gary Lister on reception was rude to my husband", "Gary Lister", "Gary Lister"),
        ("Dr Tom is so thorough", "Dr Tom", "Dr Tomasz Nowak"),
        ("Thanks Denise for chasing my referral letter", "Denise", "Denise Foster"),
        ("Helen was amazing with my anxiety", "Helen", "Dr Helen Marsh"),
        ("Dr W sent me for bloods straight away", "Dr W", "Dr Sarah Whitfield"),
        ("Well done Dr Marsh, you saved my life", "Dr Marsh", "Dr Helen Marsh"),
        ("Had an appointment with Imran yesterday about my knee", "Imran", "Dr Imran Qureshi"),
        ("DR NOWAK IS A DISGRACE", "DR NOWAK", "Dr Tomasz Nowak"),
        ("Big thank you to Bethany Hughes for her kindness", "Bethany Hughes", "Bethany Hughes"),
        ("thank you Will for being so patient on the phone", "Will", "Will Chambers"),
        ("Mo did my bloods and the ECG, lovely lad", "Mo", "Mohammed Rahman"),
        ("Why has May been moved off the morning shift?", "May", "May Jenkins"),
        ("I took a picture of Will's name badge so I can report him", "Will's", "Will Chambers"),
        ("mark bell the paramedic guy is sound", "mark bell", "Mark Bell"),
    ])
    func rosterNames(text: String, name: String, reference: String) {
        let found = staff(text, detector)
        #expect(found.names.contains(name), "\(found.names)")
        #expect(found.references.contains(reference))
        #expect(found.confidence >= 0.5)
    }

    @Test("without a roster, a clinical title and a name, or a named person at the desk, is still staff", arguments: [
        ("Dr Khan was really dismissive", "Dr Khan"),
        ("Nurse Julie took my bloods and I didn't feel a thing", "Nurse Julie"),
        ("Sister Morris has been looking after my leg ulcer", "Sister Morris"),
        ("Doctor Patel is the only one who listens", "Doctor Patel"),
        ("Julie on reception was so rude", "Julie"),
        ("Tracy the receptionist laughed at me", "Tracy"),
        ("Mrs Jones on the front desk is a dragon", "Mrs Jones"),
        ("I saw Dr. Okafor on Tuesday", "Dr. Okafor"),
        ("had an appointment with Gemma and she was great", "Gemma"),
        ("Karen Doyle the practice manager never replies", "Karen Doyle"),
    ])
    func titlesWithoutRoster(text: String, name: String) {
        let found = staff(text, noRoster)
        #expect(found.names.contains(name), "\(found.names)")
        #expect(found.confidence >= 0.8)
    }

    @Test("a description that singles one member of staff out is staff identification", arguments: [
        "the male receptionist with the beard was very rude",
        "The new nurse was brilliant with my little girl",
        "the young locum didn't even examine me",
        "the receptionist called Tracy needs retraining",
        "the blonde one on the desk just laughed",
        "I want to speak to the practice manager",
        "the GP I saw on Monday told me it was nothing",
        "the girl on reception was chewing gum",
        "the lady who answered the phone was so helpful",
        "the head receptionist is a bully",
        "your new receptionist needs some training",
        "The older male doctor was really abrupt with me",
        "the nurse in room 3 was lovely",
        "the receptionist with glasses was really kind",
        "that Polish nurse is amazing",
        "The tall lad who does the bloods on a Wednesday is brilliant",
        "Tell that jumped up ginger receptionist to go away",
        "whoever the receptionist in the tight jeans was on friday",
        "Here's the nurse who left my arm black and blue",
        "I took a picture of the receptionist who was rude to me",
    ])
    func descriptions(text: String) {
        for detector in [detector, noRoster] {
            let found = staff(text, detector)
            #expect(found.confidence >= 0.8, "\(found.names)")
        }
    }

    @Test("a judging adjective singles a member of staff out moderately", arguments: [
        "the rude receptionist put the phone down on me",
        "The lovely nurse held my hand",
    ])
    func judged(text: String) {
        let found = staff(text, noRoster)
        #expect(found.confidence >= 0.5 && found.confidence < 0.8)
    }

    @Test("a bare singular role is only a weak hint", arguments: [
        "the receptionist was rude to me",
        "the doctor said it was a virus and the nurse agreed",
    ])
    func bareRole(text: String) {
        let found = staff(text, noRoster)
        #expect(found.confidence > 0 && found.confidence < 0.5)
    }

    @Test("groups, a doctor in general, everyday words and fictional doctors identify no one", arguments: [
        "the receptionists are always rude",
        "the doctors here are useless",
        "all the staff were lovely, thank you",
        "the team at Quorn are amazing",
        "reception was chaos this morning",
        "my GP referred me to the hospital",
        "I need to see a doctor urgently",
        "I will call tomorrow morning",
        "may I ask when the flu clinic is",
        "hope you are all well",
        "mark my words this place will close",
        "Dr Who is on tonight",
        "I asked Dr Google and now I think it's cancer",
        "Dr Pepper is my favourite drink",
        "Doctor Foster went to Gloucester in a shower of rain",
        "Will the surgery be open on Saturday?",
        "May I book a flu jab?",
        "Hope everyone has a good Christmas",
        "Mark your calendars for the flu clinic",
        "My daughter Sarah has her jabs today",
        "my sister Karen took me to my appointment",
        "My appointment is in May",
        "Is the nurse appointment on Tuesday?",
        "I need a doctor's note for work",
        "Karen Smith from the Co-op is a legend",
        "Watching Dr Hilary on GMB this morning",
        "We walked along the Marsh this morning",
        "I hope the nurses get a pay rise",
        "Happy birthday to my mum Helen!",
        "is the practice open on bank holidays?",
        "one of the receptionists told me to ring back",
        "You will need to mark the box on the form",
        "I'll ask for a double appointment",
        "Doc Martens are the comfiest boots",
        "Mr Motivator got me through lockdown",
        "the flu clinic in May was well organised",
        "the NHS is in crisis",
        "could the district nurse go there for her dressings from next week",
        "It used to be you could see your own doctor the same week",
        "Video of my mate shouting at an old man at the front desk",
        "I told the receptionist that I needed a callback",
        "My Helen's just passed her driving test!!! Sorry wrong page",
        "Happy birthday to my beautiful Beth, 6 today!!",
        "Sarah Jane Wilkins this is the one with the online form",
        "Hello I am Dr Mark Johnson, certified herbalist. I cure diabetes",
    ])
    func negatives(text: String) {
        for detector in [detector, noRoster] {
            let found = staff(text, detector)
            #expect(found.confidence < 0.5, "\(found.names)")
        }
    }

    @Test("each staff mention is reported once, and the person-name detector does not report it again")
    func once() {
        let text = "Dr Sarah Whitfield and Karen on reception were great, unlike my neighbour Dave"
        let input = PeopleFixture.input(text)
        let staff = detector.detect(input).entities.map(\.text)
        let people = PersonNameDetector(context: PeopleFixture.withRoster).detect(input).entities.map(\.text)
        #expect(staff == ["Dr Sarah Whitfield", "Karen"])
        #expect(people == ["Dave"])
    }

    @Test("near-miss spellings are one edit from the name, no more", arguments: [
        ("whitfield", "whitfeild", true), ("qureshi", "quereshi", true), ("qureshi", "qureshy", true),
        ("hughes", "hughs", true), ("nowak", "nowack", true), ("whitfield", "whitfold", false), ("marsh", "march", true),
        ("rahman", "rahmaan", true), ("hughes", "hayes", false), ("adeyemi", "adeyemo", true),
    ])
    func nearMiss(a: String, b: String, near: Bool) {
        #expect(EditDistance.withinOne(Array(a.utf8), Array(b.utf8)) == near)
    }

    @Test("a month is not Dr Marsh, however close the spelling")
    func march() {
        #expect(staff("my appointment in March was cancelled", detector).confidence == 0)
        #expect(staff("Dr Marhs was lovely", detector).references == ["Dr Helen Marsh"])
    }
}
