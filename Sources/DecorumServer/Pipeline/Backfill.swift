public import DecorumCore
public import DecorumMeta
public import DecorumStore
public import Foundation

/// Reads a Page's feed through the Graph API (`/{page-id}/feed` with every comment, paged) and takes each
/// post and comment through the same path as a webhook: recorded once by its delivery key, then judged,
/// with actions planned and queued. Anything already stored with the same text changes nothing, so a
/// back-fill after webhooks (or a second back-fill) repeats no decision and no action.
public struct Backfill: Sendable {
    let graph: any GraphClient
    let ingest: IngestStep
    let store: Store

    public init(graph: any GraphClient, ingest: IngestStep, store: Store) {
        self.graph = graph
        self.ingest = ingest
        self.store = store
    }

    /// What a back-fill found and did.
    public struct Report: Sendable, Hashable {
        public var posts = 0
        public var comments = 0
        /// Posts and comments not stored before, or edited since.
        public var stored = 0
        /// Already stored with the same text.
        public var unchanged = 0
        /// Judged and found to need an action, a person, or nothing.
        public var actionsPlanned = 0
        public var flagged = 0
    }

    /// Back-fills `page` from `since` (everything when nil).
    public func run(page: PageID, since: Date?, token: PageToken, maxPages: Int = 1000) async throws -> Report {
        let changes = try await graph.backfill(page: page, since: since, token: token, maxPages: maxPages)
        var report = Report()
        for change in changes {
            if change.kind == .comment { report.comments += 1 } else { report.posts += 1 }
            let receivedAt = store.clock.now()
            let outcome = try await store.transaction { tx -> IngestStep.Outcome in
                let key = "sync:" + change.deliveryKey
                _ = try await tx.webhookEvents.recordDelivery(key: key, itemID: change.objectID, body: Array(change.raw.utf8))
                return try await ingest.run(ChangeEnvelope(change, receivedAt: receivedAt), in: tx)
            }
            switch outcome {
            case .unchanged: report.unchanged += 1
            case .fromPage: report.stored += 1
            case .judged(_, _, let categories, _, let planned):
                report.stored += 1
                report.actionsPlanned += planned
                if !categories.isEmpty { report.flagged += 1 }
            case .notJudged, .platformChange: break
            }
        }
        return report
    }
}
