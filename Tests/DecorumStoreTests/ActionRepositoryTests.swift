import DecorumCore
import Testing
@testable import DecorumStore

@Suite("Actions")
struct ActionRepositoryTests {
    static let page = PageID("104285542158312")
    static let item = ItemID("999_7")

    static func withItem(_ database: TestDatabase, _ body: (Store) async throws -> Void) async throws {
        try await database.withStore { store, _ in
            try await store.items.recordRevision(Item(id: item, text: "You lot are useless"), page: page, kind: .comment, raw: nil)
            try await body(store)
        }
    }

    static let reply = ActionRequest(
        itemID: item, page: page, kind: .privateReply, payloadJSON: #"{"text":"Please call the practice manager."}"#)

    @Test("planning twice with the same idempotency key returns the first action", arguments: TestDatabase.allCases)
    func idempotentPlan(database: TestDatabase) async throws {
        try await Self.withItem(database) { store in
            let first = try await store.actions.plan(Self.reply, idempotencyKey: "999_7/private_reply")
            var changed = Self.reply
            changed.payloadJSON = #"{"text":"a different text"}"#
            let second = try await store.actions.plan(changed, idempotencyKey: "999_7/private_reply")
            #expect(second == first)
            #expect(second.payloadJSON == Self.reply.payloadJSON)
            #expect(first.status == .planned)
            #expect(first.attempts == 0)
            #expect(try await store.actions.list(for: Self.item).count == 1)
        }
    }

    @Test("many workers planning the same reply at once create one action", arguments: TestDatabase.allCases)
    func concurrentPlan(database: TestDatabase) async throws {
        try await Self.withItem(database) { store in
            let ids = try await withThrowingTaskGroup(of: ActionID.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await store.actions.plan(Self.reply, idempotencyKey: "999_7/private_reply").id }
                }
                return try await group.reduce(into: Set<ActionID>()) { $0.insert($1) }
            }
            #expect(ids.count == 1)
            #expect(try await store.actions.list(for: Self.item).count == 1)
        }
    }

    @Test("an action needing approval waits, is listed, and becomes planned when a moderator approves", arguments: TestDatabase.allCases)
    func approval(database: TestDatabase) async throws {
        try await Self.withItem(database) { store in
            let hide = ActionRequest(itemID: Self.item, page: Self.page, kind: .delete, needsApproval: true)
            let planned = try await store.actions.plan(hide, idempotencyKey: "999_7/delete")
            #expect(planned.status == .awaitingApproval)
            #expect(try await store.actions.awaitingApproval(limit: 10).map(\.id) == [planned.id])

            let approved = try await store.actions.approve(planned.id, by: "practice.manager")
            #expect(approved.status == .planned)
            #expect(approved.approvedBy == "practice.manager")
            #expect(try await store.actions.approve(planned.id, by: "someone.else") == approved)
            #expect(try await store.actions.awaitingApproval(limit: 10).isEmpty)
        }
    }

    @Test("a done action stays done: repeating markDone is harmless, cancelling it is refused by name", arguments: TestDatabase.allCases)
    func done(database: TestDatabase) async throws {
        try await Self.withItem(database) { store in
            let action = try await store.actions.plan(Self.reply, idempotencyKey: "k")
            // Counted before the call goes out, so a crash during the call still counts it.
            #expect(try await store.actions.beginAttempt(action.id).attempts == 1)
            let failedOnce = try await store.actions.recordAttempt(action.id, error: "Graph API 503")
            #expect(failedOnce.status == .planned)
            #expect(failedOnce.attempts == 1)
            #expect(failedOnce.lastError == "Graph API 503")

            let done = try await store.actions.markDone(action.id, response: #"{"recipient_id":"1","message_id":"m_1"}"#)
            #expect(done.status == .done)
            #expect(done.platformResponse == #"{"recipient_id":"1","message_id":"m_1"}"#)
            #expect(done.lastError == nil)
            #expect(try await store.actions.markDone(action.id, response: "again") == done)
            await #expect(throws: StoreError.invalidTransition(table: "actions", id: "\(action.id)", from: "done", to: "cancelled")) {
                try await store.actions.cancel(action.id)
            }
            await #expect(throws: StoreError.invalidTransition(table: "actions", id: "\(action.id)", from: "done", to: "planned")) {
                try await store.actions.approve(action.id, by: "practice.manager")
            }
        }
    }

    @Test("a permanent failure is recorded with the platform's answer", arguments: TestDatabase.allCases)
    func failed(database: TestDatabase) async throws {
        try await Self.withItem(database) { store in
            let action = try await store.actions.plan(Self.reply, idempotencyKey: "k")
            _ = try await store.actions.beginAttempt(action.id)
            let failed = try await store.actions.markFailed(action.id, error: "already replied", response: #"{"error":{"code":10900}}"#)
            #expect(failed.status == .failed)
            #expect(failed.attempts == 1)
            #expect(failed.platformResponse == #"{"error":{"code":10900}}"#)
            let cancelled = try await store.actions.plan(
                ActionRequest(itemID: Self.item, page: Self.page, kind: .hide, needsApproval: true), idempotencyKey: "hide")
            #expect(try await store.actions.cancel(cancelled.id).status == .cancelled)
        }
    }

    @Test("unknown actions are named in the error", arguments: TestDatabase.allCases)
    func unknown(database: TestDatabase) async throws {
        try await Self.withItem(database) { store in
            await #expect(throws: StoreError.notFound(table: "actions", id: "4242")) {
                try await store.actions.markDone(ActionID(rawValue: 4242), response: nil)
            }
            let missing = try await store.actions.action(ActionID(rawValue: 4242))
            #expect(missing == nil)
        }
    }
}
