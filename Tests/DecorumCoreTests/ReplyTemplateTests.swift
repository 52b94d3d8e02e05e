import Testing
@testable import DecorumCore

@Suite("Reply templates")
struct ReplyTemplateTests {
    static let practice = Policy.builtIn.practice
    static let reviewRule = Policy.builtIn.rule(id: "7")!

    @Test("each placeholder is filled from the practice or the rule", arguments: [
        ("{reviews_url}", "https://www.nhs.uk/services/gp-surgery/quorn-medical-centre/C82034/ratings-and-reviews"),
        ("{complaints_url}", "https://quornmedical.nhs.uk/complaints"),
        ("{complaints}", "https://quornmedical.nhs.uk/complaints"),
        ("{practice_name}", "Quorn Medical Centre"),
        ("Call {practice_phone}.", "Call 01509 412232."),
        ("clause {clause_number}: {rule_title}", "clause 7: Reviews"),
        ("{ practice_name }", "Quorn Medical Centre"),
    ])
    func fills(template: String, expected: String) throws {
        #expect(try ReplyTemplate(template).render(rule: Self.reviewRule, practice: Self.practice) == expected)
    }

    @Test("{clause} is the clause as patients read it")
    func clause() throws {
        let text = try ReplyTemplate("\"{clause}\"").render(rule: Self.reviewRule, practice: Self.practice)
        #expect(text == "\"\(Self.reviewRule.clause)\"")
    }

    @Test("{complaints} falls back to the text when there is no complaints URL")
    func complaintsText() throws {
        var practice = Self.practice
        practice.complaintsURL = nil
        practice.complaintsText = "Ask at reception."
        #expect(try ReplyTemplate("{complaints}").render(rule: Self.reviewRule, practice: practice) == "Ask at reception.")
    }

    @Test("doubled braces are literal braces", arguments: [
        ("{{practice_name}}", "{practice_name}"), ("a {{ b", "a { b"), ("a }} b", "a } b"), ("a } b", "a } b"),
        ("{{{practice_name}}}", "{Quorn Medical Centre}"),
    ])
    func escapes(template: String, expected: String) throws {
        #expect(try ReplyTemplate(template).render(rule: Self.reviewRule, practice: Self.practice) == expected)
    }

    @Test("an unknown placeholder is an error, with a suggestion for a near miss", arguments: [
        ("See {review_url}", "review_url", "reviews_url" as String?),
        ("{practice_number}", "practice_number", "practice_name"),
        ("Dear {first_name}", "first_name", nil),
        ("{PRACTICE_NAME}", "PRACTICE_NAME", "practice_name"),
    ])
    func unknown(template: String, name: String, suggestion: String?) {
        #expect(throws: PolicyError(.unknownPlaceholder(name, suggestion: suggestion))) { try ReplyTemplate(template) }
    }

    @Test("a brace that is never closed is an error", arguments: ["Call {practice_phone", "{practice_name\n}", "{ {reviews_url}"])
    func unclosed(template: String) {
        #expect(throws: PolicyError(.malformedTemplate("a { that is never closed"))) { try ReplyTemplate(template) }
    }

    @Test("a text with no placeholders is left exactly as it is")
    func plain() throws {
        let text = "Thank you — we’ll be in touch. 😀"
        #expect(try ReplyTemplate(text).render(rule: Self.reviewRule, practice: Self.practice) == text)
        #expect(try ReplyTemplate(text).placeholders.isEmpty)
    }

    @Test("a rule's rendered reply has no placeholders left")
    func renderedRule() throws {
        let rule = try #require(Policy.builtIn.rule(id: "complaints"))
        let reply = try #require(rule.renderedPrivateReply(practice: Self.practice))
        #expect(reply.hasSuffix("https://quornmedical.nhs.uk/complaints"))
        #expect(rule.renderedPublicReply(practice: Self.practice) == nil)
    }
}
