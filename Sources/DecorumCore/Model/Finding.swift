/// A detector's claim that an item falls in a category, with the words that show it.
public struct Finding: Sendable, Hashable {
    public var category: Category
    /// How sure the detector is, 0…1.
    public var confidence: Double
    public var evidence: [Evidence]

    public init(category: Category, confidence: Double, evidence: [Evidence]) {
        self.category = category
        self.confidence = confidence
        self.evidence = evidence
    }
}

/// The words behind a finding, and why they count.
public struct Evidence: Sendable, Hashable {
    public var span: TextSpan
    public var text: String
    public var detector: String
    /// A few plain words on why, for the explanation ("an NHS number", "a threat").
    public var reason: String

    public init(span: TextSpan, text: String, detector: String, reason: String) {
        self.span = span
        self.text = text
        self.detector = detector
        self.reason = reason
    }
}
