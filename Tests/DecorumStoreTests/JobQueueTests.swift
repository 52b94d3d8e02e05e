import DecorumCore
import Foundation
import Synchronization
import Testing
@testable import DecorumStore

@Suite("Job queue")
struct JobQueueTests {
    @Test("enqueueing the same dedupe key twice queues one job", arguments: TestDatabase.allCases)
    func dedupe(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let first = try await store.jobs.enqueue(kind: "judge", payload: #"{"item":"1"}"#, dedupeKey: "judge/1", runAt: nil)
            let second = try await store.jobs.enqueue(kind: "judge", payload: #"{"item":"1"}"#, dedupeKey: "judge/1", runAt: nil)
            #expect(first != nil)
            #expect(second == nil)
            try await store.jobs.enqueue(kind: "judge", payload: "{}", dedupeKey: nil, runAt: nil)
            try await store.jobs.enqueue(kind: "judge", payload: "{}", dedupeKey: nil, runAt: nil)
            #expect(try await store.jobs.depth().queued == 3)
        }
    }

    @Test("jobs are claimed oldest run time first, and not before their run time", arguments: TestDatabase.allCases)
    func order(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let later = try await store.jobs.enqueue(kind: "act", payload: "{}", dedupeKey: "later", runAt: clock.now + 60)
            let soon = try await store.jobs.enqueue(kind: "act", payload: "{}", dedupeKey: "soon", runAt: clock.now - 5)
            let now = try await store.jobs.enqueue(kind: "act", payload: "{}", dedupeKey: "now", runAt: nil)
            let first = try #require(try await store.jobs.claim(worker: "w", lease: .seconds(30)))
            #expect(first.id == soon)
            try await store.jobs.complete(first)
            let claimed = try #require(try await store.jobs.claim(worker: "w", lease: .seconds(30)))
            #expect(claimed.id == now)
            #expect(claimed.status == .running)
            #expect(claimed.attempts == 1)
            #expect(claimed.lockedBy == "w")
            #expect(claimed.lockedUntil == clock.now + 30)
            #expect(try await store.jobs.claim(worker: "w", lease: .seconds(30)) == nil)
            try await store.jobs.complete(claimed)
            clock.advance(by: 61)
            #expect(try await store.jobs.claim(worker: "w", lease: .seconds(30))?.id == later)
        }
    }

    @Test("8 workers claiming 200 jobs at once: each job is claimed exactly once", arguments: TestDatabase.allCases)
    func exactlyOnce(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            try await store.transaction { tx in
                for n in 0..<200 { try await tx.jobs.enqueue(kind: "judge", payload: #"{"n":\#(n)}"#, dedupeKey: "job-\(n)", runAt: nil) }
            }
            let claims = try await Self.drain(store, workers: 8, prefix: "worker")
            #expect(claims.count == 200)
            #expect(Set(claims).count == 200)
            #expect(try await store.jobs.depth() == QueueDepth(done: 200))
        }
    }

    @Test("two stores on one database (two processes) share the queue: each job is claimed exactly once", arguments: TestDatabase.allCases)
    func exactlyOnceAcrossStores(database: TestDatabase) async throws {
        try await database.withStore { store, url in
            let other = try await Store.openMigrated(url, logger: TestDatabase.logger)
            do {
                try await store.transaction { tx in
                    for n in 0..<120 { try await tx.jobs.enqueue(kind: "judge", payload: "{}", dedupeKey: "job-\(n)", runAt: nil) }
                }
                async let a = Self.drain(store, workers: 4, prefix: "a")
                async let b = Self.drain(other, workers: 4, prefix: "b")
                let claims = try await a + b
                #expect(claims.count == 120)
                #expect(Set(claims).count == 120)
                #expect(try await store.jobs.depth() == QueueDepth(done: 120))
            } catch {
                try? await other.close()
                throw error
            }
            try await other.close()
        }
    }

    /// Claims and completes jobs with `workers` concurrent workers until none is due; returns every claimed id.
    static func drain(_ store: Store, workers: Int, prefix: String) async throws -> [JobID] {
        try await withThrowingTaskGroup(of: [JobID].self) { group in
            for w in 0..<workers {
                group.addTask {
                    var claimed: [JobID] = []
                    while let job = try await store.jobs.claim(worker: "\(prefix)-\(w)", lease: .seconds(60)) {
                        claimed.append(job.id)
                        try await store.jobs.complete(job)
                    }
                    return claimed
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
    }

    @Test("a crashed worker's job returns to the queue when its lease ends; the old claim can no longer finish it", arguments: TestDatabase.allCases)
    func leaseExpiry(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let id = try await store.jobs.enqueue(kind: "act", payload: "{}", dedupeKey: "act/1", runAt: nil)
            let crashed = try #require(try await store.jobs.claim(worker: "crashed", lease: .seconds(30)))
            #expect(crashed.id == id)
            clock.advance(by: 29)
            #expect(try await store.jobs.claim(worker: "rescuer", lease: .seconds(30)) == nil)
            clock.advance(by: 2)
            let rescued = try #require(try await store.jobs.claim(worker: "rescuer", lease: .seconds(30)))
            #expect(rescued.id == id)
            #expect(rescued.attempts == 2)
            #expect(rescued.lockedBy == "rescuer")
            await #expect(throws: StoreError.leaseLost(job: id!.rawValue, worker: "crashed")) {
                try await store.jobs.complete(crashed)
            }
            try await store.jobs.complete(rescued)
            #expect(try await store.jobs.job(rescued.id)?.status == .done)
        }
    }

    @Test("a long job extends its lease and keeps the job", arguments: TestDatabase.allCases)
    func extendLease(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            try await store.jobs.enqueue(kind: "sync", payload: "{}", dedupeKey: nil, runAt: nil)
            let job = try #require(try await store.jobs.claim(worker: "w", lease: .seconds(30)))
            clock.advance(by: 25)
            let extended = try await store.jobs.extendLease(job, by: .seconds(30))
            #expect(extended.lockedUntil == clock.now + 30)
            clock.advance(by: 25)
            #expect(try await store.jobs.claim(worker: "other", lease: .seconds(30)) == nil)
            try await store.jobs.complete(extended)
        }
    }

    @Test("retry puts the job back for later with the error; fail gives it up", arguments: TestDatabase.allCases)
    func retryAndFail(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            try await store.jobs.enqueue(kind: "act", payload: "{}", dedupeKey: "a", runAt: nil)
            let job = try #require(try await store.jobs.claim(worker: "w", lease: .seconds(30)))
            try await store.jobs.retry(job, at: clock.now + 10, error: "Graph API rate limit (code 613)")
            let queued = try #require(try await store.jobs.job(job.id))
            #expect(queued.status == .queued)
            #expect(queued.lastError == "Graph API rate limit (code 613)")
            #expect(queued.lockedBy == nil)
            #expect(try await store.jobs.claim(worker: "w", lease: .seconds(30)) == nil)
            clock.advance(by: 10)
            let again = try #require(try await store.jobs.claim(worker: "w", lease: .seconds(30)))
            #expect(again.attempts == 2)
            try await store.jobs.fail(again, error: "permanent: (#100) invalid comment id")
            #expect(try await store.jobs.job(job.id)?.status == .failed)
            #expect(try await store.jobs.depth() == QueueDepth(failed: 1))
            #expect(try await store.jobs.claim(worker: "w", lease: .seconds(30)) == nil)
        }
    }

    @Test("on graceful shutdown a released job is due again at once, its claim not counted", arguments: TestDatabase.allCases)
    func release(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            try await store.jobs.enqueue(kind: "judge", payload: "{}", dedupeKey: nil, runAt: nil)
            let job = try #require(try await store.jobs.claim(worker: "stopping", lease: .seconds(300)))
            #expect(try await store.jobs.depth() == QueueDepth(running: 1))
            try await store.jobs.release(job)
            #expect(try await store.jobs.depth() == QueueDepth(queued: 1))
            let next = try #require(try await store.jobs.claim(worker: "next", lease: .seconds(300)))
            #expect(next.id == job.id)
            #expect(next.attempts == 1)
        }
    }

    @Test("purging removes finished jobs older than the cut-off, and frees their dedupe keys", arguments: TestDatabase.allCases)
    func purge(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            try await store.jobs.enqueue(kind: "judge", payload: "{}", dedupeKey: "old", runAt: nil)
            try await store.jobs.enqueue(kind: "judge", payload: "{}", dedupeKey: "waiting", runAt: clock.now + 3600)
            let job = try #require(try await store.jobs.claim(worker: "w", lease: .seconds(30)))
            try await store.jobs.complete(job)
            clock.advance(by: 86_400)
            let purged = try await store.jobs.purgeFinished(before: clock.now - 3600)
            #expect(purged == 1)
            #expect(try await store.jobs.depth() == QueueDepth(queued: 1))
            #expect(try await store.jobs.enqueue(kind: "judge", payload: "{}", dedupeKey: "old", runAt: nil) != nil)
            #expect(try await store.jobs.enqueue(kind: "judge", payload: "{}", dedupeKey: "waiting", runAt: nil) == nil)
        }
    }

    @Test("a zero lease is refused", arguments: TestDatabase.allCases)
    func zeroLease(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            await #expect(throws: StoreError.self) { try await store.jobs.claim(worker: "w", lease: .zero) }
        }
    }
}
