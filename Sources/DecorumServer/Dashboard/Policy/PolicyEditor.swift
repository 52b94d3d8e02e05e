public import DecorumCore
import Foundation

/// Changes to the policy made in the dashboard, checked exactly as a policy file is: the edited policy is
/// written as YAML and loaded back, so a saved version always loads, and every mistake is reported at once.
public struct PolicyEditor: Sendable {
    /// A form field that cannot be used, with the field's name and a sentence to act on.
    public struct Problem: Sendable, Hashable {
        public var field: String
        public var message: String
    }

    /// Everything wrong with an edit.
    public struct Problems: Error, Sendable, Hashable {
        public var problems: [Problem]
    }

    /// A checked edit, ready to save.
    public struct Edited: Sendable {
        public var policy: Policy
        public var yaml: String
        public var staffCSV: String
    }

    public let current: Policy

    public init(current: Policy) { self.current = current }

    /// The form's values for each rule: `<rule>.action`, `<rule>.mode`, `<rule>.private_reply`, `<rule>.public_reply`;
    /// `staff` (CSV: name,role,aliases); `version`. Missing fields keep their current value.
    public func apply(_ form: [String: String], nextVersionNumber: Int64) -> Result<Edited, Problems> {
        var policy = current
        var problems = [Problem]()
        for index in policy.rules.indices {
            let rule = policy.rules[index]
            let key = rule.id.rawValue
            if let raw = form["\(key).action"] {
                if let action = Action(rawValue: raw) {
                    policy.rules[index].action = action
                } else {
                    problems.append(Problem(field: "\(key).action", message: "\"\(raw.prefix(30))\" is not an action: choose allow, review, hide or delete."))
                }
            }
            if let raw = form["\(key).mode"] {
                if let mode = Mode(rawValue: raw) {
                    policy.rules[index].mode = mode
                } else {
                    problems.append(Problem(field: "\(key).mode", message: "\"\(raw.prefix(30))\" is not a mode: choose auto, approve or observe."))
                }
            }
            if let text = form["\(key).private_reply"] { policy.rules[index].replies.privateReply = Self.template(text) }
            if let text = form["\(key).public_reply"] { policy.rules[index].replies.publicReply = Self.template(text) }
        }
        let staffCSV = form["staff"].map(Self.normalisedLines) ?? StaffCSV.render(current.staff)
        let requested = form["version"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        // Every saved version gets its own name, so each decision can be traced to the exact policy that made it.
        policy.version = requested.isEmpty || requested == current.version ? "\(Self.base(current.version))-v\(nextVersionNumber)" : requested
        var withoutStaff = policy
        withoutStaff.staff = []
        let yaml = renderYAML(withoutStaff)
        do {
            let loaded = try PolicyLoader.load(yaml: yaml, staffCSV: staffCSV, file: "the policy", staffFile: "the staff roster")
            guard problems.isEmpty else { return .failure(Problems(problems: problems)) }
            return .success(Edited(policy: loaded, yaml: yaml, staffCSV: staffCSV))
        } catch {
            let fields = Self.fieldsByLine(yaml)
            for e in error.errors {
                let field = e.isInStaffRoster ? "staff" : e.line.flatMap { fields[$0] } ?? "policy"
                problems.append(Problem(field: field, message: e.message))
            }
            return .failure(Problems(problems: problems))
        }
    }

    /// A whole policy pasted as YAML (the advanced editor): loaded as a file would be, errors with line and column.
    public static func loadYAML(_ yaml: String, staffCSV: String) -> Result<Edited, Problems> {
        do {
            let policy = try PolicyLoader.load(yaml: yaml, staffCSV: staffCSV.isEmpty ? nil : staffCSV, file: "the policy", staffFile: "the staff roster")
            return .success(Edited(policy: policy, yaml: yaml, staffCSV: staffCSV))
        } catch {
            return .failure(Problems(problems: error.errors.map { Problem(field: $0.isInStaffRoster ? "staff" : "yaml", message: $0.description) }))
        }
    }

    static func template(_ text: String) -> String? {
        let trimmed = normalisedLines(text).trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Browsers send CRLF; the policy keeps LF.
    static func normalisedLines(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// "quorn-2026.1-v7" → "quorn-2026.1".
    static func base(_ version: String) -> String {
        guard let range = version.range(of: #"-v[0-9]+$"#, options: .regularExpression) else { return version }
        return String(version[..<range.lowerBound])
    }

    /// The form field each line of the rendered YAML holds (`4.private_reply`), so a loader error is shown by its field.
    static func fieldsByLine(_ yaml: String) -> [Int: String] {
        var fields = [Int: String]()
        var rule: String?
        var key: String?
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("- id:") {
                rule = trimmed.dropFirst(5).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                key = nil
            } else if let rule, let colon = trimmed.firstIndex(of: ":") {
                let name = String(trimmed[..<colon])
                switch name {
                case "action", "mode": key = name
                case "private": key = "private_reply"
                case "public": key = "public_reply"
                case "replies": key = nil
                default: if line.hasPrefix("    ") && !line.hasPrefix("      ") { key = nil }
                }
                if let key { fields[index + 1] = "\(rule).\(key)" }
            } else if let rule, let key {
                fields[index + 1] = "\(rule).\(key)"  // a folded reply's continuation line
            }
            if line.hasPrefix("rules:") { rule = nil }
        }
        return fields
    }
}

/// The staff roster as the CSV the roster editor shows: `name,role,aliases` with aliases separated by `;`.
enum StaffCSV {
    static func render(_ staff: [StaffMember]) -> String {
        var lines = ["name,role,aliases"]
        for member in staff {
            lines.append([member.name, member.role, member.aliases.joined(separator: ";")].map(cell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func cell(_ value: String) -> String {
        value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }
}
