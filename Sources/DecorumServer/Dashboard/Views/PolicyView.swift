import DecorumCore
import DecorumStore
import Foundation

/// The policy page: the code of conduct as patients read it, each rule's action, mode and replies with a
/// preview of the replies as a patient would get them, the staff roster, and the saved versions.
struct PolicyView: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct RuleForm: Sendable {
        var id: String
        var heading: String
        var clause: String
        var judgeable: Bool
        var categories: String
        var actions: [Option]
        var modes: [Option]
        var privateReply: String
        var publicReply: String
        var privatePreview: String?
        var publicPreview: String?
        var actionError: String?
        var modeError: String?
        var privateError: String?
        var publicError: String?
    }

    struct VersionRow: Sendable {
        var id: Int64
        var version: String
        var by: String
        var at: String
        var note: String
        var inForce: Bool
    }

    var practiceName: String
    var version: String
    var source: String
    var rules: [RuleForm]
    var staffCSV: String
    var staffError: String?
    var generalErrors: [String]
    var hasErrors: Bool
    var versions: [VersionRow]
    var hasVersions: Bool
    var yaml: String
    var canEdit: Bool

    static func build(
        policy: Policy, source: String, versionID: Int64?, store: Store, form: [String: String]? = nil,
        problems: [PolicyEditor.Problem] = [], canEdit: Bool
    ) async throws -> PolicyView {
        func error(_ field: String) -> String? {
            let messages = problems.filter { $0.field == field }.map(\.message)
            return messages.isEmpty ? nil : messages.joined(separator: " ")
        }
        let rules = policy.rules.map { rule -> RuleForm in
            let key = rule.id.rawValue
            let action = form?["\(key).action"] ?? rule.action.rawValue
            let mode = form?["\(key).mode"] ?? rule.mode.rawValue
            let privateReply = form?["\(key).private_reply"] ?? rule.replies.privateReply ?? ""
            let publicReply = form?["\(key).public_reply"] ?? rule.replies.publicReply ?? ""
            return RuleForm(
                id: key, heading: QueueView.clause(rule.id, policy: policy) ?? rule.title, clause: rule.clause, judgeable: rule.judgeable,
                categories: rule.categories.map { Labels.category($0.rawValue) }.joined(separator: ", "),
                actions: Action.allCases.map { Option(value: $0.rawValue, label: Labels.decisionAction($0.rawValue), selected: $0.rawValue == action) },
                modes: Mode.allCases.map { Option(value: $0.rawValue, label: Self.modeLabel($0), selected: $0.rawValue == mode) },
                privateReply: privateReply, publicReply: publicReply,
                privatePreview: rule.renderedPrivateReply(practice: policy.practice),
                publicPreview: rule.renderedPublicReply(practice: policy.practice),
                actionError: error("\(key).action"), modeError: error("\(key).mode"),
                privateError: error("\(key).private_reply"), publicError: error("\(key).public_reply"))
        }
        let versions = try await store.policyVersions.list(limit: 20)
        let general = problems.filter { $0.field == "policy" || $0.field == "yaml" }.map(\.message)
        return PolicyView(
            practiceName: policy.practice.name, version: policy.version, source: source, rules: rules,
            staffCSV: form?["staff"] ?? StaffCSV.render(policy.staff), staffError: error("staff"), generalErrors: general,
            hasErrors: !problems.isEmpty,
            versions: versions.map { VersionRow(id: $0.id, version: $0.version, by: $0.createdBy, at: Labels.time($0.createdAt),
                                                note: $0.note ?? "", inForce: $0.id == versionID) },
            hasVersions: !versions.isEmpty, yaml: form?["yaml"] ?? renderYAML(policy), canEdit: canEdit)
    }

    static func modeLabel(_ mode: Mode) -> String {
        switch mode {
        case .auto: "Act at once"
        case .approve: "Wait for a moderator's approval"
        case .observe: "Only record what it would do"
        }
    }
}
