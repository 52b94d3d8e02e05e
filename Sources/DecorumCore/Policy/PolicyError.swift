/// One mistake in a policy file or staff roster, with where it is and what to do about it.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The YAML itself cannot be read (Yams' problem text).
        case syntax(String)
        /// The file has no settings at all.
        case emptyPolicy
        /// A setting that does not exist at that place.
        case unknownKey(String, suggestion: String?, allowed: [String])
        /// A required setting is absent or empty.
        case missingKey(String, in: String)
        /// A setting holds the wrong kind of value (a list where text belongs).
        case wrongType(String, expected: Shape)
        /// Not one of `Category`'s ids.
        case unknownCategory(String, suggestion: String?)
        /// Not one of `Action`'s values.
        case unknownAction(String, suggestion: String?)
        /// Not one of `Mode`'s values.
        case unknownMode(String, suggestion: String?)
        /// Not one of `Role`'s values.
        case unknownRole(String, suggestion: String?)
        /// Neither normal nor urgent.
        case unknownUrgency(String, suggestion: String?)
        /// A rule id that looks like a misspelt required one.
        case unknownRuleID(String, suggestion: String)
        /// One of `RuleID.required` is not defined.
        case missingRule(RuleID)
        /// Two rules share an id.
        case duplicateRule(RuleID, firstLine: Int?)
        /// Two rules claim the same category.
        case categoryCoveredTwice(Category, first: RuleID, second: RuleID)
        /// No rule claims a category.
        case categoryUncovered(Category)
        /// A rule that cannot be judged online (clause 1) is given categories or made judgeable.
        case unjudgeableWithCategories(RuleID)
        /// A `{name}` that `ReplyTemplate.Placeholder` does not know.
        case unknownPlaceholder(String, suggestion: String?)
        /// A template whose braces do not match.
        case malformedTemplate(String)
        /// A placeholder the policy has nothing to fill with (`{complaints_url}` without a complaints URL).
        case unavailablePlaceholder(String, missing: String)
        /// A public reply where none may be given.
        case publicReplyNotAllowed(RuleID, reason: PublicReplyBan)
        /// A public reply that would confirm someone is a patient, repeat something clinical or name staff.
        case publicReplyBreaksConfidence(RuleID, problems: String)
        /// Not a full web address.
        case invalidURL(String, key: String)
        /// Not a bare web domain.
        case invalidDomain(String)
        /// Not an e-mail address.
        case invalidEmail(String)
        /// Not a UK phone number.
        case invalidPhone(String)
        /// Not a positive whole number.
        case invalidNumber(String, key: String)
        /// Not a whole number of days in the range allowed for the setting (`key` is its full name, `retention.allowed_text_days`).
        case invalidDays(String, key: String, allowed: ClosedRange<Int>)
        /// The same person listed twice.
        case duplicateStaff(String)
        /// `staff_file` names a roster whose contents were not passed to the loader.
        case staffFileNotRead(String)
        /// A roster header column other than name, role, aliases.
        case unknownStaffColumn(String, suggestion: String?)
        /// The roster header lacks a required column.
        case missingStaffColumn(String)
        /// A problem in one line of the staff roster.
        case staffRow(String)
    }

    /// The kind of YAML value a key expects.
    public enum Shape: String, Sendable, Hashable {
        /// A scalar.
        case text
        /// A sequence.
        case list
        /// Keys and values.
        case mapping
        /// true or false.
        case bool
        /// A whole number.
        case number
        var phrase: String {
            switch self {
            case .text: "a piece of text"
            case .list: "a list"
            case .mapping: "a set of keys and values (a mapping)"
            case .bool: "true or false"
            case .number: "a whole number"
            }
        }
    }

    /// Why a rule may not reply in public.
    public enum PublicReplyBan: Sendable, Hashable {
        /// The item is hidden or deleted, so a public reply would dangle.
        case removed(Action)
        /// Complaints are never acknowledged in public.
        case complaint
        /// A public reply would expose a person at risk.
        case safeguarding
    }

    /// What went wrong.
    public var kind: Kind
    /// 1-based; nil when the mistake has no single place.
    public var line: Int?
    /// 1-based, counting Unicode scalars.
    public var column: Int?
    /// The file the position refers to, as the person typed it ("policy.yaml", "staff.csv").
    public var file: String?

    /// An error at a position.
    public init(_ kind: Kind, line: Int? = nil, column: Int? = nil, file: String? = nil) {
        self.kind = kind
        self.line = line
        self.column = column
        self.file = file
    }

    /// A category id that is not one of `Category`'s, with a suggestion when it is a near miss.
    public static func unknownCategory(_ value: String, line: Int?, column: Int?, file: String? = nil) -> PolicyError {
        PolicyError(.unknownCategory(value, suggestion: Suggestion.nearest(value, in: Category.allCases.map(\.rawValue))),
                    line: line, column: column, file: file)
    }

    /// True for mistakes in the staff roster CSV rather than the policy YAML.
    public var isInStaffRoster: Bool {
        switch kind {
        case .unknownStaffColumn, .missingStaffColumn, .staffRow: true
        default: false
        }
    }

    /// "policy.yaml:12:7: " followed by the sentence.
    public var description: String {
        var place = ""
        switch (file, line, column) {
        case let (file?, line?, column?): place = "\(file):\(line):\(column): "
        case let (file?, line?, nil): place = "\(file):\(line): "
        case let (file?, nil, _): place = "\(file): "
        case let (nil, line?, column?): place = "line \(line), column \(column): "
        case let (nil, line?, nil): place = "line \(line): "
        case (nil, nil, _): place = ""
        }
        return place + message
    }

    /// The sentence alone, without the position.
    public var message: String {
        switch kind {
        case let .syntax(problem):
            return "The file is not valid YAML (\(problem)). Check the indentation and quotes at this point."
        case .emptyPolicy:
            return "The policy is empty. Start from `decorum policy show` and edit the copy."
        case let .unknownKey(key, suggestion, allowed):
            return "\(quoted(key)) is not a setting here.\(didYouMean(suggestion)) Settings here are: \(allowed.joined(separator: ", "))."
        case let .missingKey(key, context):
            return "\(context.prefix(1).uppercased() + context.dropFirst()) needs \(quoted(key)). Add it."
        case let .wrongType(key, expected):
            return "\(quoted(key)) should be \(expected.phrase)."
        case let .unknownCategory(value, suggestion):
            return "\(quoted(value)) is not a category.\(didYouMean(suggestion)) Categories are: \(list(Category.allCases.map(\.rawValue)))."
        case let .unknownAction(value, suggestion):
            return "\(quoted(value)) is not an action.\(didYouMean(suggestion)) Actions are: \(list(Action.allCases.map(\.rawValue)))."
        case let .unknownMode(value, suggestion):
            return "\(quoted(value)) is not a mode.\(didYouMean(suggestion)) Modes are: \(list(Mode.allCases.map(\.rawValue)))."
        case let .unknownRole(value, suggestion):
            return "\(quoted(value)) is not a role.\(didYouMean(suggestion)) Roles are: \(list(Role.allCases.map(\.rawValue)))."
        case let .unknownUrgency(value, suggestion):
            return "\(quoted(value)) is not an urgency.\(didYouMean(suggestion)) Urgencies are: \(list(Escalation.Urgency.allCases.map(\.rawValue)))."
        case let .unknownRuleID(value, suggestion):
            return "\(quoted(value)) is not a rule id. Did you mean \(quoted(suggestion))? Rule ids are: \(list(RuleID.required.map(\.rawValue)))."
        case let .missingRule(id):
            return "There is no rule with id \(quoted(id.rawValue)). Every policy needs rules \(list(RuleID.required.map(\.rawValue))); add it."
        case let .duplicateRule(id, firstLine):
            let first = firstLine.map { " (first on line \($0))" } ?? ""
            return "Rule \(quoted(id.rawValue)) is defined twice\(first). Keep one and delete the other."
        case let .categoryCoveredTwice(category, first, second):
            return "Category \(quoted(category.rawValue)) is in rule \(quoted(first.rawValue)) and again in rule \(quoted(second.rawValue)). A category belongs to one rule: remove it from one of them."
        case let .categoryUncovered(category):
            return "No rule covers category \(quoted(category.rawValue)) (\(category.phrase)). Add it to the categories of one rule."
        case let .unjudgeableWithCategories(id):
            return "Rule \(quoted(id.rawValue)) cannot be judged from a post, so it must have judgeable: false and no categories. Move its categories to another rule."
        case let .unknownPlaceholder(name, suggestion):
            return "{\(name)} is not a placeholder.\(didYouMean(suggestion.map { "{\($0)}" }, quote: false)) Placeholders are: \(ReplyTemplate.Placeholder.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")). Write {{ for a literal brace."
        case let .malformedTemplate(problem):
            return "This reply has \(problem). Close every { with }, or write {{ for a literal brace."
        case let .unavailablePlaceholder(name, missing):
            return "This reply uses {\(name)} but the policy has no \(missing). Add it, or take the placeholder out."
        case let .publicReplyNotAllowed(id, reason):
            let why = switch reason {
            case let .removed(action): "its action is \(action.rawValue), so there is nothing left in public to reply to"
            case .complaint: "complaints made on social media are never acknowledged in public"
            case .safeguarding: "a public reply would draw attention to a person who may be at risk"
            }
            return "Rule \(quoted(id.rawValue)) cannot have a public reply: \(why). Use a private reply instead."
        case let .publicReplyBreaksConfidence(id, problems):
            return "The public reply of rule \(quoted(id.rawValue)) would break a confidence: \(problems). Reword it so it confirms nothing about anyone's care."
        case let .invalidURL(value, key):
            return "\(quoted(value)) is not a web address for \(quoted(key)). Write it in full, like https://www.nhs.uk/…"
        case let .invalidDomain(value):
            return "\(quoted(value)) is not a web domain. Write just the domain, like nhs.uk."
        case let .invalidEmail(value):
            return "\(quoted(value)) is not an e-mail address. Write it like reception@nhs.net."
        case let .invalidPhone(value):
            return "\(quoted(value)) is not a UK phone number. Write it with its area code, like 01509 412232."
        case let .invalidNumber(value, key):
            return "\(quoted(value)) is not a whole number for \(quoted(key))."
        case let .invalidDays(value, key, allowed):
            return "\(quoted(value)) cannot be \(quoted(key)): give a whole number of days from \(allowed.lowerBound) to \(allowed.upperBound)."
        case let .duplicateStaff(name):
            return "\(quoted(name)) is on the staff list twice. Keep one entry and put every name they go by in its aliases."
        case let .staffFileNotRead(path):
            return "The policy names the staff file \(quoted(path)) but it was not read. Check that the file exists and can be opened."
        case let .unknownStaffColumn(column, suggestion):
            return "\(quoted(column)) is not a staff roster column.\(didYouMean(suggestion)) The first line must be: name,role,aliases."
        case let .missingStaffColumn(column):
            return "The staff roster has no \(quoted(column)) column. The first line must be: name,role,aliases."
        case let .staffRow(problem):
            return problem
        }
    }
}

/// Every mistake found in a policy, sorted by position; thrown so that a broken policy never half-loads.
public struct PolicyErrors: Error, Sendable, Hashable, CustomStringConvertible {
    /// Policy YAML first, then the staff roster; each by line and column.
    public let errors: [PolicyError]

    /// Sorts the errors by position.
    public init(_ errors: [PolicyError]) {
        self.errors = errors.enumerated().sorted { a, b in
            let ka = (a.element.isInStaffRoster ? 1 : 0, a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let kb = (b.element.isInStaffRoster ? 1 : 0, b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
    }

    /// One error per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

private func quoted(_ value: String) -> String { "\"\(value)\"" }

private func list(_ values: [String]) -> String { values.joined(separator: ", ") }

private func didYouMean(_ suggestion: String?, quote: Bool = true) -> String {
    guard let suggestion else { return "" }
    return " Did you mean \(quote ? quoted(suggestion) : suggestion)?"
}
