import DecorumCore
import Foundation
import Testing
@testable import DecorumServer

@Suite("Editing the policy in the dashboard")
struct PolicyEditorTests {
    @Test("a rule's action, mode and replies change; the saved YAML loads back to the same policy, with a version of its own")
    func edits() throws {
        let editor = PolicyEditor(current: .builtIn)
        let abusive = try #require(Policy.builtIn.rule(for: .abusive))
        let form = [
            "\(abusive.id).action": "hide", "\(abusive.id).mode": "approve",
            "\(abusive.id).private_reply": "Hello from {practice_name}.\r\nWe have hidden your comment (clause {clause_number}).",
            "staff": "name,role,aliases\nDr Sarah Whitfield,GP partner,Dr Whitfield;Dr W\n",
        ]
        let edited = try editor.apply(form, nextVersionNumber: 7).get()
        let rule = try #require(edited.policy.rule(id: abusive.id))
        #expect(rule.action == .hide)
        #expect(rule.mode == .approve)
        #expect(rule.replies.privateReply == "Hello from {practice_name}.\nWe have hidden your comment (clause {clause_number}).")
        #expect(edited.policy.staff.map(\.name) == ["Dr Sarah Whitfield"])
        #expect(edited.policy.version == "\(Policy.builtIn.version)-v7")
        let reloaded = try PolicyLoader.load(yaml: edited.yaml, staffCSV: edited.staffCSV)
        #expect(reloaded == edited.policy)
        // The engine judges with it.
        #expect(Moderator(policy: reloaded).judge(Item(id: ItemID("x"), text: "Dr Whitfield was lovely")).categories.map(\.category).contains(.staffIdentification))
    }

    @Test("every mistake is reported at once, by field, and nothing is saved", arguments: [
        (["%RULE%.action": "hid"], "%RULE%.action"),
        (["%RULE%.mode": "sometimes"], "%RULE%.mode"),
        (["%RULE%.private_reply": "See {complaints_link} for how to complain"], "%RULE%.private_reply"),
        (["staff": "name,role\nDr Sarah Whitfield\n"], "staff"),
    ])
    func refused(form: [String: String], field: String) throws {
        let rule = try #require(Policy.builtIn.rule(for: .abusive)).id.rawValue
        let editor = PolicyEditor(current: .builtIn)
        let filled = Dictionary(uniqueKeysWithValues: form.map { ($0.key.replacingOccurrences(of: "%RULE%", with: rule), $0.value) })
        switch editor.apply(filled, nextVersionNumber: 2) {
        case .success: Issue.record("a broken edit was accepted: \(filled)")
        case .failure(let problems):
            #expect(problems.problems.contains { $0.field == field.replacingOccurrences(of: "%RULE%", with: rule) }, "\(problems)")
            #expect(problems.problems.allSatisfy { !$0.message.isEmpty })
        }
    }

    @Test("a whole policy pasted as YAML is checked as a file is, with line numbers")
    func yaml() {
        switch PolicyEditor.loadYAML("version: x\npractice:\n  name: Q\nrules: nope\n", staffCSV: "") {
        case .success: Issue.record("broken YAML was accepted")
        case .failure(let problems): #expect(problems.problems.contains { $0.message.contains(":") })
        }
        #expect((try? PolicyEditor.loadYAML(renderYAML(.builtIn), staffCSV: "").get()) != nil)
    }

    @Test("the roster round-trips through its CSV, quoting what needs quoting")
    func roster() throws {
        let staff = [StaffMember(name: "Dr Helen Marsh", role: "salaried GP", aliases: ["Dr Marsh", "Helen"]),
                     StaffMember(name: "Nurse \"Beth\" Oduya", role: "practice nurse, Tuesdays", aliases: [])]
        let csv = StaffCSV.render(staff)
        #expect(try StaffRoster.parse(csv: csv) == staff)
    }
}
