/// Decorum's engine: judges one item against the practice's policy. A value, built once and shared by
/// every caller; `judge` is pure.
public struct Moderator: Sendable {
    public let policy: Policy
    public let detectors: [any Detector]
    /// A category is reported when its combined confidence reaches this.
    public let threshold: Double
    private let context: DetectionContext
    private let decisionMaker: DecisionMaker

    public init(policy: Policy, detectors: [any Detector], threshold: Double = 0.5) {
        self.policy = policy
        self.detectors = detectors
        self.threshold = threshold
        context = DetectionContext(policy: policy)
        decisionMaker = DecisionMaker(policy: policy)
    }

    /// The engine with Decorum's standard detectors for this policy, and the learned model when given.
    public init(policy: Policy, model: LinearModel? = nil) {
        var detectors = StandardDetectors.make(for: DetectionContext(policy: policy))
        if let model { detectors.append(ClassifierDetector(model: model)) }
        self.init(policy: policy, detectors: detectors)
    }

    /// Judges one item: its categories with evidence, the identifying entities in it, and the decision.
    public func judge(_ item: Item) -> Judgement {
        if item.fromPage {
            return Judgement(itemID: item.id, categories: [], entities: [], decision: Decision(
                action: .allow, rules: [], replies: [], escalations: [],
                explanation: "Written by the practice's own page: Decorum never moderates the practice's posts and replies. Policy \(policy.version).",
                policyVersion: policy.version))
        }
        let text = AnalyzedText(item.text)
        var input = DetectorInput(item: item, text: text, context: context)
        var findings = [Finding]()
        for detector in detectors {
            let detection = detector.detect(input)
            if let resolved = detection.resolvedEntities { input.entities = resolved }
            input.entities.append(contentsOf: detection.entities)
            findings.append(contentsOf: detection.findings)
        }
        let entities = input.entities.sorted { $0.span < $1.span }
        let categories = Self.combine(findings, threshold: threshold)
        return Judgement(itemID: item.id, categories: categories, entities: entities, decision: decisionMaker.decide(categories))
    }

    /// Findings of the same category combined by noisy-or; evidence kept in text order, without repeats.
    static func combine(_ findings: [Finding], threshold: Double) -> [CategoryResult] {
        // Indexed by category, in contract order: no hashing on the hot path.
        let categories = Category.allCases
        var miss = [Double](repeating: 1, count: categories.count)
        var seen = [Bool](repeating: false, count: categories.count)
        for f in findings {
            let c = f.category.ordinal
            miss[c] *= 1 - min(max(f.confidence, 0), 1)
            seen[c] = true
        }
        var results = [CategoryResult]()
        for (c, category) in categories.enumerated() where seen[c] {
            let confidence = 1 - miss[c]
            guard confidence >= threshold else { continue }
            // Text order, without repeats or pieces inside a longer piece.
            var all = [Evidence]()
            for f in findings where f.category == category { all.append(contentsOf: f.evidence) }
            all.sort { $0.span < $1.span }
            var ev = [Evidence]()
            for (i, e) in all.enumerated() {
                let covered = all.indices.contains { j in
                    j != i && all[j].span.contains(e.span) && (all[j].span != e.span || j < i) && !all[j].span.isEmpty
                }
                if !covered || e.span.isEmpty && !ev.contains(where: { $0.span.isEmpty && $0.text == e.text }) { ev.append(e) }
            }
            results.append(CategoryResult(category: category, confidence: (confidence * 1000).rounded() / 1000, evidence: ev))
        }
        return results
    }
}

extension Moderator: CustomStringConvertible, CustomReflectable {
    /// Short on purpose: the engine's tables are large, and service groups print what they run.
    public var description: String { "Moderator(policy \(policy.version), \(detectors.count) detectors)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
