import Testing
@testable import DecorumCore

@Suite("Decisions")
struct DecisionMakerTests {
    let policy = DecisionTestPolicy.make()

    func decide(_ categories: [Category], policy: Policy? = nil) -> Decision {
        let results = categories.map { CategoryResult(category: $0, confidence: 0.9, evidence: []) }
        return DecisionMaker(policy: policy ?? self.policy).decide(results)
    }

    @Test("a clean item is left alone, with no replies and nobody told")
    func clean() {
        let d = decide([])
        #expect(d.action == .allow)
        #expect(d.replies.isEmpty && d.escalations.isEmpty && d.rules.isEmpty)
        #expect(d.explanation.contains("Policy test-1"))
    }

    @Test("safeguarding comes first: a person is told at once and the item is kept visible")
    func safeguardingAlone() {
        let d = decide([.safeguarding])
        #expect(d.action == .review)
        #expect(d.rules.first == "safeguarding")
        #expect(d.escalations.first == Escalation(role: .safeguardingLead, urgency: .urgent))
        #expect(!d.replies.contains { $0.channel == .public })
    }

    @Test("a safeguarding item that is also abusive is hidden, never deleted")
    func safeguardingWithAbuse() {
        let d = decide([.abusive, .safeguarding])
        #expect(d.action == .hide)
        #expect(d.pendingAction == .delete && d.needsApproval)
        #expect(d.rules == ["safeguarding", "4"])
    }

    @Test("a safeguarding item exposing someone's data is hidden at once")
    func safeguardingWithData() {
        let d = decide([.safeguarding, .thirdPartyPII])
        #expect(d.action == .hide)
        #expect(d.rules == ["safeguarding", "2"])
    }

    @Test("a complaint that is also a review gets one private reply and no public acknowledgement")
    func complaintAndReview() {
        let d = decide([.complaint, .review])
        #expect(d.action == .allow)
        #expect(d.replies.map(\.channel) == [.private])
        #expect(d.replies[0].text == "Please use our Complaints Procedure: https://example.nhs.uk/complaints.")
        #expect(d.escalations.contains(Escalation(role: .practiceManager, urgency: .normal)))
    }

    @Test("a review alone gets a courteous public reply pointing to the NHS website")
    func review() {
        let d = decide([.review])
        #expect(d.replies == [Reply(channel: .public, text: "Thank you. Please review us at https://www.nhs.uk/reviews.", rule: "7")])
    }

    @Test("at most one private reply: the most urgent rule's")
    func onePrivateReply() {
        let d = decide([.staffIdentification, .thirdPartyPII, .complaint])
        #expect(d.replies.filter { $0.channel == .private }.count == 1)
        #expect(d.replies.first?.rule == "2")
        #expect(d.action == .hide)
    }

    @Test("a deleted item is not told it was hidden: the reply fits the action taken")
    func replyFitsAction() {
        let d = decide([.abusive, .staffIdentification])
        #expect(d.action == .delete)
        #expect(d.replies.isEmpty)
        let hidden = decide([.staffIdentification, .complaint])
        #expect(hidden.replies.map(\.rule) == ["6"])
    }

    @Test("a safeguarding concern gets the safeguarding reply even when something else hides the item")
    func safeguardingReplyFirst() {
        let d = decide([.thirdPartyPII, .safeguarding])
        #expect(d.replies.map(\.rule) == ["safeguarding"])
    }

    @Test("a hidden or deleted item gets no public reply")
    func noPublicReplyOnHidden() {
        #expect(decide([.review, .staffIdentification]).replies.allSatisfy { $0.channel == .private })
        #expect(decide([.review, .abusive]).replies.isEmpty)
    }

    @Test("abuse and fraud are deleted; defamation is hidden and escalated urgently for legal advice")
    func severities() {
        #expect(decide([.abusive]).action == .delete)
        #expect(decide([.fraud]).action == .delete)
        let d = decide([.defamation, .staffIdentification])
        #expect(d.action == .hide)
        #expect(d.rules == ["8", "6"])
        #expect(d.escalations.first == Escalation(role: .practiceManager, urgency: .urgent))
    }

    @Test("a rule in approve mode hides meanwhile and asks a moderator to confirm")
    func approveMode() {
        let d = decide([.abusive], policy: DecisionTestPolicy.make(modes: ["4": .approve]))
        #expect(d.action == .hide)
        #expect(d.pendingAction == .delete)
        #expect(d.needsApproval)
        #expect(d.escalations.contains { $0.role == .moderator })
    }

    @Test("a rule in observe mode does nothing but says what it would have done")
    func observeMode() {
        let d = decide([.abusive], policy: DecisionTestPolicy.make(modes: ["4": .observe]))
        #expect(d.action == .allow)
        #expect(d.rules.isEmpty)
        #expect(d.observed.map(\.rule) == ["4"])
        #expect(d.observed.first?.wouldAction == .delete)
        #expect(d.explanation.contains("would have chosen \"delete\""))
    }

    @Test("the explanation names the clause, the evidence and the policy version")
    func explanation() {
        let evidence = Evidence(span: TextSpan(0, 9), text: "Dr Marsh", detector: "staff-roster", reason: "a staff name")
        let d = DecisionMaker(policy: policy).decide([CategoryResult(category: .staffIdentification, confidence: 0.9, evidence: [evidence])])
        #expect(d.explanation.contains("Clause 6 (Naming staff)"))
        #expect(d.explanation.contains("\"Dr Marsh\""))
        #expect(d.explanation.hasSuffix("Policy test-1."))
    }
}
