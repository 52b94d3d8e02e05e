import DecorumCore
import DecorumMeta
import DecorumStore
import Foundation

/// Everything the store holds about one item that an evidence pack carries: the item, every version of its
/// text, the deliveries that brought them (from webhooks, and as read back from the Graph API), the decisions,
/// the actions with Facebook's answers, and the item's audit trail.
struct EvidenceRecords: Sendable {
    /// The audit event recorded each time a pack is made.
    static let packEvent = "evidence_pack_made"
    /// How ``Backfill`` marks the changes it read from the Graph API rather than received by webhook.
    static let graphReadKeyPrefix = "sync:"

    var item: StoredItem
    /// The legal hold on the item, if it is under one.
    var hold: LegalHold?
    var revisions: [ItemRevision]
    /// Webhook deliveries about the item, as received.
    var deliveries: [WebhookDelivery]
    /// The item as read from the Graph API by a back-fill (`decorum sync`).
    var graphReads: [WebhookDelivery]
    var decisions: [StoredDecision]
    var actions: [StoredAction]
    /// The item's audit trail, without the entries about evidence packs themselves: a pack records the item,
    /// and leaving those out lets the same records give the same pack however many times it is made.
    var audit: [AuditEntry]

    /// The item's records as they stand in `tx`; nil for an item never received.
    static func read(_ id: ItemID, in tx: Transaction) async throws -> EvidenceRecords? {
        guard let item = try await tx.items.item(id) else { return nil }
        let stored = try await tx.webhookEvents.deliveries(about: id)
        return EvidenceRecords(
            item: item, hold: try await tx.holds.hold(on: id), revisions: try await tx.items.revisions(of: id),
            deliveries: stored.filter { !$0.key.hasPrefix(graphReadKeyPrefix) },
            graphReads: stored.filter { $0.key.hasPrefix(graphReadKeyPrefix) },
            decisions: try await tx.decisions.list(for: id), actions: try await tx.actions.list(for: id),
            audit: try await tx.audit.list(for: id).filter { $0.event != packEvent })
    }

    /// The last time anything here was recorded: the pack's date, so the same records always give the same pack.
    var asOf: Date {
        let stored = deliveries + graphReads
        let times = [item.firstSeen, item.lastSeen] + [item.textPurgedAt, hold?.placedAt].compactMap { $0 }
            + revisions.map(\.receivedAt) + stored.map(\.receivedAt) + stored.compactMap(\.purgedAt)
            + decisions.map(\.createdAt) + actions.map(\.updatedAt) + audit.map(\.at)
        return times.max() ?? item.lastSeen
    }

    /// The verb a stored delivery's key names ("add", "edited", "remove"…), or "change".
    func verb(of delivery: WebhookDelivery) -> String {
        FeedChange.verb(inDeliveryKey: delivery.key)?.rawValue ?? "change"
    }
}
