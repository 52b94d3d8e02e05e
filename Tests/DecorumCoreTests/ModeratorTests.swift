import Testing
@testable import DecorumCore

@Suite("The engine end to end")
struct ModeratorTests {
    let moderator = Moderator(policy: .builtIn)

    func item(_ text: String, fromPage: Bool = false, attachments: [DecorumCore.Attachment] = []) -> Item {
        Item(id: ItemID("t1"), text: text, attachments: attachments, fromPage: fromPage)
    }

    @Test("the practice's own posts are never moderated, whatever they say")
    func fromPage() {
        let j = moderator.judge(item("Our flu clinic is on Saturday. Call 01509 412232. Please don't shout at the receptionists, it's not their fault!", fromPage: true))
        #expect(j.categories.isEmpty)
        #expect(j.decision.action == .allow)
        #expect(j.decision.explanation.contains("never moderates"))
    }

    @Test("a suicidal comment is kept for a person and the safeguarding lead is told at once")
    func safeguarding() {
        let j = moderator.judge(item("honestly I don't see the point anymore, nobody would even notice if I was gone"))
        #expect(j.categorySet.contains(.safeguarding))
        #expect(j.decision.action == .review)
        #expect(j.decision.escalations.first == Escalation(role: .safeguardingLead, urgency: .urgent))
        #expect(!j.decision.replies.contains { $0.channel == .public })
    }

    @Test("the practice's own phone number quoted back is not personal data")
    func practicePhone() {
        let j = moderator.judge(item("Is 01509 412232 the right number for the flu clinic?"))
        #expect(!j.categorySet.contains(.ownPII) && !j.categorySet.contains(.thirdPartyPII))
        #expect(j.entities.first { $0.kind == .phone }?.subject == .practice)
    }

    @Test("evidence and entity offsets count Unicode scalars of the original text")
    func offsets() {
        let text = "😡😡 my NHS number is 943 476 5919"
        let j = moderator.judge(item(text))
        let nhs = try! #require(j.entities.first { $0.kind == .nhsNumber })
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[nhs.span.start..<nhs.span.end])) == "943 476 5919")
        #expect(nhs.text == "943 476 5919")
    }

    @Test("the decision's JSON has the documented shape and escapes hostile text")
    func json() {
        let j = moderator.judge(item("\"><script>alert(1)</script> disgraceful service, waited 3 weeks"))
        let out = j.json.serialized()
        #expect(out.hasPrefix("{\"id\":\"t1\",\"categories\":["))
        #expect(out.contains("\"decision\":{\"action\":"))
        #expect(out.contains("\"policy_version\":\"quorn-2026.1\""))
        #expect(!out.contains("\n"))
    }

    @Test("a complaint is never acknowledged in public")
    func complaint() {
        let j = moderator.judge(item("Absolutely disgusting service. Waited three weeks for an appointment and then they cancelled it. Worst surgery in Leicestershire."))
        #expect(j.categorySet.contains(.complaint))
        #expect(j.decision.replies.filter { $0.channel == .private }.count == 1)
        #expect(!j.decision.replies.contains { $0.channel == .public })
    }
}
