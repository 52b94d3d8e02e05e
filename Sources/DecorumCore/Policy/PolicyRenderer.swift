/// The policy as YAML that loads back to an equal policy (for `decorum policy show`). Staff from a roster
/// file are written inline.
public func renderYAML(_ policy: Policy) -> String {
    var out = YAMLWriter()
    out.line("# Decorum policy \(policy.version) for \(policy.practice.name)")
    out.field("version", policy.version, indent: 0)
    out.line("")
    out.line("practice:")
    let practice = policy.practice
    out.field("name", practice.name, indent: 2)
    out.list("page_names", practice.pageNames, indent: 2)
    out.field("reviews_url", practice.reviewsURL, indent: 2)
    if practice.complaintsURL != nil || practice.complaintsText != nil {
        out.line("  complaints:")
        if let url = practice.complaintsURL { out.field("url", url, indent: 4) }
        if let text = practice.complaintsText { out.field("text", text, indent: 4) }
    }
    out.list("phones", practice.phones, indent: 2)
    out.list("emails", practice.emails, indent: 2)
    out.list("addresses", practice.addresses, indent: 2)
    out.list("websites", practice.websites, indent: 2)
    if !practice.contacts.isEmpty {
        out.line("  contacts:")
        for role in Role.allCases {
            guard let contact = practice.contacts[role] else { continue }
            if contact.name == nil, contact.email == nil, contact.phone == nil {
                out.line("    \(role.rawValue): {}")
                continue
            }
            out.line("    \(role.rawValue):")
            if let name = contact.name { out.field("name", name, indent: 6) }
            if let email = contact.email { out.field("email", email, indent: 6) }
            if let phone = contact.phone { out.field("phone", phone, indent: 6) }
        }
    }
    if !policy.allowedDomains.isEmpty {
        out.line("")
        out.list("allowed_domains", policy.allowedDomains, indent: 0)
    }
    if !policy.staff.isEmpty {
        out.line("")
        out.line("staff:")
        for member in policy.staff {
            out.field("- name", member.name, indent: 2)
            out.field("role", member.role, indent: 4)
            if !member.aliases.isEmpty {
                out.line("    aliases: [" + member.aliases.map { YAMLWriter.quoted($0) }.joined(separator: ", ") + "]")
            }
        }
    }
    out.line("")
    out.line("rules:")
    for rule in policy.rules {
        out.line("  - id: " + YAMLWriter.quoted(rule.id.rawValue))
        if rule.clauseNumber != Int(rule.id.rawValue), let number = rule.clauseNumber { out.line("    clause_number: \(number)") }
        out.field("title", rule.title, indent: 4)
        out.field("clause", rule.clause, indent: 4)
        if !rule.judgeable { out.line("    judgeable: false") }
        if let note = rule.note { out.field("note", note, indent: 4) }
        if rule.judgeable {
            out.line("    categories: [" + rule.categories.map(\.rawValue).joined(separator: ", ") + "]")
        }
        if rule.judgeable || rule.action != .allow { out.line("    action: \(rule.action.rawValue)") }
        if rule.judgeable || rule.mode != .auto { out.line("    mode: \(rule.mode.rawValue)") }
        if rule.replies.privateReply != nil || rule.replies.publicReply != nil {
            out.line("    replies:")
            if let reply = rule.replies.privateReply { out.field("private", reply, indent: 6) }
            if let reply = rule.replies.publicReply { out.field("public", reply, indent: 6) }
        }
        if !rule.escalations.isEmpty {
            out.line("    escalate:")
            for escalation in rule.escalations {
                out.line("      - role: \(escalation.role.rawValue)")
                out.line("        urgency: \(escalation.urgency.rawValue)")
                if let note = escalation.note { out.field("note", note, indent: 8) }
            }
        }
        out.line("")
    }
    out.line("retention:")
    out.line("  allowed_text_days: \(policy.retention.allowedTextDays)")
    out.line("  actioned_text_days: \(policy.retention.actionedTextDays)")
    return out.text
}

/// The policy for people: clause by clause, what Decorum looks for, what it does, what it says and whom it tells.
public func renderSummary(_ policy: Policy) -> String {
    let practice = policy.practice
    var lines: [String] = []
    lines.append("\(practice.name): code of conduct as Decorum enforces it (policy \(policy.version))")
    lines.append("Official reviews: \(practice.reviewsURL)")
    switch (practice.complaintsURL, practice.complaintsText) {
    case let (url?, text?): lines += wrap("Complaints Procedure: \(url) (\(text))", indent: "")
    case let (url?, nil): lines.append("Complaints Procedure: \(url)")
    case let (nil, text?): lines += wrap("Complaints Procedure: \(text)", indent: "")
    case (nil, nil): break
    }
    if !policy.staff.isEmpty { lines.append("Staff roster: \(policy.staff.count) people") }
    lines += wrap("Retention: the words of items left alone are kept \(policy.retention.allowedTextDays) days, of items acted on "
                  + "\(policy.retention.actionedTextDays) days; decisions and the audit log are kept without them.", indent: "")
    for rule in policy.rules {
        lines.append("")
        let heading = switch (rule.clauseNumber, Int(rule.id.rawValue)) {
        case let (number?, id?) where number == id: "Clause \(number)"
        case let (number?, _): "Clause \(number) (\(rule.id))"
        case (nil, _): rule.id.rawValue.prefix(1).uppercased() + rule.id.rawValue.dropFirst()
        }
        lines.append("\(heading): \(rule.title)")
        lines += wrap("\u{201C}\(rule.clause)\u{201D}", indent: "  ")
        guard rule.judgeable else {
            lines.append("  Not judged online. " + (rule.note ?? "It cannot be judged from a post."))
            continue
        }
        lines.append("  Looks for: " + rule.categories.map { "\($0.phrase) (\($0.rawValue))" }.joined(separator: "; "))
        let removes = rule.action == .hide || rule.action == .delete
        let mode = switch rule.mode {
        case .auto: removes ? ", at once" : ""
        case .approve: removes ? ", once a moderator approves" : "; replies wait for a moderator"
        case .observe: " (observe mode: only recorded, nothing is done)"
        }
        let action = switch rule.action {
        case .allow: "leave it on the page"
        case .review: "leave it for a person to look at"
        case .hide: "hide it (only the author and their friends still see it)"
        case .delete: "delete it and report the post"
        }
        lines.append("  Does: \(action)\(mode)")
        if let note = rule.note { lines += wrap("Note: \(note)", indent: "  ") }
        if let reply = rule.renderedPrivateReply(practice: practice) { lines += wrap("Private reply: \u{201C}\(reply)\u{201D}", indent: "  ") }
        if let reply = rule.renderedPublicReply(practice: practice) { lines += wrap("Public reply: \u{201C}\(reply)\u{201D}", indent: "  ") }
        if rule.replies.privateReply == nil, rule.replies.publicReply == nil { lines.append("  No reply.") }
        for escalation in rule.escalations {
            var who = escalation.role.title
            if let name = practice.contacts[escalation.role]?.name, name.lowercased() != who.lowercased() { who += " (\(name))" }
            let note = escalation.note.map { ": \($0)" } ?? ""
            lines.append("  Tells: \(who), \(escalation.urgency == .urgent ? "urgently" : "in the normal course")\(note)")
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

/// Words wrapped to about 100 columns, each line indented.
private func wrap(_ text: String, indent: String, width: Int = 100) -> [String] {
    var lines: [String] = []
    var current = indent
    for word in text.split(separator: " ") {
        if current.count > indent.count, current.count + 1 + word.count > width {
            lines.append(current)
            current = indent + "  "
        }
        current += (current.count > indent.count && !current.hasSuffix(" ") ? " " : "") + word
    }
    if current.count > indent.count { lines.append(current) }
    return lines
}

/// Builds YAML text line by line, choosing for each value a style that reads back as exactly that value.
struct YAMLWriter {
    var text = ""

    mutating func line(_ line: String) { text += line + "\n" }

    /// `key: value` at an indent, folding long text over several lines.
    mutating func field(_ key: String, _ value: String, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        // A "- key" opens a list item: its continuation lines sit two further in.
        let contentPad = String(repeating: " ", count: indent + (key.hasPrefix("- ") ? 4 : 2))
        if let folded = Self.folded(value, width: 100 - contentPad.count) {
            line("\(pad)\(key): >-")
            for part in folded { line(contentPad + part) }
        } else if let literal = Self.literal(value) {
            line("\(pad)\(key): \(literal.indicator)")
            for part in literal.lines { line(part.isEmpty ? "" : contentPad + part) }
        } else {
            line("\(pad)\(key): \(Self.quoted(value))")
        }
    }

    mutating func list(_ key: String, _ values: [String], indent: Int) {
        guard !values.isEmpty else { return }
        let pad = String(repeating: " ", count: indent)
        line("\(pad)\(key):")
        for value in values { line("\(pad)  - \(Self.quoted(value))") }
    }

    /// Plain when that is unambiguous, otherwise double-quoted with escapes.
    static func quoted(_ value: String) -> String {
        isPlainSafe(value) ? value : doubleQuoted(value)
    }

    static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || first == " " || last == " " || last == ":" { return false }
        if value.contains(": ") || value.contains(" #") { return false }
        if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" || $0 == "\u{FEFF}" || "{}[],".unicodeScalars.contains($0) }) { return false }
        let lower = value.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lower) { return false }
        // Numbers, dates and the like: quote them so no YAML reader takes them for anything but text.
        if value.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ".+-_:eE".unicodeScalars.contains($0) }) { return false }
        return true
    }

    static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{FEFF}" || (0x80...0x9F).contains(scalar.value)
                    || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A long single-line text broken at single spaces, for `>-`; nil when folding would change it.
    static func folded(_ value: String, width: Int) -> [String]? {
        guard value.count > width, !value.contains("  "), isFoldable(value) else { return nil }
        var lines: [String] = []
        var current = ""
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        lines.append(current)
        return lines
    }

    private static func isFoldable(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
              first != " ", last != " " else { return false }
        return !value.unicodeScalars.contains { $0.value < 0x20 || $0 == "\t" || $0 == "\u{7F}" || $0 == "\u{FEFF}" || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" }
    }

    /// Multi-line text as a literal block (`|-` or `|`); nil when a block would not read back exactly.
    static func literal(_ value: String) -> (indicator: String, lines: [String])? {
        guard value.contains("\n") else { return nil }
        var body = Substring(value)
        var indicator = "|-"
        if body.hasSuffix("\n") {
            body = body.dropLast()
            indicator = "|"
            if body.hasSuffix("\n") || body.isEmpty { return nil }
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, !first.isEmpty, !first.hasPrefix(" "), !first.hasPrefix("\t"),
              !body.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0 == "\u{FEFF}" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }),
              !lines.contains(where: { $0.allSatisfy { $0 == " " } && !$0.isEmpty })
        else { return nil }
        return (indicator, lines)
    }
}
