@testable import DecorumCore

/// Quorn Medical Centre's published details, for the identifier tests.
enum IdentifiersTestPolicy {
    static let policy = Policy(
        version: "test-identifiers",
        practice: Practice(
            name: "Quorn Medical Centre",
            pageNames: ["Quorn Medical Centre"],
            reviewsURL: "https://www.nhs.uk/services/gp-surgery/quorn-medical-centre/C82034/ratings-and-reviews",
            phones: ["01509 412232"],
            emails: ["quorn.reception@nhs.net"],
            addresses: ["Station Road, Quorn, Loughborough LE12 8BP"],
            websites: ["https://www.quornmedical.nhs.uk"]
        ),
        staff: [],
        allowedDomains: ["nhs.uk"],
        rules: []
    )

    static let context = DetectionContext(policy: policy)

    /// The entities the identifier detector finds in a text.
    static func entities(_ text: String) -> [Entity] {
        let detector = IdentifierDetector(context: context)
        let input = DetectorInput(item: Item(id: ItemID("t"), text: text), text: AnalyzedText(text), context: context)
        return detector.detect(input).entities
    }

    /// The texts of the entities of one kind.
    static func found(_ kind: Entity.Kind, in text: String) -> [String] {
        entities(text).filter { $0.kind == kind }.map(\.text)
    }
}
