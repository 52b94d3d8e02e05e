import DecorumMeta
import DecorumStore
import Foundation

/// Stores webhook deliveries that arrive together in one transaction ("group commit"): while one
/// transaction is committing, the deliveries that arrive wait and go in the next, so under load a commit
/// carries many deliveries instead of one. Each request still gets its answer only after its own
/// changes are durably stored. If a shared transaction fails, each delivery is tried in its own, so one
/// bad delivery cannot fail the others.
actor DeliveryBatcher {
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
    private let maxBatch: Int
    private var queue: [Entry] = []
    private var leading = false
    private var nextID = 0

    init(store: Store, maxBatch: Int = 256) {
        self.store = store
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
        do {
            let counts = try await store.transaction { tx in
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
                results.append(.success(try await store.transaction { tx in
                    try await Self.record(entry.changes, receivedAt: entry.receivedAt, in: tx)
                }))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }

    /// Each change not seen before is stored with a job to judge it; a change Meta delivers again is recognised by its key.
    private static func record(_ changes: [FeedChange], receivedAt: Date, in tx: Transaction) async throws -> Int {
        var accepted = 0
        for change in changes where try await tx.webhookEvents.recordDelivery(key: change.deliveryKey, body: Array(change.raw.utf8)) {
            let payload = try ChangeEnvelope(change, receivedAt: receivedAt).encoded()
            _ = try await tx.jobs.enqueue(kind: WebhookController<DecorumRequestContext>.ingestJob, payload: payload,
                                          dedupeKey: change.deliveryKey, runAt: nil)
            accepted += 1
        }
        return accepted
    }
}
