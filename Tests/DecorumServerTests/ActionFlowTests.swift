import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every kind of action, end to end over loopback: the simulator holds the Page and sends signed
/// webhooks, Decorum judges and acts through the Graph client, and the simulator records what was done.
@Suite("End to end: every action kind, approval, observe mode, and what happens when Graph misbehaves")
struct ActionFlowTests {
    @Test("abuse is deleted: the simulator sees one delete, the item is marked deleted and actioned")
    func delete() async throws {
        try await ServiceHarness.run { h in
            let id = try await h.comment("You lot are a bunch of useless f***ing idiots, absolute scum", by: "Darren Pike", id: "7710000000000001")
            let item = try await h.item(id, reaches: [.actioned])
            #expect(item.isDeleted)
            #expect(try await h.actionKinds(on: id) == ["delete"])
            let audit = try await h.store.audit.list(for: id).map(\.event)
            #expect(audit.contains("judged") && audit.contains("action_done"))
        }
    }

    @Test("a review gets one courteous public reply pointing to the NHS website, and stays visible")
    func publicReply() async throws {
        try await ServiceHarness.run { h in
            let id = try await h.comment("Honestly the best GP surgery I've ever been registered with, five stars from me", by: "Margaret Ellis",
                                         id: "7710000000000002")
            let item = try await h.item(id, reaches: [.actioned])
            #expect(!item.isHidden && !item.isDeleted)
            let done = try await h.simulatorActions().done.filter { $0["object_id"] as? String == id.rawValue }
            #expect(done.map { $0["kind"] as? String } == ["public_reply"])
            let text = try #require(done.first?["text"] as? String)
            #expect(text.contains("nhs.uk"))
            // The Page's own reply comes back as a webhook: stored, never judged or acted on.
            let replyID = try #require(done.first?["created_id"] as? String)
            let reply = try await h.item(ItemID(replyID), reaches: [.ignored])
            #expect(reply.item.fromPage)
            #expect(try await h.store.decisions.latest(for: ItemID(replyID)) == nil)
        }
    }

    @Test("a complaint gets one private reply and is never answered in public")
    func privateReplyOnly() async throws {
        try await ServiceHarness.run { h in
            let id = try await h.comment("Waited 40 minutes past my appointment time again today and nobody even said sorry",
                                         by: "Gary Nuttall", id: "7710000000000003")
            _ = try await h.item(id, reaches: [.actioned])
            #expect(try await h.actionKinds(on: id) == ["private_reply"])
        }
    }

    @Test("a moderator dismisses a hide: the comment is shown again, with the reason in the audit trail")
    func unhideOnDismiss() async throws {
        try await ServiceHarness.run { h in
            let id = try await h.comment("That receptionist Dr Khan's wife, the blonde one, was so rude to me today", by: "Sandra Holt")
            _ = try await h.item(id, reaches: [.actioned])
            #expect(try await h.actionKinds(on: id).sorted() == ["hide", "private_reply"])
            let (noReason, _) = try await h.api(.post, "/items/\(id)/dismiss", .object([("moderator", .string("Jo Ashworth"))]))
            #expect(noReason == .badRequest)
            let (status, _) = try await h.api(.post, "/items/\(id)/dismiss", .object([
                ("reason", .string("Not about a member of staff: Dr Khan's wife does not work here")), ("moderator", .string("Jo Ashworth")),
            ]))
            #expect(status == .ok)
            try await h.eventually { try await h.actionKinds(on: id).contains("unhide") }
            _ = try await h.item(id, reaches: [.resolved])
            // The status says "resolved" from the moment of the dismissal; the unhide is recorded when Facebook answers.
            #expect(try await h.eventually { try await h.store.items.item(id)?.isHidden == false })
            let kinds = try await h.actionKinds(on: id)
            #expect(kinds.last == "unhide" && kinds.sorted() == ["hide", "private_reply", "unhide"])
            let overridden = try #require(try await h.store.audit.list(for: id).first { $0.event == "overridden" })
            #expect(overridden.actor == "api:Jo Ashworth")
            #expect(overridden.detailsJSON.contains("does not work here"))
        }
    }

    @Test("a moderator's public reply that confirms the author is a patient is refused with the reason, and nothing is posted")
    func typedReplyHeld() async throws {
        try await ServiceHarness.run { h in
            let id = try await h.comment("Waited 40 minutes past my appointment time again today and nobody even said sorry",
                                         by: "Gary Nuttall", id: "7710000000000003")
            _ = try await h.item(id, reaches: [.actioned])
            let before = try await h.store.actions.list(for: id).count
            let (status, json) = try await h.api(.post, "/items/\(id)/actions", .object([
                ("kind", .string("public_reply")), ("reason", .string("Apologise in public")), ("moderator", .string("Priya Shah")),
                ("text", .string("So sorry Gary, Dr Whitfield was running late after your appointment with the diabetes nurse.")),
            ]))
            #expect(status == .unprocessableContent)
            let message = try #require((json["error"] as? [String: Any])?["message"] as? String, "\(json)")
            #expect(message.contains("tell everyone that the person is a patient"), "\(message)")
            #expect(message.contains("\"Dr Whitfield\"") && message.contains("diabetes"), "\(message)")
            #expect(try await h.store.actions.list(for: id).count == before)

            // Worded to keep confidences, the same reply is accepted and posted.
            let (fine, _) = try await h.api(.post, "/items/\(id)/actions", .object([
                ("kind", .string("public_reply")), ("reason", .string("Apologise in public")), ("moderator", .string("Priya Shah")),
                ("text", .string("We are sorry to read this. Please call our Practice Manager on 01509 412232 so we can look into it.")),
            ]))
            #expect(fine == .accepted)
            try await h.eventually { try await h.actionKinds(on: id).contains("public_reply") }
            let posted = try await h.simulatorActions().done.filter { $0["kind"] as? String == "public_reply" }
            #expect(posted.map { $0["text"] as? String } == ["We are sorry to read this. Please call our Practice Manager on 01509 412232 so we can look into it."])
        }
    }

    @Test("a template reply that would confirm someone is a patient is held when it is due to be sent: failed with the reason, a person alerted")
    func templateReplyHeld() async throws {
        var options = ServiceHarness.Options()
        options.policy.rules = options.policy.rules.map { rule in
            var rule = rule
            if rule.replies.publicReply != nil { rule.replies.publicReply = "Thank you! We are so glad your appointment went well, see you at your next review." }
            return rule
        }
        try await ServiceHarness.run(options) { h in
            let id = try await h.comment("Honestly the best GP surgery I've ever been registered with, five stars from me", by: "Margaret Ellis",
                                         id: "7710000000000002")
            _ = try await h.item(id, reaches: [.actionFailed])
            let action = try #require(try await h.store.actions.list(for: id).first { $0.kind == .publicReply })
            #expect(action.status == .failed)
            #expect(action.lastError?.hasPrefix("The public reply was held, not posted") == true)
            #expect(action.lastError?.contains("\"your appointment\"") == true, "\(action.lastError ?? "")")
            #expect(try await h.simulatorActions().done.allSatisfy { $0["kind"] as? String != "public_reply" })
            #expect(try await h.store.alerts.open(limit: 10).contains { $0.kind == .actionFailed && $0.itemID == id })
        }
    }

    @Test("a moderator blocks an author through the API; a repeated request with the same Idempotency-Key blocks once")
    func block() async throws {
        try await ServiceHarness.run { h in
            let id = try await h.comment("You lot are a bunch of useless f***ing idiots, absolute scum", by: "Darren Pike", id: "7710000000000001")
            _ = try await h.item(id, reaches: [.actioned])
            let body = JSONValue.object([("kind", .string("block")), ("reason", .string("Third abusive comment this week")),
                                         ("moderator", .string("Priya Shah"))])
            for _ in 0..<2 {
                let (status, json) = try await h.api(.post, "/items/\(id)/actions", body, headers: [.init("Idempotency-Key")!: "block-7710-1"])
                #expect(status == .accepted)
                #expect(json["kind"] as? String == "block")
            }
            try await h.eventually { try await h.simulatorActions().done.contains { $0["kind"] as? String == "block" } }
            let blocks = try await h.simulatorActions().done.filter { $0["kind"] as? String == "block" }
            #expect(blocks.map { $0["object_id"] as? String } == ["7710000000000001"])
            let (missing, _) = try await h.api(.post, "/items/\(id)/actions", .object([("kind", .string("block"))]))
            #expect(missing == .badRequest)
            let (unknown, _) = try await h.api(.post, "/items/nope/actions", body)
            #expect(unknown == .notFound)
        }
    }

    @Test("a rule in approve mode hides meanwhile and waits; the approval through the API carries out the rest")
    func approve() async throws {
        var options = ServiceHarness.Options()
        options.setMode(.approve, for: .abusive)
        try await ServiceHarness.run(options) { h in
            let id = try await h.comment("You lot are a bunch of useless f***ing idiots, absolute scum", by: "Darren Pike", id: "7710000000000001")
            _ = try await h.item(id, reaches: [.awaitingApproval])
            try await h.eventually { try await h.actionKinds(on: id) == ["hide"] }
            let (queue, json) = try await h.api(.get, "/items?status=awaiting_approval")
            #expect(queue == .ok)
            let items = try #require(json["items"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == [id.rawValue])
            let waiting = (items.first?["actions"] as? [[String: Any]])?.filter { $0["status"] as? String == "awaiting_approval" }
            #expect(waiting?.map { $0["kind"] as? String } == ["delete"])

            let (approved, _) = try await h.api(.post, "/items/\(id)/approve", .object([("moderator", .string("Priya Shah"))]))
            #expect(approved == .ok)
            try await h.eventually { try await h.actionKinds(on: id) == ["hide", "delete"] }
            let item = try await h.item(id, reaches: [.actioned])
            #expect(item.isDeleted)
            let (again, _) = try await h.api(.post, "/items/\(id)/approve")
            #expect(again == .conflict)
            #expect(try await h.store.actions.list(for: id).first { $0.kind == .delete }?.approvedBy == "api:Priya Shah")
        }
    }

    @Test("a rule in observe mode does nothing on the Page and records exactly what it would have done")
    func observe() async throws {
        var options = ServiceHarness.Options()
        options.setMode(.observe, for: .abusive)
        try await ServiceHarness.run(options) { h in
            let id = try await h.comment("You lot are a bunch of useless f***ing idiots, absolute scum", by: "Darren Pike", id: "7710000000000001")
            _ = try await h.item(id, reaches: [.allowed])
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await h.actionKinds(on: id).isEmpty)
            let judged = try #require(try await h.store.audit.list(for: id).first { $0.event == "judged" })
            #expect(judged.detailsJSON.contains(#""observed""#))
            #expect(judged.detailsJSON.contains(#""would_action":"delete""#))
        }
    }

    @Test("a safeguarding concern is kept for a person, the lead alerted at once without the comment's words")
    func safeguarding() async throws {
        try await ServiceHarness.run { h in
            let text = "I can't do this anymore, I've got the tablets saved up and nobody would even notice if I was gone"
            let id = try await h.comment(text, by: "Anon", id: "7710000000000009")
            let item = try await h.item(id, reaches: [.inReview])
            #expect(!item.isHidden && !item.isDeleted)
            let (status, json) = try await h.api(.get, "/alerts")
            #expect(status == .ok)
            let alerts = try #require(json["alerts"] as? [[String: Any]])
            let lead = try #require(alerts.first { $0["role"] as? String == "safeguarding_lead" })
            #expect(lead["severity"] as? String == "urgent")
            #expect(lead["item_id"] as? String == id.rawValue)
            #expect(!(lead["message"] as? String ?? "").contains("tablets"))
            let (ack, acked) = try await h.api(.post, "/alerts/\(lead["id"] as! Int)/acknowledge", .object([("moderator", .string("Dr Okafor"))]))
            #expect(ack == .ok)
            #expect(acked["acknowledged_by"] as? String == "api:Dr Okafor")
            let (approved, _) = try await h.api(.post, "/items/\(id)/approve", .object([("note", .string("Called her; she is safe"))]))
            #expect(approved == .ok)
            _ = try await h.item(id, reaches: [.resolved])
        }
    }

    @Test("a private reply whose answer timed out is not sent again: Graph is asked first, and says it arrived")
    func privateReplyAfterTimeout() async throws {
        var options = ServiceHarness.Options()
        options.graphTimeout = .milliseconds(500)
        try await ServiceHarness.run(options) { h in
            // The simulator carries out the reply but answers only after the client has given up.
            try await h.sim(.post, "/_sim/fail", .object([("operation", .string("private_reply")), ("delay_ms", .int(1200))]))
            let id = try await h.comment("Waited 40 minutes past my appointment time again today and nobody even said sorry",
                                         by: "Gary Nuttall", id: "7710000000000003")
            let item = try await h.item(id, reaches: [.actioned])
            #expect(item.status == .actioned)
            try await Task.sleep(for: .milliseconds(300))  // anything still in flight at the simulator lands
            let (done, refused) = try await h.simulatorActions()
            #expect(done.filter { $0["kind"] as? String == "private_reply" }.count == 1)
            #expect(refused.isEmpty, "a repeat reached the simulator: \(refused)")
            let action = try #require(try await h.store.actions.list(for: id).first { $0.kind == .privateReply })
            #expect(action.attempts == 2)
            #expect(action.platformResponse?.contains("reconciled") == true)
        }
    }

    @Test("a public reply whose answer timed out is found under the comment and not posted twice")
    func publicReplyAfterTimeout() async throws {
        var options = ServiceHarness.Options()
        options.graphTimeout = .milliseconds(500)
        try await ServiceHarness.run(options) { h in
            try await h.sim(.post, "/_sim/fail", .object([("operation", .string("public_reply")), ("delay_ms", .int(1200))]))
            let id = try await h.comment("Really impressed with the flu clinic on Saturday, in and out in ten minutes. Well organised, thank you",
                                         by: "Keith Barlow", id: "7710000000000004")
            _ = try await h.item(id, reaches: [.actioned])
            try await Task.sleep(for: .milliseconds(300))
            let (done, refused) = try await h.simulatorActions()
            #expect(done.filter { $0["kind"] as? String == "public_reply" }.count == 1)
            #expect(refused.isEmpty)
            let action = try #require(try await h.store.actions.list(for: id).first { $0.kind == .publicReply })
            #expect(action.attempts == 2)
            #expect(action.platformResponse?.contains("reconciled") == true)
        }
    }

    @Test("an expired Page token stops actions, raises one urgent alert, and the action is carried out once the Page is reconnected")
    func expiredToken() async throws {
        try await ServiceHarness.run { h in
            try await h.sim(.post, "/_sim/token", .object([("expired", .bool(true))]))
            let first = try await h.comment("You lot are a bunch of useless f***ing idiots, absolute scum", by: "Darren Pike", id: "7710000000000001")
            let second = try await h.comment("Get your free NHS covid refund now, claim at nhs-refunds.co before Friday", by: "NHS Refunds",
                                             id: "7710000000000005")
            try await h.eventually { try await h.store.pages.page(h.configuration.pageID)?.tokenExpired == true }
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await h.simulatorActions().done.isEmpty)
            let alerts = try await h.store.alerts.open(limit: 50).filter { $0.kind == .tokenExpired }
            #expect(alerts.count == 1)
            #expect(alerts.first?.severity == .urgent)
            // Reconnecting: a working token, saved again, clears the expiry.
            try await h.sim(.post, "/_sim/token", .object([("expired", .bool(false))]))
            try await h.store.pages.save(Page(id: h.configuration.pageID, name: "Riverside Surgery"))
            _ = try await h.item(first, reaches: [.actioned])
            _ = try await h.item(second, reaches: [.actioned])
            #expect(try await h.actionKinds(on: first) == ["delete"])
            #expect(try await h.actionKinds(on: second) == ["delete"])
        }
    }

    @Test("a permanent refusal is recorded, the item goes to a person, and a moderator is alerted")
    func permanentFailure() async throws {
        try await ServiceHarness.run { h in
            try await h.sim(.post, "/_sim/fail", .object([
                ("operation", .string("delete")), ("status", .int(400)), ("code", .int(200)), ("message", .string("(#200) Permissions error")),
            ]))
            let id = try await h.comment("You lot are a bunch of useless f***ing idiots, absolute scum", by: "Darren Pike", id: "7710000000000001")
            _ = try await h.item(id, reaches: [.actionFailed])
            let action = try #require(try await h.store.actions.list(for: id).first)
            #expect(action.status == .failed)
            #expect(action.lastError?.contains("Permissions error") == true)
            #expect(try await h.store.alerts.open(limit: 10).contains { $0.kind == .actionFailed && $0.itemID == id })
            let (status, json) = try await h.api(.get, "/items?status=action_failed")
            #expect(status == .ok)
            #expect((json["items"] as? [[String: Any]])?.count == 1)
        }
    }

    @Test("rate limits slow Decorum down but lose nothing; the metrics count what happened")
    func rateLimited() async throws {
        var options = ServiceHarness.Options()
        options.rateLimit = SimulatorRateLimit(maxCalls: 2, window: .seconds(1), errorCode: 32)
        options.retry = RetryPolicy(maxAttempts: 20, baseDelay: .milliseconds(100), maxDelay: .milliseconds(300))
        try await ServiceHarness.run(options) { h in
            var ids = [ItemID]()
            for n in 0..<6 {
                ids.append(try await h.comment("Absolute scum the lot of you, f***ing useless \(n)", by: "Darren Pike", id: "771000000000000\(n)"))
            }
            for id in ids { _ = try await h.item(id, reaches: [.actioned], within: .seconds(30)) }
            for id in ids { #expect(try await h.actionKinds(on: id) == ["delete"]) }
            let metrics = try await h.decorum.execute(uri: "/metrics", method: .get)
            let text = String(buffer: metrics.body)
            #expect(text.contains(#"decorum_graph_errors_total{kind="rate_limited",code="32"}"#))
            #expect(text.contains(#"decorum_actions_total{kind="delete",outcome="done"} 6"#))
            #expect(text.contains("decorum_items_received_total"))
            #expect(text.contains("decorum_decision_categories_total{category=\"abusive\"} 6"))
            #expect(text.contains("decorum_webhook_to_action_seconds_count 6"))
            #expect(text.contains(#"decorum_queue_jobs{state="failed"} 0"#))
        }
    }
}
