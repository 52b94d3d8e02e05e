import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import Testing

/// Items seeded as the service stores them: each webhook body parsed as Meta sends it, its changes stored
/// under their delivery keys and ingested (revision, judgement, planned actions, audit) in one transaction,
/// as the webhook route does; then Facebook's answers recorded as the workers record them.
enum EvidenceSeed {
    /// The built-in guidance with a roster naming the doctor the fixtures accuse.
    static let policy: Policy = {
        var policy = Policy.builtIn
        policy.staff = (try? StaffRoster.parse(csv: "name,role,aliases\nDr Sarah Whitfield,GP partner,Dr Whitfield")) ?? []
        return policy
    }()

    static let ingest = IngestStep(moderator: Moderator(policy: policy), modelVersion: "rules only")

    /// Stores and ingests the changes of one webhook delivery; returns the delivery keys it stored.
    @discardableResult
    static func deliver(_ body: String, to store: Store) async throws -> [String] {
        let changes = try WebhookPayload.parse(Array(body.utf8))
        let receivedAt = store.clock.now()
        return try await store.transaction { tx in
            var keys = [String]()
            for change in changes where try await tx.webhookEvents.recordDelivery(key: change.deliveryKey, itemID: change.objectID, body: Array(change.raw.utf8)) {
                _ = try await ingest.run(ChangeEnvelope(change, receivedAt: receivedAt), in: tx)
                keys.append(change.deliveryKey)
            }
            return keys
        }
    }

    /// Records `answer` as Facebook's answer to each of the item's actions that is due (approving any that
    /// wait for a person first, as `approver`), and what it did to the item, as the workers record them.
    static func carryOut(_ item: ItemID, in store: Store, answer: String = EvidenceFixtures.hideAnswer, approver: String = "pm.jones") async throws {
        for action in try await store.actions.list(for: item) {
            switch action.status {
            case .awaitingApproval: _ = try await store.actions.approve(action.id, by: approver)
            case .planned: break
            case .done, .failed, .cancelled: continue
            }
            _ = try await store.actions.beginAttempt(action.id)
            try await store.transaction { tx in
                _ = try await tx.actions.markDone(action.id, response: answer)
                switch action.kind {
                case .hide: try await tx.items.setHidden(true, for: item)
                case .unhide: try await tx.items.setHidden(false, for: item)
                case .delete: try await tx.items.markDeleted(item)
                case .privateReply, .publicReply, .block: break
                }
                try await tx.audit.append(actor: "decorum", event: "action_done", itemID: item, details: .object([
                    ("action", .string(action.kind.rawValue)), ("action_id", .string(action.id.description)),
                ]))
            }
        }
    }

    /// The defamatory comment received, hidden on Facebook, edited a minute later, and approved by the
    /// practice manager, the clock moving between each.
    static func defamation(in store: Store, clock: AuthTestClock) async throws -> (item: ItemID, keys: [String]) {
        let item = ItemID(EvidenceFixtures.commentID)
        var keys = try await deliver(EvidenceFixtures.envelope(EvidenceFixtures.comment("add", text: EvidenceFixtures.defamatoryText)), to: store)
        clock.advance(by: 2)
        try await carryOut(item, in: store)
        clock.advance(by: 60)
        keys += try await deliver(EvidenceFixtures.envelope(EvidenceFixtures.comment("edited", text: EvidenceFixtures.editedText)), to: store)
        clock.advance(by: 2)
        try await carryOut(item, in: store)
        clock.advance(by: 300)
        try await store.audit.append(actor: "pm.jones", event: "approved", itemID: item, details: .object([]))
        return (item, keys)
    }

    /// A migrated SQLite store in a new temporary directory, on `clock`.
    static func withStore(clock: AuthTestClock = AuthTestClock(), _ body: (Store) async throws -> Void) async throws {
        try await AuthHarness.withDatabaseFile { path in
            try await Store.withOpenMigrated(try DatabaseURL(path), logger: AuthHarness.logger(), clock: clock.storeClock, body)
        }
    }
}
