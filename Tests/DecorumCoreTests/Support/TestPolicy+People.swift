@testable import DecorumCore

/// The example roster (examples/staff.csv) and detection contexts with and without it, for the people detectors.
enum PeopleFixture {
    static let roster: [StaffMember] = [
        StaffMember(name: "Dr Sarah Whitfield", role: "GP partner", aliases: ["Dr Whitfield", "Dr W", "Sarah"]),
        StaffMember(name: "Dr Imran Qureshi", role: "GP partner", aliases: ["Dr Q", "Imran"]),
        StaffMember(name: "Dr Helen Marsh", role: "salaried GP", aliases: ["Dr Marsh", "Helen"]),
        StaffMember(name: "Dr Tomasz Nowak", role: "GP registrar", aliases: ["Dr Tom", "Dr Nowak"]),
        StaffMember(name: "Karen Doyle", role: "practice manager", aliases: ["Karen"]),
        StaffMember(name: "Bethany Hughes", role: "practice nurse", aliases: ["Nurse Beth", "Beth", "Sister Hughes"]),
        StaffMember(name: "Priya Shah", role: "advanced nurse practitioner", aliases: ["Priya"]),
        StaffMember(name: "Will Chambers", role: "receptionist", aliases: ["Will"]),
        StaffMember(name: "May Jenkins", role: "receptionist", aliases: ["May"]),
        StaffMember(name: "Mohammed Rahman", role: "healthcare assistant", aliases: ["Mo", "Mohammed"]),
        StaffMember(name: "Hope Adeyemi", role: "clinical pharmacist", aliases: ["Hope"]),
        StaffMember(name: "Gary Lister", role: "reception lead", aliases: ["Gary"]),
        StaffMember(name: "Denise Foster", role: "medical secretary", aliases: ["Denise"]),
        StaffMember(name: "Mark Bell", role: "paramedic practitioner", aliases: ["Mark"]),
    ]

    static func policy(staff: [StaffMember]) -> Policy {
        Policy(
            version: "test",
            practice: Practice(
                name: "Quorn Medical Centre", pageNames: ["Quorn Medical Centre"],
                reviewsURL: "https://www.nhs.uk/services/gp-surgery/quorn-medical-centre/C82034/ratings-and-reviews",
                phones: ["01509 412232"], emails: ["quorn.medical@nhs.net"],
                addresses: ["Quorn Medical Centre, 1 Station Road, Quorn, Loughborough LE12 8BP"],
                websites: ["https://www.quornmedicalcentre.nhs.uk"]
            ),
            staff: staff,
            rules: []
        )
    }

    /// The practice with the example roster.
    static let withRoster = DetectionContext(policy: policy(staff: roster))
    /// The practice with no roster at all.
    static let noRoster = DetectionContext(policy: policy(staff: []))

    static func input(_ text: String, context: DetectionContext = withRoster, entities: [Entity] = [], author: String? = nil) -> DetectorInput {
        let item = Item(id: ItemID("t-1"), text: text, author: author.map { Author(id: AuthorID("u-1"), name: $0) })
        return DetectorInput(item: item, text: AnalyzedText(text), context: context, entities: entities)
    }

    /// The original text of each person entity a detector finds.
    static func people(_ detection: Detection) -> [String] { detection.entities.filter { $0.kind == .person }.map(\.text) }

    /// The highest confidence of a category among findings.
    static func confidence(_ category: DecorumCore.Category, _ detection: Detection) -> Double {
        detection.findings.filter { $0.category == category }.map(\.confidence).max() ?? 0
    }

    /// Combined confidence of a category by noisy-or, as the engine combines findings.
    static func combined(_ category: DecorumCore.Category, _ detection: Detection) -> Double {
        1 - detection.findings.filter { $0.category == category }.reduce(1.0) { $0 * (1 - $1.confidence) }
    }
}
