/// Finds one kind of thing in an item: identifiers, staff names, abuse, intent. Detectors are values
/// built once from a policy and run on every item; they never do I/O.
public protocol Detector: Sendable {
    /// A short stable name, shown as evidence ("uk-identifiers", "abusive-lexicon").
    var name: String { get }
    /// What this detector finds in one item. `input.entities` holds what earlier detectors found.
    func detect(_ input: DetectorInput) -> Detection
}

/// Everything a detector may look at.
public struct DetectorInput: Sendable {
    public let item: Item
    public let text: AnalyzedText
    public let context: DetectionContext
    /// Entities found by detectors that ran earlier.
    public var entities: [Entity]

    public init(item: Item, text: AnalyzedText, context: DetectionContext, entities: [Entity] = []) {
        self.item = item
        self.text = text
        self.context = context
        self.entities = entities
    }
}

/// What one detector found.
public struct Detection: Sendable {
    public var entities: [Entity]
    public var findings: [Finding]
    /// The entities found so far with their subjects decided, from a detector that decides whose data
    /// each is; when set, it replaces what earlier detectors reported.
    public var resolvedEntities: [Entity]?
    public init(entities: [Entity] = [], findings: [Finding] = [], resolvedEntities: [Entity]? = nil) {
        self.entities = entities
        self.findings = findings
        self.resolvedEntities = resolvedEntities
    }
    public static let none = Detection()
}
