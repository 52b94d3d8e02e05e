@testable import DecorumCore

extension Policy {
    /// Quorn Medical Centre with a small roster and no rules: enough for the intent detectors.
    static let intentTest = Policy(
        version: "test",
        practice: Practice(
            name: "Quorn Medical Centre",
            pageNames: ["Quorn Medical Centre", "Quorn Surgery"],
            reviewsURL: "https://www.nhs.uk/services/gp-surgery/quorn-medical-centre/C82034/ratings-and-reviews",
            phones: ["01509 412232"],
            websites: ["https://www.quornmedicalcentre.nhs.uk"]
        ),
        staff: [
            StaffMember(name: "Dr Sarah Whitfield", role: "GP partner", aliases: ["Dr Whitfield", "Dr W"]),
            StaffMember(name: "Karen Doyle", role: "practice manager", aliases: ["Karen"]),
            StaffMember(name: "Bethany Hughes", role: "practice nurse", aliases: ["Nurse Beth", "Sister Hughes"]),
            StaffMember(name: "Gary Lister", role: "reception lead", aliases: ["Gary"]),
        ],
        rules: []
    )
}

/// Runs one intent detector on a comment, as the engine would.
enum IntentHarness {
    static let context = DetectionContext(policy: .intentTest)

    static func run(
        _ detector: some Detector, _ text: String, attachments: [Attachment] = [], entities: [Entity] = []
    ) -> Detection {
        let item = Item(id: ItemID("t-1"), text: text, attachments: attachments)
        return detector.detect(DetectorInput(item: item, text: AnalyzedText(text), context: context, entities: entities))
    }

    /// The confidence a detector gives a category, 0 when it has no finding of it.
    static func confidence(
        _ detector: some Detector, _ category: Category, _ text: String,
        attachments: [Attachment] = [], entities: [Entity] = []
    ) -> Double {
        run(detector, text, attachments: attachments, entities: entities).findings
            .first { $0.category == category }?.confidence ?? 0
    }

    /// A staff member named in `text` at the first occurrence of `name`, as the staff detector would report it.
    static func staff(_ name: String, in text: String) -> Entity {
        let scalars = Array(text.unicodeScalars), needle = Array(name.unicodeScalars)
        var start = 0
        while start + needle.count <= scalars.count, Array(scalars[start..<start + needle.count]) != needle { start += 1 }
        return Entity(kind: .person, span: TextSpan(start, start + needle.count), text: name, subject: .staff, detector: "test-staff", reference: name)
    }
}
