import Yams

/// Reads a policy from YAML, checking everything and reporting every mistake with its line and column.
/// A broken policy never half-loads: either every check passes or nothing is returned.
public enum PolicyLoader {
    /// Loads a policy. `staffCSV` is the roster named by `staff_file:` (or given on the command line), read by
    /// the caller; `file` and `staffFile` are the names errors are reported against.
    public static func load(
        yaml: String, staffCSV: String? = nil, file: String? = nil, staffFile: String? = nil
    ) throws(PolicyErrors) -> Policy {
        var reader = PolicyReader(file: file)
        let policy = reader.read(yaml: yaml, staffCSV: staffCSV, staffFile: staffFile)
        guard let policy, reader.errors.isEmpty else { throw PolicyErrors(reader.errors) }
        return policy
    }

    /// The roster path a policy names with `staff_file:`, so the caller can read it and pass its contents to `load`.
    public static func staffFile(inYAML yaml: String) -> String? {
        guard let root = try? Yams.compose(yaml: yaml), case let .mapping(mapping) = root,
              let node = mapping["staff_file"], case let .scalar(scalar) = node, !isNull(node)
        else { return nil }
        return scalar.string
    }

    /// The keys a policy may have, by place, in the order `renderYAML` writes them.
    enum Keys {
        static let top = ["version", "practice", "allowed_domains", "staff_file", "staff", "rules", "retention"]
        static let practice = ["name", "page_names", "reviews_url", "complaints", "phones", "emails", "addresses", "websites", "contacts"]
        static let complaints = ["url", "text"]
        static let contact = ["name", "email", "phone"]
        static let staff = ["name", "role", "aliases"]
        static let rule = ["id", "clause_number", "title", "clause", "judgeable", "note", "categories", "action", "mode", "replies", "escalate"]
        static let replies = ["private", "public"]
        static let escalation = ["role", "urgency", "note"]
        static let retention = ["allowed_text_days", "actioned_text_days"]
    }
}

/// True for an absent value: `key:`, `key: ~`, `key: null` or an empty string.
func isNull(_ node: Node) -> Bool {
    guard case let .scalar(scalar) = node else { return false }
    let text = trimmed(scalar.string)
    if text.isEmpty { return true }
    return (scalar.style == .plain || scalar.style == .any) && ["~", "null", "Null", "NULL"].contains(text)
}

/// One pass over the YAML tree that builds the policy and collects mistakes.
struct PolicyReader {
    let file: String?
    var errors: [PolicyError] = []

    init(file: String?) { self.file = file }

    /// The keys of one mapping that were understood.
    struct Fields {
        let node: Node
        var entries: [String: (key: Node, value: Node)] = [:]
        /// Keys suggested for misspelt ones, so a misspelling is not also reported as a missing key.
        var suggested: Set<String> = []
        /// The value, unless absent or null.
        subscript(key: String) -> Node? {
            guard let value = entries[key]?.value, !isNull(value) else { return nil }
            return value
        }
        func keyNode(_ key: String) -> Node { entries[key]?.key ?? node }
    }

    // MARK: Reporting

    mutating func fail(_ kind: PolicyError.Kind, at node: Node?) {
        errors.append(PolicyError(kind, line: node?.mark?.line, column: node?.mark?.column, file: file))
    }

    // MARK: Reading values

    mutating func fields(_ node: Node, name: String, context: String, allowed: [String], required: [String]) -> Fields? {
        guard case let .mapping(mapping) = node else {
            fail(.wrongType(name, expected: .mapping), at: node)
            return nil
        }
        var fields = Fields(node: node)
        for (key, value) in mapping {
            guard case let .scalar(scalar) = key else {
                fail(.wrongType("key", expected: .text), at: key)
                continue
            }
            if allowed.contains(scalar.string) {
                fields.entries[scalar.string] = (key, value)
            } else {
                let suggestion = Suggestion.nearest(scalar.string, in: allowed)
                if let suggestion { fields.suggested.insert(suggestion) }
                fail(.unknownKey(scalar.string, suggestion: suggestion, allowed: allowed), at: key)
            }
        }
        for key in required where fields[key] == nil && !fields.suggested.contains(key) {
            fail(.missingKey(key, in: context), at: fields.entries[key]?.key ?? node)
        }
        return fields
    }

    mutating func text(_ fields: Fields, _ key: String) -> String? {
        guard let node = fields[key] else { return nil }
        guard case let .scalar(scalar) = node else {
            fail(.wrongType(key, expected: .text), at: node)
            return nil
        }
        return scalar.string
    }

    /// A list of texts; a single text is taken as a list of one.
    mutating func texts(_ fields: Fields, _ key: String) -> [(String, Node)] {
        guard let node = fields[key] else { return [] }
        switch node {
        case let .scalar(scalar):
            return [(scalar.string, node)]
        case let .sequence(sequence):
            var out: [(String, Node)] = []
            for item in sequence {
                if case let .scalar(scalar) = item, !isNull(item) {
                    out.append((scalar.string, item))
                } else if !isNull(item) {
                    fail(.wrongType(key, expected: .text), at: item)
                }
            }
            return out
        default:
            fail(.wrongType(key, expected: .list), at: node)
            return []
        }
    }

    mutating func list(_ fields: Fields, _ key: String) -> [Node] {
        guard let node = fields[key] else { return [] }
        guard case let .sequence(sequence) = node else {
            fail(.wrongType(key, expected: .list), at: node)
            return []
        }
        return Array(sequence)
    }

    mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        if case let .scalar(scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        fail(.wrongType(key, expected: .bool), at: node)
        return nil
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(
        _ node: Node, _ key: String, _ kind: (String, String?) -> PolicyError.Kind
    ) -> T? where T.RawValue == String {
        guard case let .scalar(scalar) = node else {
            fail(.wrongType(key, expected: .text), at: node)
            return nil
        }
        if let value = T(rawValue: scalar.string) { return value }
        fail(kind(scalar.string, Suggestion.nearest(scalar.string, in: T.allCases.map(\.rawValue))), at: node)
        return nil
    }

    // MARK: The policy

    mutating func read(yaml: String, staffCSV: String?, staffFile: String?) -> Policy? {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                errors.append(PolicyError(.emptyPolicy, file: file))
                return nil
            }
            root = node
        } catch {
            reportSyntax(error, yaml: yaml)
            return nil
        }
        guard let top = fields(root, name: "policy", context: "the policy",
                               allowed: PolicyLoader.Keys.top, required: ["version", "practice", "rules"]) else { return nil }

        let version = text(top, "version")
        let practice = top["practice"].flatMap { readPractice($0) }
        var allowedDomains: [String] = []
        for (domain, node) in texts(top, "allowed_domains") {
            if Validation.isDomain(DetectionContext.host(domain)), !domain.contains(" ") {
                allowedDomains.append(domain)
            } else {
                fail(.invalidDomain(domain), at: node)
            }
        }

        var staff = list(top, "staff").compactMap { readStaffMember($0) }
        let staffFileNode = top["staff_file"]
        let staffFilePath = text(top, "staff_file")
        if let staffCSV {
            let (members, rosterErrors) = StaffRoster.read(csv: staffCSV, file: staffFile ?? staffFilePath ?? "staff roster")
            errors += rosterErrors
            staff += members
        } else if let staffFilePath {
            fail(.staffFileNotRead(staffFilePath), at: staffFileNode)
        }
        var seenStaff: Set<String> = []
        for member in staff where !seenStaff.insert(member.name.lowercased()).inserted {
            fail(.duplicateStaff(member.name), at: top["staff"] ?? staffFileNode)
        }

        let rules = top["rules"].map { readRules($0, rulesKey: top.keyNode("rules"), practice: practice) } ?? []
        let retention = top["retention"].map { readRetention($0) } ?? Retention()

        guard errors.isEmpty, let version, let practice else { return nil }
        let policy = Policy(version: version, practice: practice, staff: staff, allowedDomains: allowedDomains, rules: rules, retention: retention)
        checkPublicReplies(policy, rulesNode: top["rules"])
        return errors.isEmpty ? policy : nil
    }

    /// Every public reply, as it would be posted, passes the check replies pass before they are sent.
    mutating func checkPublicReplies(_ policy: Policy, rulesNode: Node?) {
        let check = ReplyCheck(policy: policy)
        for rule in policy.rules {
            guard let reply = rule.renderedPublicReply(practice: policy.practice) else { continue }
            let problems = check.problems(in: reply)
            guard !problems.isEmpty else { continue }
            fail(.publicReplyBreaksConfidence(rule.id, problems: problems.map(\.description).joined(separator: "; ")),
                 at: Self.publicReplyNode(of: rule.id, in: rulesNode) ?? rulesNode)
        }
    }

    static func publicReplyNode(of id: RuleID, in rules: Node?) -> Node? {
        guard case let .sequence(sequence)? = rules else { return nil }
        for node in sequence {
            guard case let .mapping(rule) = node, let idNode = rule["id"], case let .scalar(scalar) = idNode, scalar.string == id.rawValue,
                  let replies = rule["replies"], case let .mapping(replyMap) = replies else { continue }
            return replyMap["public"]
        }
        return nil
    }

    mutating func reportSyntax(_ error: any Error, yaml: String) {
        func at(_ mark: Mark?, _ problem: String) { at(mark?.line, mark?.column, problem) }
        func at(_ line: Int?, _ column: Int?, _ problem: String) {
            errors.append(PolicyError(.syntax(problem), line: line, column: column, file: file))
        }
        guard let error = error as? YamlError else {
            at(nil, "\(error)")
            return
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            at(mark, context.map { "\(problem) \($0.text)" } ?? problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            at(context.mark, "\(keys) appears twice in the same place")
        case let .reader(problem, offset, _, _):
            var line = 1, column = 1
            if let offset {
                for byte in yaml.utf8.prefix(offset) {
                    if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
                }
            }
            if offset == nil { at(nil, nil, problem) } else { at(line, column, problem) }
        default:
            at(nil, "\(error)")
        }
    }

    mutating func readPractice(_ node: Node) -> Practice? {
        guard let f = fields(node, name: "practice", context: "the practice",
                             allowed: PolicyLoader.Keys.practice, required: ["name", "reviews_url"]) else { return nil }
        var practice = Practice(name: text(f, "name") ?? "", reviewsURL: text(f, "reviews_url") ?? "")
        if let url = f["reviews_url"], !practice.reviewsURL.isEmpty, !Validation.isWebURL(practice.reviewsURL) {
            fail(.invalidURL(practice.reviewsURL, key: "reviews_url"), at: url)
        }
        practice.pageNames = texts(f, "page_names").map(\.0)
        if let complaints = f["complaints"],
           let c = fields(complaints, name: "complaints", context: "the complaints procedure", allowed: PolicyLoader.Keys.complaints, required: []) {
            practice.complaintsURL = text(c, "url")
            practice.complaintsText = text(c, "text")
            if let url = practice.complaintsURL, !Validation.isWebURL(url) { fail(.invalidURL(url, key: "complaints url"), at: c["url"]) }
            if practice.complaintsURL == nil, practice.complaintsText == nil { fail(.missingKey("url", in: "the complaints procedure"), at: complaints) }
        }
        for (phone, node) in texts(f, "phones") {
            if Validation.isPhone(phone) { practice.phones.append(phone) } else { fail(.invalidPhone(phone), at: node) }
        }
        for (email, node) in texts(f, "emails") {
            if Validation.isEmail(email) { practice.emails.append(email) } else { fail(.invalidEmail(email), at: node) }
        }
        practice.addresses = texts(f, "addresses").map(\.0)
        for (website, node) in texts(f, "websites") {
            if Validation.isWebsite(website) { practice.websites.append(website) } else { fail(.invalidURL(website, key: "websites"), at: node) }
        }
        if let contacts = f["contacts"] {
            if case let .mapping(mapping) = contacts {
                for (key, value) in mapping {
                    guard let role: Role = choice(key, "contacts", PolicyError.Kind.unknownRole) else { continue }
                    if isNull(value) {
                        practice.contacts[role] = Contact()
                    } else if let c = fields(value, name: role.rawValue, context: "the \(role.title) contact", allowed: PolicyLoader.Keys.contact, required: []) {
                        let contact = Contact(name: text(c, "name"), email: text(c, "email"), phone: text(c, "phone"))
                        if let email = contact.email, !Validation.isEmail(email) { fail(.invalidEmail(email), at: c["email"]) }
                        if let phone = contact.phone, !Validation.isPhone(phone) { fail(.invalidPhone(phone), at: c["phone"]) }
                        practice.contacts[role] = contact
                    }
                }
            } else {
                fail(.wrongType("contacts", expected: .mapping), at: contacts)
            }
        }
        return practice
    }

    mutating func readRetention(_ node: Node) -> Retention {
        var retention = Retention()
        guard let f = fields(node, name: "retention", context: "the retention settings", allowed: PolicyLoader.Keys.retention, required: [])
        else { return retention }
        if let days = days(f, "allowed_text_days") { retention.allowedTextDays = days }
        if let days = days(f, "actioned_text_days") { retention.actionedTextDays = days }
        return retention
    }

    /// A whole number of days in ``Retention/days``.
    mutating func days(_ fields: Fields, _ key: String) -> Int? {
        guard let value = text(fields, key) else { return nil }
        guard let days = Int(trimmed(value)), Retention.days.contains(days) else {
            fail(.invalidDays(value, key: "retention.\(key)", allowed: Retention.days), at: fields[key])
            return nil
        }
        return days
    }

    mutating func readStaffMember(_ node: Node) -> StaffMember? {
        guard let f = fields(node, name: "staff", context: "each member of staff", allowed: PolicyLoader.Keys.staff, required: ["name", "role"]),
              let name = text(f, "name"), let role = text(f, "role") else { return nil }
        return StaffMember(name: name, role: role, aliases: texts(f, "aliases").map(\.0))
    }

    // MARK: Rules

    /// A rule as read, with the nodes its checks report against.
    struct Draft {
        var rule: Rule
        var idNode: Node
        var categoryNodes: [Node]
        var categoriesKey: Node
        var unjudgeableWithCategories: Bool
        var privateNode: Node?
        var publicNode: Node?
    }

    mutating func readRules(_ node: Node, rulesKey: Node, practice: Practice?) -> [Rule] {
        guard case let .sequence(sequence) = node else {
            fail(.wrongType("rules", expected: .list), at: node)
            return []
        }
        var suggestedCategories: Set<String> = []
        var drafts: [Draft] = []
        for item in sequence {
            if let draft = readRule(item, suggestedCategories: &suggestedCategories) { drafts.append(draft) }
        }

        // Ids: each once, and every required one present.
        var firstByID: [RuleID: Draft] = [:]
        for draft in drafts {
            if let first = firstByID[draft.rule.id] {
                fail(.duplicateRule(draft.rule.id, firstLine: first.idNode.mark?.line), at: draft.idNode)
            } else {
                firstByID[draft.rule.id] = draft
            }
        }
        let missing = RuleID.required.filter { firstByID[$0] == nil }
        var suggestedIDs: Set<RuleID> = []
        for draft in drafts where !RuleID.required.contains(draft.rule.id) {
            if let suggestion = Suggestion.nearest(draft.rule.id.rawValue, in: missing.map(\.rawValue)) {
                suggestedIDs.insert(RuleID(rawValue: suggestion))
                fail(.unknownRuleID(draft.rule.id.rawValue, suggestion: suggestion), at: draft.idNode)
            }
        }
        for id in missing where !suggestedIDs.contains(id) { fail(.missingRule(id), at: rulesKey) }

        // Categories: each covered by exactly one judgeable rule.
        var coveredBy: [Category: RuleID] = [:]
        for draft in drafts where draft.rule.judgeable {
            for (category, node) in zip(draft.rule.categories, draft.categoryNodes) {
                if let first = coveredBy[category] {
                    fail(.categoryCoveredTwice(category, first: first, second: draft.rule.id), at: node)
                } else {
                    coveredBy[category] = draft.rule.id
                }
            }
        }
        for category in Category.allCases where coveredBy[category] == nil && !suggestedCategories.contains(category.rawValue) {
            fail(.categoryUncovered(category), at: rulesKey)
        }

        // Replies: public only where something stays in public and may be acknowledged; templates fill.
        for draft in drafts {
            let rule = draft.rule
            if draft.unjudgeableWithCategories { fail(.unjudgeableWithCategories(rule.id), at: draft.categoriesKey) }
            if let publicNode = draft.publicNode {
                if rule.action == .hide || rule.action == .delete {
                    fail(.publicReplyNotAllowed(rule.id, reason: .removed(rule.action)), at: publicNode)
                } else if rule.id == "complaints" || rule.categories.contains(.complaint) {
                    fail(.publicReplyNotAllowed(rule.id, reason: .complaint), at: publicNode)
                } else if rule.id == "safeguarding" || rule.categories.contains(.safeguarding) {
                    fail(.publicReplyNotAllowed(rule.id, reason: .safeguarding), at: publicNode)
                }
            }
            for (text, node) in [(rule.replies.privateReply, draft.privateNode), (rule.replies.publicReply, draft.publicNode)] {
                guard let text, let node else { continue }
                checkTemplate(text, at: node, rule: rule, practice: practice)
            }
        }
        return drafts.map(\.rule)
    }

    mutating func checkTemplate(_ text: String, at node: Node, rule: Rule, practice: Practice?) {
        let (segments, problems) = ReplyTemplate.parse(text)
        for problem in problems { fail(problem, at: node) }
        guard problems.isEmpty else { return }
        let template = ReplyTemplate(source: text, segments: segments)
        for (placeholder, missing) in template.unavailable(rule: rule, practice: practice) {
            fail(.unavailablePlaceholder(placeholder.rawValue, missing: missing), at: node)
        }
    }

    mutating func readRule(_ node: Node, suggestedCategories: inout Set<String>) -> Draft? {
        let idHint: String = if case let .mapping(m) = node, let id = m["id"], case let .scalar(s) = id { " \"\(s.string)\"" } else { "" }
        guard let f = fields(node, name: "rules", context: "rule\(idHint)", allowed: PolicyLoader.Keys.rule,
                             required: ["id", "title", "clause"]) else { return nil }
        guard let idText = text(f, "id") else { return nil }
        let id = RuleID(rawValue: idText)

        var clauseNumber = Int(idText)
        if let number = text(f, "clause_number") {
            if let value = Int(number), value > 0 { clauseNumber = value } else { fail(.invalidNumber(number, key: "clause_number"), at: f["clause_number"]) }
        }
        // Clause 1 is about behaviour in the surgery: never judgeable, whatever the file says.
        let judgeableSetting = bool(f, "judgeable")
        let judgeable = id == "1" ? false : (judgeableSetting ?? true)

        var categories: [Category] = []
        var categoryNodes: [Node] = []
        let categoryValues = texts(f, "categories")
        for (value, valueNode) in categoryValues {
            if let category = Category(rawValue: value) {
                categories.append(category)
                categoryNodes.append(valueNode)
            } else {
                let error = PolicyError.unknownCategory(value, line: valueNode.mark?.line, column: valueNode.mark?.column, file: file)
                if case let .unknownCategory(_, suggestion?) = error.kind { suggestedCategories.insert(suggestion) }
                errors.append(error)
            }
        }
        let hasCategories = f["categories"] != nil
        let misspeltCategory = categoryNodes.count < categoryValues.count
        if judgeable, categories.isEmpty, !misspeltCategory, !f.suggested.contains("categories") {
            fail(.missingKey("categories", in: "rule \"\(idText)\""), at: node)
        }
        if id == "1", judgeableSetting == true { fail(.unjudgeableWithCategories(id), at: f.keyNode("judgeable")) }

        var action = Action.allow
        if let actionNode = f["action"] {
            action = choice(actionNode, "action", PolicyError.Kind.unknownAction) ?? .allow
        } else if judgeable, !f.suggested.contains("action") {
            fail(.missingKey("action", in: "rule \"\(idText)\""), at: node)
        }
        var mode = Mode.auto
        if let modeNode = f["mode"] { mode = choice(modeNode, "mode", PolicyError.Kind.unknownMode) ?? .auto }

        var replies = ReplyTemplates()
        var privateNode: Node?, publicNode: Node?
        if let repliesNode = f["replies"],
           let r = fields(repliesNode, name: "replies", context: "the replies", allowed: PolicyLoader.Keys.replies, required: []) {
            replies.privateReply = text(r, "private")
            replies.publicReply = text(r, "public")
            privateNode = r["private"]
            publicNode = r["public"]
        }

        var escalations: [Escalation] = []
        for item in list(f, "escalate") {
            if case .scalar = item, let role: Role = choice(item, "escalate", PolicyError.Kind.unknownRole) {
                escalations.append(Escalation(role: role, urgency: .normal))
                continue
            }
            guard case .mapping = item else {
                if case .scalar = item {} else { fail(.wrongType("escalate", expected: .mapping), at: item) }
                continue
            }
            guard let e = fields(item, name: "escalate", context: "each escalation", allowed: PolicyLoader.Keys.escalation, required: ["role"]),
                  let roleNode = e["role"], let role: Role = choice(roleNode, "role", PolicyError.Kind.unknownRole) else { continue }
            var urgency = Escalation.Urgency.normal
            if let urgencyNode = e["urgency"] {
                urgency = choice(urgencyNode, "urgency", PolicyError.Kind.unknownUrgency) ?? .normal
            }
            escalations.append(Escalation(role: role, urgency: urgency, note: text(e, "note")))
        }

        let rule = Rule(
            id: id, title: text(f, "title") ?? "", clause: text(f, "clause") ?? "",
            categories: judgeable ? categories : [], judgeable: judgeable, note: text(f, "note"),
            action: action, mode: mode, replies: replies, escalations: escalations, clauseNumber: clauseNumber
        )
        return Draft(rule: rule, idNode: f["id"] ?? node, categoryNodes: categoryNodes, categoriesKey: f.keyNode("categories"),
                     unjudgeableWithCategories: !judgeable && hasCategories, privateNode: privateNode, publicNode: publicNode)
    }
}

/// Checks on the shape of addresses, phone numbers and domains.
enum Validation {
    /// "nhs.uk", "quornmedical.nhs.uk": letters, digits and hyphens in two or more dot-separated labels.
    static func isDomain(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2,
              tld.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.isASCII || ("0"..."9").contains($0) || $0 == "-" }
        }
    }

    /// "https://www.nhs.uk/…": a scheme, a valid host, no spaces.
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        return !text.unicodeScalars.contains { $0 == " " || $0 == "\t" || $0 == "\n" } && isDomain(DetectionContext.host(text))
    }

    /// A full URL or a bare host such as "quornmedical.nhs.uk".
    static func isWebsite(_ text: String) -> Bool {
        text.contains("://") ? isWebURL(text) : !text.contains(" ") && isDomain(DetectionContext.host(text))
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return false }
        return isDomain(String(parts[1]))
    }

    /// A UK number: 10 or 11 digits in national form, written with digits, spaces, brackets, hyphens or a plus.
    static func isPhone(_ text: String) -> Bool {
        guard text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || " ()+-".unicodeScalars.contains($0) }) else { return false }
        let digits = DetectionContext.nationalDigits(text)
        return digits.first == "0" && (10...11).contains(digits.count)
    }
}
