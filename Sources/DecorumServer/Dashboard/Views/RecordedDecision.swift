import DecorumCore
import DecorumStore

/// A stored decision read back for people: its categories with their evidence, the rules it applied,
/// what it planned and why, in the words the engine wrote.
struct RecordedDecision: Sendable {
    struct Finding: Sendable {
        var category: String
        var confidence: Double
        var evidence: [EvidenceSpan]
    }

    struct EvidenceSpan: Sendable {
        var start: Int
        var end: Int
        var reason: String
        var detector: String
        /// The words marked, as the engine quoted them.
        var text = ""
    }

    var findings: [Finding]
    var action: String
    var pendingAction: String?
    var needsApproval: Bool
    var rules: [String]
    var replies: [(channel: String, text: String)]
    var escalations: [(role: String, urgency: String)]
    var explanation: String
    var policyVersion: String
    var modelVersion: String

    init(_ stored: StoredDecision) {
        func pairs(_ value: JSONValue?) -> [(String, JSONValue)] {
            if case .object(let p)? = value { return p }
            return []
        }
        func member(_ value: JSONValue?, _ key: String) -> JSONValue? { pairs(value).first { $0.0 == key }?.1 }
        func string(_ value: JSONValue?, _ key: String) -> String? {
            if case .string(let s)? = member(value, key) { return s }
            return nil
        }
        func number(_ value: JSONValue?, _ key: String) -> Double? {
            switch member(value, key) {
            case .number(let d)?: return d
            case .int(let i)?: return Double(i)
            default: return nil
            }
        }
        func array(_ value: JSONValue?) -> [JSONValue] {
            if case .array(let a)? = value { return a }
            return []
        }
        let categories = try? JSONValue.parse(stored.categoriesJSON)
        findings = array(categories).map { entry in
            Finding(
                category: string(entry, "category") ?? "?", confidence: number(entry, "confidence") ?? 0,
                evidence: array(member(entry, "evidence")).compactMap { e in
                    guard let start = number(e, "start"), let end = number(e, "end") else { return nil }
                    return EvidenceSpan(start: Int(start), end: Int(end), reason: string(e, "reason") ?? "", detector: string(e, "detector") ?? "",
                                        text: string(e, "text") ?? "")
                })
        }
        let decision = try? JSONValue.parse(stored.decisionJSON)
        action = string(decision, "action") ?? stored.action.rawValue
        pendingAction = string(decision, "pending_action")
        if case .bool(let b)? = member(decision, "needs_approval") { needsApproval = b } else { needsApproval = stored.needsApproval }
        rules = array(member(decision, "rules")).compactMap { if case .string(let s) = $0 { s } else { nil } }
        replies = array(member(decision, "replies")).map { (string($0, "channel") ?? "", string($0, "text") ?? "") }
        escalations = array(member(decision, "escalations")).map { (string($0, "role") ?? "", string($0, "urgency") ?? "") }
        explanation = string(decision, "explanation") ?? ""
        policyVersion = stored.policyVersion
        modelVersion = stored.modelVersion
    }

    /// Every evidence span of every category.
    var spans: [EvidenceSpan] { findings.flatMap(\.evidence) }

    var categories: [String] { findings.map(\.category) }
}
