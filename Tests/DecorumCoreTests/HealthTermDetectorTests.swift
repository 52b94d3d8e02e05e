import Testing
@testable import DecorumCore

@Suite("Health terms")
struct HealthTermDetectorTests {
    static let detector = HealthTermDetector()

    static func terms(_ text: String) -> [String] {
        let context = IdentifiersTestPolicy.context
        let input = DetectorInput(item: Item(id: ItemID("t"), text: text), text: AnalyzedText(text), context: context)
        let entities = detector.detect(input).entities
        #expect(entities.allSatisfy { $0.kind == .health && $0.subject == .unknown && $0.detector == "health-terms" })
        return entities.map(\.text)
    }

    @Test("named conditions are health information", arguments: [
        ("my neighbour has cancer", "cancer"),
        ("she's Diabetic and they forgot her", "Diabetic"),
        ("he is HIV positive", "HIV positive"),
        ("mum has dementia now", "dementia"),
        ("her Alzheimer's is getting worse", "Alzheimer's"),
        ("she's pregnant again", "pregnant"),
        ("she had a miscarriage last month", "miscarriage"),
        ("he's got chlamydia lol", "chlamydia"),
        ("the lad with epilepsy", "epilepsy"),
        ("her breast cancer came back", "cancer"),
        ("dad had a stroke in May", "had a stroke"),
        ("my asthma is bad", "asthma"),
        ("she has Crohn's", "Crohn's"),
        ("he has motor neurone disease", "motor neurone disease"),
        ("his heart failure", "heart failure"),
        ("kids with chicken pox", "chicken pox"),
        ("type 2 diabetes", "diabetes"),
        ("a UTI again", "UTI"),
        ("she tested positive for covid", "tested positive for covid"),
        ("he is terminally ill", "terminally ill"),
    ])
    func conditions(text: String, term: String) {
        #expect(Self.terms(text) == [term])
    }

    @Test("medicines are health information", arguments: [
        ("she's on sertraline", "sertraline"),
        ("he collects methadone there every day", "methadone"),
        ("my insulin wasn't ready", "insulin"),
        ("they gave him morphine", "morphine"),
        ("50mg Amitriptyline", "Amitriptyline"),
        ("repeat of co-codamol", "co-codamol"),
        ("still waiting for my metformin", "metformin"),
        ("on warfarin", "warfarin"),
        ("her Ozempic prescription", "Ozempic"),
        ("she's on antidepressants", "antidepressants"),
        ("on the pill", "the pill"),
            ])
    func medicines(text: String, term: String) {
        #expect(Self.terms(text) == [term])
    }

    @Test("tests and procedures are health information", arguments: [
        ("her smear test came back abnormal", "smear test"),
        ("waiting on biopsy results", "biopsy"),
        ("my blood test results", "blood test results"),
        ("he had an MRI scan", "MRI scan"),
        ("she had a scan yesterday", "had a scan"),
        ("the 12 week scan", "week scan"),
        ("she had a termination", "termination"),
        ("after my operation", "after my operation"),
        ("x-ray on my wrist", "x-ray"),
        ("his HbA1c was high", "HbA1c"),
        ("her hip replacement", "hip replacement"),
    ])
    func tests(text: String, term: String) {
        #expect(Self.terms(text) == [term])
    }

    @Test("mental-health terms are health information", arguments: [
        ("he suffers from depression", "depression"),
        ("my anxiety is through the roof", "anxiety"),
        ("she's bipolar", "bipolar"),
        ("he has schizophrenia", "schizophrenia"),
        ("she took an overdose", "overdose"),
        ("he got sectioned last week", "sectioned"),
        ("he's in rehab", "rehab"),
        ("she self harms", "self harms"),
        ("she was self-harming", "self-harming"),
        ("she's been having panic attacks", "panic attacks"),
        ("her mental health crisis", "mental health crisis"),
    ])
    func mentalHealth(text: String, term: String) {
        #expect(Self.terms(text) == [term])
    }

    @Test("everyday symptoms, jabs and non-clinical uses are not health information", arguments: [
        "I have a killer headache",
        "bloody cold in the car park",
        "my mum says thanks for the flu jab reminder",
        "is the flu clinic still on Saturday?",
        "got a cough and a sore throat",
        "I could kill for a coffee",
        "Dr Who is on tonight",
        "scan the QR code to book",
        "I had to scan my card",
        "a stroke of genius",
        "the early termination fees are a scam",
        "the operation of the phone lines is a joke",
        "Cancer Research UK coffee morning on Friday",
        "Mental Health Awareness Week starts Monday",
        "Diabetes UK leaflets in reception",
        "lithium batteries",
        "Tia said thanks",
        "the surgery was closed",
        "my results were fine thanks",
        "hope you are well",
        "the pharmacy lost my prescription again",
        "the therapist was late to every session",
        "texts cost 150p at std rate",
    ])
    func notHealth(text: String) {
        #expect(Self.terms(text).isEmpty)
    }

    @Test("several terms in one comment are found in order")
    func several() {
        #expect(Self.terms("my salbutamol inhaler") == ["salbutamol", "inhaler"])
        #expect(Self.terms("she's pregnant, diabetic and on sertraline after her miscarriage")
            == ["pregnant", "diabetic", "sertraline", "miscarriage"])
    }

    @Test("the lexicon is a few hundred entries and every line is a valid pattern")
    func lexicon() throws {
        var count = 0
        for line in HealthTerms.source.split(separator: "\n") {
            let entry = line.trimmingPrefix(while: { $0 == " " })
            guard !entry.isEmpty, !entry.hasPrefix("#") else { continue }
            _ = try PhrasePattern(String(entry))
            count += 1
        }
        #expect(count >= 250)
    }
}
