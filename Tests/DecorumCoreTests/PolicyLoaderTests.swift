import Foundation
import Testing
@testable import DecorumCore

/// The text of a fixture under Tests/DecorumCoreTests/Fixtures.
func fixture(_ path: String) throws -> String {
    let url = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/\(path)"))
    return try String(contentsOf: url, encoding: .utf8)
}

/// The errors a YAML text fails with; an empty list when it loads.
func loadErrors(_ yaml: String, staffCSV: String? = nil, file: String? = nil) -> [PolicyError] {
    do {
        _ = try PolicyLoader.load(yaml: yaml, staffCSV: staffCSV, file: file)
        return []
    } catch {
        return error.errors
    }
}

/// The built-in policy's YAML with one piece of text replaced.
func builtInYAML(replacing old: String, with new: String) throws -> String {
    let yaml = Policy.builtInYAML
    try #require(yaml.contains(old), "the built-in policy no longer contains \(old)")
    return yaml.replacingOccurrences(of: old, with: new)
}

@Suite("Policy loader")
struct PolicyLoaderTests {
    @Test("the built-in policy loads with no errors")
    func builtInLoads() throws {
        #expect(loadErrors(Policy.builtInYAML).isEmpty)
        let policy = Policy.builtIn
        #expect(policy.version == "quorn-2026.1")
        #expect(policy.practice.name == "Quorn Medical Centre")
        #expect(policy.practice.reviewsURL == "https://www.nhs.uk/services/gp-surgery/quorn-medical-centre/C82034/ratings-and-reviews")
        #expect(policy.practice.complaintsURL == "https://quornmedical.nhs.uk/complaints")
        #expect(policy.practice.complaintsText != nil)
        #expect(policy.practice.phones == ["01509 412232"])
        #expect(policy.practice.emails == ["quorn.reception@nhs.net"])
        #expect(policy.practice.addresses == ["Station Road, Quorn, Loughborough LE12 8BP"])
        #expect(policy.practice.websites == ["quornmedical.nhs.uk"])
        #expect(Set(policy.practice.contacts.keys) == [.practiceManager, .safeguardingLead, .informationGovernanceLead])
        #expect(policy.allowedDomains == ["nhs.uk", "nhs.net", "gov.uk", "quornmedical.nhs.uk"])
        for id in RuleID.required { #expect(policy.rule(id: id) != nil, "rule \(id)") }
    }

    @Test("every category is covered by exactly one rule of the built-in policy", arguments: Category.allCases)
    func everyCategoryCovered(category: Category) {
        let rules = Policy.builtIn.rules.filter { $0.judgeable && $0.categories.contains(category) }
        #expect(rules.count == 1)
    }

    @Test("the built-in policy does what the practice's guidance says", arguments: [
        ("2", Action.hide, Mode.auto), ("3", .hide, .approve), ("4", .delete, .auto), ("5", .hide, .approve),
        ("6", .hide, .auto), ("7", .allow, .auto), ("8", .hide, .approve), ("complaints", .allow, .auto),
        ("safeguarding", .review, .auto), ("confidentiality", .hide, .auto), ("misinformation", .hide, .approve),
    ] as [(RuleID, Action, Mode)])
    func builtInActions(id: RuleID, action: Action, mode: Mode) throws {
        let rule = try #require(Policy.builtIn.rule(id: id))
        #expect(rule.action == action)
        #expect(rule.mode == mode)
    }

    @Test("clause 1 cannot be judged from a post")
    func clauseOneUnjudgeable() throws {
        let rule = try #require(Policy.builtIn.rule(id: "1"))
        #expect(!rule.judgeable)
        #expect(rule.categories.isEmpty)
        #expect(rule.note == "Cannot be judged from a post: it is about behaviour in the surgery.")
    }

    @Test("misinformation is clause 4 but hidden for a moderator rather than deleted")
    func misinformationSplit() throws {
        let rule = try #require(Policy.builtIn.rule(for: .misinformation))
        #expect(rule.clauseNumber == 4)
        #expect(rule.clause == Policy.builtIn.rule(id: "4")?.clause)
        #expect(Policy.builtIn.rule(for: .abusive)?.id == "4")
        #expect(Policy.builtIn.rule(for: .fraud)?.id == "4")
    }

    @Test("every clause of the built-in policy is worded exactly as in the practice's guidance")
    func clausesVerbatim() throws {
        let guidance = try fixture("patient-social-media-guidance.txt")
        let sentences = guidance.split(whereSeparator: \.isNewline).map { line in
            // Drop the "4. " numbering; the complaints section is three lines joined by spaces.
            line.drop { $0.isNumber }.drop { $0 == "." || $0 == " " }
        }.joined(separator: " ")
        for rule in Policy.builtIn.rules {
            #expect(sentences.contains(rule.clause), "rule \(rule.id)")
        }
    }

    @Test("escalations go to the right people with the right urgency", arguments: [
        ("2", Role.informationGovernanceLead, Escalation.Urgency.normal), ("3", .practiceManager, .normal),
        ("4", .practiceManager, .normal), ("8", .practiceManager, .urgent), ("complaints", .practiceManager, .normal),
        ("safeguarding", .safeguardingLead, .urgent),
    ] as [(RuleID, Role, Escalation.Urgency)])
    func escalations(id: RuleID, role: Role, urgency: Escalation.Urgency) throws {
        let rule = try #require(Policy.builtIn.rule(id: id))
        #expect(rule.escalations.map(\.role) == [role])
        #expect(rule.escalations.map(\.urgency) == [urgency])
    }

    @Test("public replies only on reviews; complaints and safeguarding are answered in private")
    func publicReplies() throws {
        let policy = Policy.builtIn
        #expect(policy.rules.filter { $0.replies.publicReply != nil }.map(\.id) == ["7"])
        let review = try #require(policy.rule(id: "7")?.renderedPublicReply(practice: policy.practice))
        #expect(review.contains(policy.practice.reviewsURL))
        let complaint = try #require(policy.rule(id: "complaints")?.renderedPrivateReply(practice: policy.practice))
        #expect(complaint.contains("https://quornmedical.nhs.uk/complaints"))
        #expect(complaint.contains("delete"))
        let safeguarding = try #require(policy.rule(id: "safeguarding")?.renderedPrivateReply(practice: policy.practice))
        for signpost in ["999", "NHS 111", "116 123", "Samaritans"] { #expect(safeguarding.contains(signpost)) }
    }

    @Test("no built-in reply says the author is a patient or mentions treatment")
    func repliesDiscreet() {
        let policy = Policy.builtIn
        for rule in policy.rules {
            for reply in [rule.renderedPrivateReply(practice: policy.practice), rule.renderedPublicReply(practice: policy.practice)].compactMap({ $0 }) {
                let lower = reply.lowercased()
                for phrase in ["your appointment", "your doctor", "your gp", "your treatment", "your medication", "as our patient", "your records", "{", "}"] {
                    #expect(!lower.contains(phrase), "rule \(rule.id): \(phrase)")
                }
            }
        }
    }

    @Test("a policy with three different mistakes reports all three, each at its line and column")
    func threeMistakes() throws {
        let errors = loadErrors(try fixture("policies/three-mistakes.yaml"), file: "three-mistakes.yaml")
        #expect(errors.map(\.kind) == [
            .unknownMode("aprove", suggestion: "approve"),
            .unknownKey("acton", suggestion: "action", allowed: PolicyLoader.Keys.rule),
            .unknownCategory("staf_identification", suggestion: "staff_identification"),
        ])
        #expect(errors.map(\.line) == [94, 146, 158])
        #expect(errors.map(\.column) == [11, 5, 18])
        #expect(errors[2] == PolicyError.unknownCategory("staf_identification", line: 158, column: 18, file: "three-mistakes.yaml"))
        #expect(errors[2].description.hasPrefix(
            #"three-mistakes.yaml:158:18: "staf_identification" is not a category. Did you mean "staff_identification"? Categories are: third_party_pii, own_pii,"#))
    }

    @Test("the errors print one per line, in order")
    func errorsPrintOnePerLine() throws {
        let yaml = try fixture("policies/three-mistakes.yaml")
        do {
            _ = try PolicyLoader.load(yaml: yaml, file: "policy.yaml")
            Issue.record("a broken policy loaded")
        } catch {
            let lines = error.description.split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines.map { $0.prefix(15) } == ["policy.yaml:94:", "policy.yaml:146", "policy.yaml:158"])
        }
    }

    @Test("a YAML syntax error is reported at Yams' line and column")
    func syntaxError() throws {
        let errors = loadErrors(try fixture("policies/syntax-error.yaml"), file: "policy.yaml")
        try #require(errors.count == 1)
        guard case let .syntax(problem) = errors[0].kind else {
            Issue.record("not a syntax error: \(errors[0])")
            return
        }
        #expect(!problem.isEmpty)
        #expect(errors[0].line == 5)
        #expect(errors[0].column != nil)
        #expect(errors[0].description.hasPrefix("policy.yaml:5:"))
    }

    @Test("each kind of mistake in the built-in policy is caught", arguments: [
        ("categories: [review]", "categories: [review, complaint]", PolicyError.Kind.categoryCoveredTwice(.complaint, first: "7", second: "complaints")),
        ("categories: [review]", "categories: [review, complaint]", .publicReplyNotAllowed("7", reason: .complaint)),
        ("categories: [own_pii]", "categories: []", .categoryUncovered(.ownPII)),
        ("categories: [own_pii]", "categories: []", .missingKey("categories", in: "rule \"confidentiality\"")),
        ("id: confidentiality", "id: privacy", .missingRule("confidentiality")),
        ("id: complaints", "id: complaint", .unknownRuleID("complaint", suggestion: "complaints")),
        ("judgeable: false", "judgeable: false\n    categories: [abusive]", .unjudgeableWithCategories("1")),
        ("judgeable: false", "judgeable: perhaps", .wrongType("judgeable", expected: .bool)),
        ("action: delete", "action: delet", .unknownAction("delet", suggestion: "delete")),
        ("role: safeguarding_lead", "role: safeguard_lead", .unknownRole("safeguard_lead", suggestion: "safeguarding_lead")),
        ("urgency: urgent", "urgency: asap", .unknownUrgency("asap", suggestion: nil)),
        ("{reviews_url}", "{review_url}", .unknownPlaceholder("review_url", suggestion: "reviews_url")),
        ("{reviews_url}", "{reviews_url", .malformedTemplate("a { that is never closed")),
        ("    replies:\n      private: >-\n        Hello, we have hidden your comment on the",
         "    replies:\n      public: Thank you.\n      private: >-\n        Hello, we have hidden your comment on the",
         .publicReplyNotAllowed("2", reason: .removed(.hide))),
        ("    replies:\n      private: >-\n        Hello, thank you for getting in touch",
         "    replies:\n      public: Please use our Complaints Procedure.\n      private: >-\n        Hello, thank you for getting in touch",
         .publicReplyNotAllowed("complaints", reason: .complaint)),
        ("Thank you for taking the time to share your feedback.", "Thank you, we are glad your appointment with Dr Whitfield went well.",
         .publicReplyBreaksConfidence("7", problems: "it would tell everyone that the person is a patient (\"your appointment\"); it names a member of staff (\"Dr Whitfield\")")),
        ("url: https://quornmedical.nhs.uk/complaints", "url: quornmedical nhs complaints", .invalidURL("quornmedical nhs complaints", key: "complaints url")),
        ("- 01509 412232", "- 01509 4122", .invalidPhone("01509 4122")),
        ("- quorn.reception@nhs.net", "- quorn.reception", .invalidEmail("quorn.reception")),
        ("- gov.uk", "- gov uk", .invalidDomain("gov uk")),
        ("version: quorn-2026.1", "versoin: quorn-2026.1", .unknownKey("versoin", suggestion: "version", allowed: PolicyLoader.Keys.top)),
        ("    title: Reviews\n", "    title: Reviews\n    clause_number: four\n", .invalidNumber("four", key: "clause_number")),
        ("practice_manager:\n      name: Practice Manager", "practise_manager:\n      name: Practice Manager",
         .unknownRole("practise_manager", suggestion: "practice_manager")),
    ])
    func mistakes(old: String, new: String, expected: PolicyError.Kind) throws {
        let errors = loadErrors(try builtInYAML(replacing: old, with: new))
        #expect(errors.contains { $0.kind == expected }, "got \(errors)")
        #expect(errors.allSatisfy { $0.line != nil }, "every error has a place: \(errors)")
    }

    @Test("a misspelt key is reported once, not again as a missing key")
    func noCascade() throws {
        let errors = loadErrors(try builtInYAML(replacing: "version: quorn-2026.1", with: "versoin: quorn-2026.1"))
        #expect(errors.count == 1)
        let renamed = loadErrors(try builtInYAML(replacing: "id: complaints", with: "id: complaint"))
        #expect(renamed.count == 1)
    }

    @Test("a rule defined twice is reported at the second one, naming the first")
    func duplicateRule() throws {
        let errors = loadErrors(try builtInYAML(replacing: "id: \"5\"", with: "id: \"3\""))
        let duplicate = try #require(errors.first { if case .duplicateRule = $0.kind { true } else { false } })
        guard case let .duplicateRule(id, firstLine) = duplicate.kind else { return }
        #expect(id == "3")
        #expect(try #require(firstLine) < duplicate.line!)
        #expect(errors.contains { $0.kind == .missingRule("5") })
    }

    @Test("a placeholder the policy cannot fill is an error")
    func unavailablePlaceholder() throws {
        let errors = loadErrors(try builtInYAML(replacing: "  phones:\n    - 01509 412232\n", with: ""))
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { if case .unavailablePlaceholder("practice_phone", _) = $0.kind { true } else { false } })
        let noNumber = loadErrors(try builtInYAML(replacing: "to listen, day or night, on 116 123.", with: "to listen on 116 123 (clause {clause_number})."))
        #expect(noNumber.count == 1)
        #expect(noNumber.first.map { if case .unavailablePlaceholder("clause_number", _) = $0.kind { true } else { false } } == true)
    }

    @Test("an empty file is an error, not an empty policy")
    func empty() {
        #expect(loadErrors("").map(\.kind) == [.emptyPolicy])
        #expect(loadErrors("# nothing but a comment\n").map(\.kind) == [.emptyPolicy])
    }

    @Test("a policy that is a list rather than settings says so")
    func notAMapping() {
        let errors = loadErrors("- version: 1\n")
        #expect(errors.map(\.kind) == [.wrongType("policy", expected: .mapping)])
        #expect(errors.first?.line == 1)
    }

    @Test("staff may be listed in the policy itself")
    func inlineStaff() throws {
        let yaml = try builtInYAML(replacing: "\nrules:\n", with: """

            staff:
              - name: Dr Sarah Whitfield
                role: GP partner
                aliases: [Dr Whitfield, Dr W]
              - name: Karen Doyle
                role: practice manager

            rules:

            """)
        let policy = try PolicyLoader.load(yaml: yaml)
        #expect(policy.staff == [
            StaffMember(name: "Dr Sarah Whitfield", role: "GP partner", aliases: ["Dr Whitfield", "Dr W"]),
            StaffMember(name: "Karen Doyle", role: "practice manager"),
        ])
    }

    @Test("staff_file names the roster; the caller reads it and passes its contents")
    func staffFile() throws {
        let yaml = try builtInYAML(replacing: "\nrules:\n", with: "\nstaff_file: staff.csv\n\nrules:\n")
        #expect(PolicyLoader.staffFile(inYAML: yaml) == "staff.csv")
        #expect(PolicyLoader.staffFile(inYAML: Policy.builtInYAML) == nil)
        #expect(loadErrors(yaml).map(\.kind) == [.staffFileNotRead("staff.csv")])
        let policy = try PolicyLoader.load(yaml: yaml, staffCSV: "name,role,aliases\nKaren Doyle,practice manager,Karen\n")
        #expect(policy.staff == [StaffMember(name: "Karen Doyle", role: "practice manager", aliases: ["Karen"])])
    }

    @Test("a mistake in the roster is reported against the roster file, after the policy's own")
    func rosterErrorsNamed() throws {
        let yaml = try builtInYAML(replacing: "\nrules:\n", with: "\nstaff_file: team.csv\n\nrules:\n")
            .replacingOccurrences(of: "action: delete", with: "action: delet")
        let errors = loadErrors(yaml, staffCSV: "name,role\nKaren Doyle,\n", file: "policy.yaml")
        #expect(errors.count == 2)
        #expect(errors.last?.description.hasPrefix("team.csv:2: Line 2 has no role") == true)
        #expect(errors.first?.description.hasPrefix("policy.yaml:") == true)
    }

    @Test("the same person twice across the policy and the roster is an error")
    func duplicateStaff() throws {
        let yaml = try builtInYAML(replacing: "\nrules:\n", with: "\nstaff:\n  - {name: Karen Doyle, role: practice manager}\n\nrules:\n")
        #expect(loadErrors(yaml, staffCSV: "name,role\nKaren Doyle,practice manager\n").map(\.kind) == [.duplicateStaff("Karen Doyle")])
    }

    @Test("the built-in policy written as YAML loads back to an equal policy")
    func roundTrip() throws {
        let yaml = renderYAML(Policy.builtIn)
        #expect(loadErrors(yaml).isEmpty)
        #expect(try PolicyLoader.load(yaml: yaml) == Policy.builtIn)
    }

    @Test("awkward text survives the round trip: quotes, colons, hashes, line breaks, yes and no")
    func roundTripAwkward() throws {
        var policy = Policy.builtIn
        policy.version = "2026.10"
        policy.practice.name = "St Mary's: \"The\" Surgery #1"
        policy.practice.pageNames = ["- dash", "yes", "null", "[brackets]", "tab\there", "ümlaut 😀"]
        policy.practice.complaintsText = "First line.\nSecond line: with a colon.\n"
        policy.practice.contacts[.moderator] = Contact()
        policy.staff = [
            StaffMember(name: "Dr Siobhan O'Neill", role: "GP, partner", aliases: ["Dr O'N", "no", "a, b", "#hash"]),
            StaffMember(name: "1234", role: "true"),
        ]
        let long = String(repeating: "A clause that goes on and on, with a comma: and a colon. ", count: 6) + "End."
        policy.rules[1].clause = long
        policy.rules[1].note = "Two  spaces and a trailing space "
        policy.rules[1].replies.privateReply = "Hello {{not a placeholder}} from {practice_name}\n\n  indented second paragraph"
        policy.rules[2].escalations = [Escalation(role: .moderator, urgency: .urgent, note: "Call: now # please")]
        let yaml = renderYAML(policy)
        let loaded = try PolicyLoader.load(yaml: yaml)
        #expect(loaded == policy, "\(yaml)")
    }

    @Test("the summary goes clause by clause and says clause 1 cannot be judged online")
    func summary() {
        let summary = renderSummary(Policy.builtIn)
        #expect(summary.contains("Clause 1: Portable devices in the surgery"))
        #expect(summary.contains("Not judged online. Cannot be judged from a post"))
        #expect(summary.contains("Clause 4 (misinformation): Inaccurate health information"))
        #expect(summary.contains("Complaints: Complaints on social media"))
        #expect(summary.contains("Tells: practice manager, urgently: Legal advice may be sought."))
        #expect(summary.contains("delete it and report the post, at once"))
        #expect(!summary.contains("{reviews_url}"))
        let clauseLines = summary.split(separator: "\n").filter { $0.hasPrefix("Clause ") }
        #expect(clauseLines.count == 9)
    }
}

@Suite("Retention settings in the policy")
struct RetentionPolicyTests {
    @Test("without a retention section the defaults apply: 90 days for allowed items, 400 for actioned")
    func defaults() throws {
        let yaml = try #require(Policy.builtInYAML.components(separatedBy: "\n# How long Decorum keeps").first)
        #expect(!yaml.contains("retention:"))
        #expect(try PolicyLoader.load(yaml: yaml).retention == Retention(allowedTextDays: 90, actionedTextDays: 400))
        #expect(Policy.builtIn.retention == Retention())
    }

    @Test("periods set in the policy are read, and written back by renderYAML")
    func read() throws {
        let yaml = try builtInYAML(replacing: "allowed_text_days: 90", with: "allowed_text_days: 30")
            .replacingOccurrences(of: "actioned_text_days: 400", with: "actioned_text_days: 730")
        let policy = try PolicyLoader.load(yaml: yaml)
        #expect(policy.retention == Retention(allowedTextDays: 30, actionedTextDays: 730))
        #expect(try PolicyLoader.load(yaml: renderYAML(policy)) == policy)
        #expect(renderSummary(policy).contains("kept 30 days, of items acted on 730 days"))
    }

    @Test("a period that is not a whole number of days from 1 to 3650 is an error naming the setting", arguments: [
        ("allowed_text_days: 90", "allowed_text_days: 0", "\"0\" cannot be \"retention.allowed_text_days\""),
        ("allowed_text_days: 90", "allowed_text_days: ninety", "\"ninety\" cannot be \"retention.allowed_text_days\""),
        ("actioned_text_days: 400", "actioned_text_days: 4000", "\"4000\" cannot be \"retention.actioned_text_days\""),
        ("actioned_text_days: 400", "actioned_text_days: 1.5", "\"1.5\" cannot be \"retention.actioned_text_days\""),
    ])
    func invalid(old: String, new: String, message: String) throws {
        let errors = loadErrors(try builtInYAML(replacing: old, with: new), file: "policy.yaml")
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.description.contains(message))
        #expect(error.description.contains("give a whole number of days from 1 to 3650"))
        #expect(error.description.hasPrefix("policy.yaml:"))
        #expect(error.line != nil)
    }

    @Test("a misspelt retention setting is named with the right spelling")
    func misspelt() throws {
        let errors = loadErrors(try builtInYAML(replacing: "allowed_text_days: 90", with: "allowed_txt_days: 90"))
        #expect(errors.map(\.kind) == [.unknownKey("allowed_txt_days", suggestion: "allowed_text_days", allowed: ["allowed_text_days", "actioned_text_days"])])
    }
}
