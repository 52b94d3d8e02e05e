import Testing
@testable import DecorumCore

@Suite("Action plans")
struct ActionPlannerTests {
    let policy = DecisionTestPolicy.make(modes: ["5": .approve])

    func plan(_ categories: [Category], fromPage: Bool = false, policy: Policy? = nil) -> [PlannedAction] {
        let p = policy ?? self.policy
        let decision = DecisionMaker(policy: p).decide(categories.map { CategoryResult(category: $0, confidence: 0.9, evidence: []) })
        return ActionPlanner(policy: p).plan(item: Item(id: ItemID("c1"), text: "x", fromPage: fromPage), decision: decision)
    }

    @Test("a comment naming staff is hidden and its author asked privately to edit it")
    func hideAndReply() {
        #expect(plan([.staffIdentification]).map(\.kind) == [.privateReply, .hide])
    }

    @Test("the private reply's key is the item's alone: one private reply per comment, ever")
    func privateReplyKey() {
        let keys = plan([.staffIdentification]).filter { $0.kind == .privateReply }.map(\.idempotencyKey)
        #expect(keys == ["c1:private_reply"])
    }

    @Test("abuse is deleted, with nothing sent first")
    func delete() {
        #expect(plan([.abusive]).map(\.kind) == [.delete])
    }

    @Test("a review gets only a public reply")
    func review() {
        #expect(plan([.review]).map(\.kind) == [.publicReply])
    }

    @Test("a rule in approve mode hides meanwhile and its reply waits for the moderator")
    func approve() {
        let actions = plan([.photography])
        #expect(actions.map(\.kind) == [.privateReply, .hide])
        #expect(actions.first { $0.kind == .privateReply }?.awaitsApproval == true)
        #expect(actions.first { $0.kind == .hide }?.awaitsApproval == false)
    }

    @Test("abuse from someone at risk is hidden now and deleted only once a moderator agrees")
    func safeguardingAbuse() {
        let actions = plan([.abusive, .safeguarding])
        #expect(actions.map(\.kind) == [.privateReply, .hide, .delete])
        #expect(actions.last?.awaitsApproval == true)
    }

    @Test("the practice's own posts are never acted on")
    func fromPage() {
        #expect(plan([.abusive], fromPage: true).isEmpty)
    }

    @Test("a rule in observe mode plans nothing")
    func observe() {
        #expect(plan([.abusive], policy: DecisionTestPolicy.make(modes: ["4": .observe])).isEmpty)
    }
}
