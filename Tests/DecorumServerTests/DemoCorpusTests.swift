import DecorumCore
import DecorumServer
import Foundation
import Testing

/// The demo stream shows what it claims: every comment judged by the real engine (the built-in policy
/// with the example staff roster) is found to break the clauses it is labelled with, a clean one is
/// flagged with nothing, and the stream as a whole shows every category and every kind of action.
@Suite("Demo corpus")
struct DemoCorpusTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built-in policy with `examples/staff.csv`, as `decorum serve --demo` would run it.
    static let policy: Policy = {
        var policy = Policy.builtIn
        let csv = try! String(contentsOf: repository.appendingPathComponent("examples/staff.csv"), encoding: .utf8)
        policy.staff = try! StaffRoster.parse(csv: csv, file: "examples/staff.csv")
        return policy
    }()

    static let rulesOnly = Moderator(policy: policy)

    static let modelPath = repository.appendingPathComponent("models/decorum-text.model").path
    /// The engine `decorum serve` runs when the model file is there.
    static let withModel: Moderator? = {
        guard let data = FileManager.default.contents(atPath: modelPath), let file = try? ModelFile(bytes: [UInt8](data)) else { return nil }
        return Moderator(policy: policy, model: file.model)
    }()

    /// Every text of the corpus with what it should show: each comment, and each edit as a text of its own.
    static let texts: [DemoText] = DemoComments.all.enumerated().flatMap { index, comment in
        var texts = [DemoText(label: "#\(index + 1)", comment: comment, message: comment.message, expected: comment.expected)]
        if let edit = comment.edit {
            texts.append(DemoText(label: "#\(index + 1) edited", comment: comment, message: edit.message, expected: edit.expected))
        }
        return texts
    }

    static func judge(_ text: DemoText, with moderator: Moderator) -> Judgement {
        moderator.judge(Item(
            id: ItemID("demo-\(text.label)"), text: text.message,
            author: Author(id: text.comment.authorID, name: text.comment.authorName), attachments: text.comment.attachments))
    }

    static func check(_ text: DemoText, with moderator: Moderator) {
        let found = judge(text, with: moderator).categorySet
        if text.expected.isEmpty {
            #expect(found.isEmpty, "\(text.label) is clean but was flagged \(found.map(\.rawValue).sorted()): \(text.message)")
        } else {
            let missing = text.expected.subtracting(found)
            #expect(missing.isEmpty, "\(text.label) should show \(missing.map(\.rawValue).sorted()) (found \(found.map(\.rawValue).sorted())): \(text.message)")
        }
    }

    @Test("each demo comment is found to break the clauses it is labelled with, and a clean one is flagged with nothing", arguments: texts)
    func rulesOnlyEngine(_ text: DemoText) {
        Self.check(text, with: Self.rulesOnly)
    }

    @Test("the engine with the learned model agrees with every label too", .enabled(if: withModel != nil), arguments: texts)
    func learnedModelEngine(_ text: DemoText) throws {
        Self.check(text, with: try #require(Self.withModel))
    }

    @Test("the stream shows every category of the code of conduct")
    func everyCategory() {
        let shown = Set(Self.texts.flatMap(\.expected))
        let missing = Set(DecorumCore.Category.allCases).subtracting(shown)
        #expect(missing.isEmpty, "no demo comment shows \(missing.map(\.rawValue).sorted())")
    }

    @Test("the stream shows every action the policy takes: hide, delete, a private reply, a public reply, and keeping one for a person")
    func everyAction() {
        let planner = ActionPlanner(policy: Self.policy)
        var kinds = Set<PlannedAction.Kind>()
        var keptForAPerson = false
        var awaitsAModerator = false
        for text in Self.texts {
            let judgement = Self.judge(text, with: Self.rulesOnly)
            let item = Item(id: judgement.itemID, text: text.message)
            kinds.formUnion(planner.plan(item: item, decision: judgement.decision).map(\.kind))
            keptForAPerson = keptForAPerson || judgement.decision.action == .review
            awaitsAModerator = awaitsAModerator || judgement.decision.needsApproval
        }
        #expect(kinds.isSuperset(of: [.hide, .delete, .privateReply, .publicReply]), "actions shown: \(kinds.map(\.rawValue).sorted())")
        #expect(keptForAPerson, "no demo comment is kept for a person (safeguarding)")
        #expect(awaitsAModerator, "no demo comment waits for a moderator's approval")
    }

    @Test("about eighty comments, roughly a third clean, every text different")
    func shape() {
        let all = DemoComments.all
        #expect((70...90).contains(all.count))
        let clean = all.filter(\.isClean).count
        #expect(Double(clean) / Double(all.count) > 0.25 && Double(clean) / Double(all.count) < 0.42, "\(clean) of \(all.count) clean")
        let messages = Self.texts.map { $0.message.lowercased() }
        #expect(Set(messages).count == messages.count, "a text appears twice")
        #expect(all.first?.repliesToPrevious == false, "the first comment has nothing to reply to")
        #expect(all.filter(\.repliesToPrevious).count >= 2)
        #expect(all.filter { $0.edit != nil }.count >= 2)
    }

    @Test("each visitor has one stable 16-digit id, and no two visitors share one")
    func authors() {
        var idByName = [String: String]()
        var nameByID = [String: String]()
        for comment in DemoComments.all {
            let id = comment.authorID.rawValue
            #expect(id.count == 16 && id.allSatisfy(\.isASCIIDigit) && id.first != "0", "\(comment.authorName): \(id)")
            #expect(idByName.updateValue(id, forKey: comment.authorName).map { $0 == id } ?? true, "\(comment.authorName) has two ids")
            #expect(nameByID.updateValue(comment.authorName, forKey: id).map { $0 == comment.authorName } ?? true, "\(id) is two people")
        }
        #expect(Set(DemoComments.all.map(\.authorName)).count >= 60, "many voices, not a few")
    }

    @Test("every phone number is from Ofcom's drama range and every NHS number from the 999 test range")
    func fictionalNumbers() {
        for text in Self.texts {
            for run in Self.digitRuns(text.message) where run.count >= 10 {
                let fictional = run.hasPrefix("07700900") || (run.count == 10 && run.hasPrefix("999"))
                #expect(fictional, "\(text.label) holds \(run), which may be someone's real number")
            }
        }
    }

    /// Runs of digits, joined across single spaces and dashes as numbers are written ("07700 900461").
    static func digitRuns(_ text: String) -> [String] {
        var runs = [String]()
        var current = ""
        var gap = false
        for character in text {
            if character.isASCIIDigit {
                current.append(character)
                gap = false
            } else if (character == " " || character == "-") && !current.isEmpty && !gap {
                gap = true
            } else {
                if !current.isEmpty { runs.append(current) }
                current = ""
                gap = false
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}

/// One text of the demo corpus to judge: a comment as first posted, or its edit.
struct DemoText: Sendable, CustomTestStringConvertible {
    var label: String
    var comment: DemoComment
    var message: String
    var expected: Set<DecorumCore.Category>

    var testDescription: String { "\(label): \(message.prefix(50))" }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
