/// A reply text with placeholders such as `{reviews_url}`, parsed once; `{{` is a literal `{`, `}}` a literal `}`.
public struct ReplyTemplate: Sendable, Hashable {
    /// What a template may ask for.
    public enum Placeholder: String, Sendable, Hashable, CaseIterable {
        /// The NHS website page for official reviews.
        case reviewsURL = "reviews_url"
        /// The Complaints Procedure's web address.
        case complaintsURL = "complaints_url"
        /// The complaints URL, or the complaints text when there is no URL.
        case complaints
        /// The practice's name.
        case practiceName = "practice_name"
        /// The practice's first phone number.
        case practicePhone = "practice_phone"
        /// The rule's clause as patients read it.
        case clause
        /// The clause's number, "4".
        case clauseNumber = "clause_number"
        /// The rule's title, "Reviews".
        case ruleTitle = "rule_title"
    }

    enum Segment: Sendable, Hashable {
        case text(String)
        case placeholder(Placeholder)
    }

    /// The text as written in the policy.
    public let source: String
    let segments: [Segment]

    /// Parses a template; throws its first mistake (without a position: the loader adds it).
    public init(_ source: String) throws(PolicyError) {
        let (segments, problems) = Self.parse(source)
        if let first = problems.first { throw PolicyError(first) }
        self.source = source
        self.segments = segments
    }

    init(source: String, segments: [Segment]) {
        self.source = source
        self.segments = segments
    }

    /// The placeholders used, in order.
    public var placeholders: [Placeholder] {
        segments.compactMap { if case let .placeholder(p) = $0 { p } else { nil } }
    }

    /// The text with every placeholder filled from the rule and the practice.
    public func render(rule: Rule, practice: Practice) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case let .text(text): out += text
            case let .placeholder(placeholder): out += Self.value(of: placeholder, rule: rule, practice: practice) ?? ""
            }
        }
        return out
    }

    /// Renders `text`, or returns it unchanged if it is not a valid template (a policy built in code, never loaded).
    public static func render(_ text: String, rule: Rule, practice: Practice) -> String {
        (try? ReplyTemplate(text))?.render(rule: rule, practice: practice) ?? text
    }

    /// Placeholders this template uses that the rule or practice cannot fill, with what is missing.
    func unavailable(rule: Rule?, practice: Practice?) -> [(Placeholder, missing: String)] {
        var out: [(Placeholder, missing: String)] = []
        for placeholder in placeholders where !out.contains(where: { $0.0 == placeholder }) {
            switch placeholder {
            case .complaintsURL where practice != nil && practice?.complaintsURL == nil:
                out.append((placeholder, "complaints url (practice → complaints → url)"))
            case .complaints where practice != nil && practice?.complaintsURL == nil && practice?.complaintsText == nil:
                out.append((placeholder, "complaints procedure (practice → complaints → url or text)"))
            case .practicePhone where practice?.phones.isEmpty == true:
                out.append((placeholder, "phone number (practice → phones)"))
            case .clauseNumber where rule != nil && rule?.clauseNumber == nil:
                out.append((placeholder, "clause number for this rule (clause_number)"))
            default:
                break
            }
        }
        return out
    }

    static func value(of placeholder: Placeholder, rule: Rule, practice: Practice) -> String? {
        switch placeholder {
        case .reviewsURL: practice.reviewsURL
        case .complaintsURL: practice.complaintsURL
        case .complaints: practice.complaintsURL ?? practice.complaintsText
        case .practiceName: practice.name
        case .practicePhone: practice.phones.first
        case .clause: rule.clause
        case .clauseNumber: rule.clauseNumber.map(String.init) ?? rule.id.rawValue
        case .ruleTitle: rule.title
        }
    }

    /// Splits a template into text and placeholders, collecting every mistake.
    static func parse(_ source: String) -> ([Segment], [PolicyError.Kind]) {
        var segments: [Segment] = []
        var problems: [PolicyError.Kind] = []
        var text = ""
        let scalars = Array(source.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "{" {
                if i + 1 < scalars.count, scalars[i + 1] == "{" {
                    text.unicodeScalars.append("{")
                    i += 2
                    continue
                }
                var j = i + 1
                while j < scalars.count, scalars[j] != "}", scalars[j] != "{", scalars[j] != "\n" { j += 1 }
                guard j < scalars.count, scalars[j] == "}" else {
                    problems.append(.malformedTemplate("a { that is never closed"))
                    text.unicodeScalars.append("{")
                    i += 1
                    continue
                }
                var name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                while name.hasPrefix(" ") { name.removeFirst() }
                while name.hasSuffix(" ") { name.removeLast() }
                if let placeholder = Placeholder(rawValue: name) {
                    if !text.isEmpty { segments.append(.text(text)) }
                    text = ""
                    segments.append(.placeholder(placeholder))
                } else {
                    let suggestion = Suggestion.nearest(name, in: Placeholder.allCases.map(\.rawValue))
                    problems.append(.unknownPlaceholder(name, suggestion: suggestion))
                }
                i = j + 1
            } else if c == "}" {
                text.unicodeScalars.append("}")
                i += (i + 1 < scalars.count && scalars[i + 1] == "}") ? 2 : 1
            } else {
                text.unicodeScalars.append(c)
                i += 1
            }
        }
        if !text.isEmpty { segments.append(.text(text)) }
        return (segments, problems)
    }
}

extension Rule {
    /// The private reply with its placeholders filled, if the rule has one.
    public func renderedPrivateReply(practice: Practice) -> String? {
        replies.privateReply.map { ReplyTemplate.render($0, rule: self, practice: practice) }
    }

    /// The public reply with its placeholders filled, if the rule has one.
    public func renderedPublicReply(practice: Practice) -> String? {
        replies.publicReply.map { ReplyTemplate.render($0, rule: self, practice: practice) }
    }
}
