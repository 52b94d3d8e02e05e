@testable import DecorumCore

extension Policy {
    /// Quorn Medical Centre's details, enough for the conduct detectors: no rules needed.
    static let conductTest = Policy(
        version: "test-conduct",
        practice: Practice(
            name: "Quorn Medical Centre",
            pageNames: ["Quorn Medical Centre"],
            reviewsURL: "https://www.nhs.uk/services/gp-surgery/quorn-medical-centre/C82034/ratings-and-reviews",
            websites: ["quornmedical.nhs.uk"]
        ),
        allowedDomains: ["nhs.uk", "nhs.net", "gov.uk"],
        rules: []
    )
}

extension DetectionContext {
    static let conductTest = DetectionContext(policy: .conductTest)
}

/// Runs a detector on a comment as the engine would.
func runDetector(_ detector: some Detector, _ text: String, author: String? = nil, fromPage: Bool = false, entities: [Entity] = []) -> Detection {
    let item = Item(id: ItemID("t-1"), text: text, author: author.map { Author(name: $0) }, fromPage: fromPage)
    return detector.detect(DetectorInput(item: item, text: AnalyzedText(text), context: .conductTest, entities: entities))
}

extension Detection {
    /// The confidence of the detector's finding in a category, 0 when it found none.
    func confidence(_ category: DecorumCore.Category) -> Double {
        findings.filter { $0.category == category }.map(\.confidence).max() ?? 0
    }
}
