import DecorumCore
import DecorumMeta
import DecorumStore
import Foundation

/// Stores webhook deliveries that arrive together in one transaction ("group commit"): while one
/// transaction is committing, the deliveries that arrive wait and go in the next, so under load a commit
/// carries many deliveries instead of one. Each request still gets its answer only after its own
/// changes are durably stored.
///
/// With an ``Inline`` judge, the changes are judged as they are stored — the engine is pure and takes
/// microseconds — and their decisions, actions and claimed act jobs commit in the same transaction; the
/// actions go to this process's workers at once. If that transaction fails, each delivery is stored in its
/// own with a job for a worker to judge it, as without the inline judge: nothing received is lost.
actor DeliveryBatcher {
    /// Judging at receipt: the step, who claims the act jobs, and where the fresh actions go.
    struct Inline: Sendable {
        let ingest: IngestStep
        let claimant: String
        let lease: Duration
        let handoff: FreshWork
        let metrics: DecorumMetrics?
    }

    private struct Entry {
        let id: Int
        let changes: [FeedChange]
        let receivedAt: Date
        var waiter: CheckedContinuation<Turn, Never>?
    }

    /// What a waiting request is told: its changes are stored (with how many were new), or it must commit the next batch.
    private enum Turn {
        case stored(Result<Int, any Error>)
        case lead
    }

    private let store: Store
    private let inline: Inline?
    private let maxBatch: Int
    private var queue: [Entry] = []
    private var leading = false
    private var nextID = 0

    init(store: Store, inline: Inline? = nil, maxBatch: Int = 256) {
        self.store = store
        self.inline = inline
        self.maxBatch = maxBatch
    }

    /// Stores the changes with their judging jobs; returns how many were new (not seen before).
    func store(_ changes: [FeedChange], receivedAt: Date) async throws -> Int {
        nextID += 1
        let id = nextID
        if leading {
            let turn = await withCheckedContinuation { (waiter: CheckedContinuation<Turn, Never>) in
                queue.append(Entry(id: id, changes: changes, receivedAt: receivedAt, waiter: waiter))
            }
            if case .stored(let result) = turn { return try result.get() }
            // Led here by the previous leader: this request's entry is first in the queue.
        } else {
            queue.append(Entry(id: id, changes: changes, receivedAt: receivedAt, waiter: nil))
        }
        leading = true
        let batch = Array(queue.prefix(maxBatch))
        queue.removeFirst(batch.count)
        let results = await commit(batch)
        var mine: Result<Int, any Error> = .failure(CancellationError())
        for (entry, result) in zip(batch, results) {
            if entry.id == id { mine = result } else { entry.waiter?.resume(returning: .stored(result)) }
        }
        // Hand the next batch to the first request waiting for it; it commits it and answers the others.
        if let next = queue.first?.waiter {
            queue[0].waiter = nil
            next.resume(returning: .lead)
        } else {
            leading = false
        }
        return try mine.get()
    }

    private func commit(_ batch: [Entry]) async -> [Result<Int, any Error>] {
        if let inline, let results = await commitJudging(batch, inline) { return results }
        do {
            let counts = try await store.transaction(urgent: true) { tx in
                var counts = [Int]()
                for entry in batch { counts.append(try await Self.record(entry.changes, receivedAt: entry.receivedAt, in: tx)) }
                return counts
            }
            return counts.map { .success($0) }
        } catch {
            guard batch.count > 1 else { return [.failure(error)] }
        }
        var results = [Result<Int, any Error>]()
        for entry in batch {
            do {
                results.append(.success(try await store.transaction(urgent: true) { tx in
                    try await Self.record(entry.changes, receivedAt: entry.receivedAt, in: tx)
                }))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }

    /// The batch stored and judged in one transaction; nil if that failed (the caller stores it plainly).
    private func commitJudging(_ batch: [Entry], _ inline: Inline) async -> [Result<Int, any Error>]? {
        var envelopes = [ChangeEnvelope]()
        var keys = [String]()
        var owner = [Int]()
        for (n, entry) in batch.enumerated() {
            for change in entry.changes {
                envelopes.append(ChangeEnvelope(change, receivedAt: entry.receivedAt))
                keys.append(change.deliveryKey)
                owner.append(n)
            }
        }
        // Judged before the transaction, so the database is held only for the writes.
        let judgements = inline.ingest.prejudge(envelopes)
        do {
            let (counts, result) = try await store.transaction(urgent: true) { tx -> ([Int], IngestStep.BatchResult) in
                let new = try await tx.webhookEvents.recordDeliveries(
                    zip(keys, envelopes).map { ($0, $1.item.id, Array($1.raw.utf8)) })
                var counts = [Int](repeating: 0, count: batch.count)
                var fresh = [ChangeEnvelope]()
                var freshJudgements = [Int: Judgement]()
                var seen = Set<String>()
                for (n, key) in keys.enumerated() where new.contains(key) && seen.insert(key).inserted {
                    counts[owner[n]] += 1
                    freshJudgements[fresh.count] = judgements[n]
                    fresh.append(envelopes[n])
                }
                let result = try await inline.ingest.run(fresh, judgements: freshJudgements, in: tx, claimingFor: inline.claimant,
                                                         lease: inline.lease)
                return (counts, result)
            }
            inline.handoff.add(result.claimed)
            for outcome in result.outcomes { ModerationWorker.count(outcome, metrics: inline.metrics, logger: nil) }
            return counts.map { .success($0) }
        } catch {
            return nil
        }
    }

    /// Each change not seen before is stored with a job to judge it; a change Meta delivers again is recognised by its key.
    private static func record(_ changes: [FeedChange], receivedAt: Date, in tx: Transaction) async throws -> Int {
        var accepted = 0
        for change in changes
        where try await tx.webhookEvents.recordDelivery(key: change.deliveryKey, itemID: change.objectID, body: Array(change.raw.utf8)) {
            let payload = try ChangeEnvelope(change, receivedAt: receivedAt).encoded()
            _ = try await tx.jobs.enqueue(kind: WebhookController<DecorumRequestContext>.ingestJob, payload: payload,
                                          dedupeKey: change.deliveryKey, runAt: nil)
            accepted += 1
        }
        return accepted
    }
}
