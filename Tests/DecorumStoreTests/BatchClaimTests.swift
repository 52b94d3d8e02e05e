import DecorumCore
import Foundation
import Testing
@testable import DecorumStore

@Suite("Job queue: batches and postponing")
struct BatchClaimTests {
    @Test("a batch claim takes up to the limit, of the kinds asked for, each job once", arguments: TestDatabase.allCases)
    func batch(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            for n in 0..<5 { try await store.jobs.enqueue(kind: "ingest_change", payload: "{}", dedupeKey: "i\(n)", runAt: nil) }
            for n in 0..<3 { try await store.jobs.enqueue(kind: "act", payload: "{}", dedupeKey: "a\(n)", runAt: nil) }
            let acts = try await store.jobs.claim(worker: "w1", lease: .seconds(30), limit: 10, kinds: ["act"])
            #expect(acts.count == 3)
            #expect(acts.allSatisfy { $0.kind == "act" && $0.status == .running && $0.lockedBy == "w1" })
            let first = try await store.jobs.claim(worker: "w2", lease: .seconds(30), limit: 4, kinds: nil)
            let rest = try await store.jobs.claim(worker: "w3", lease: .seconds(30), limit: 4, kinds: nil)
            #expect(first.count == 4)
            #expect(rest.count == 1)
            #expect(Set((first + rest).map(\.id)).count == 5)
            #expect(try await store.jobs.claim(worker: "w4", lease: .seconds(30), limit: 4, kinds: nil).isEmpty)
            await #expect(throws: StoreError.self) { try await store.jobs.claim(worker: "w", lease: .seconds(1), limit: 0, kinds: nil) }
        }
    }

    @Test("a batch takes expired leases before new jobs", arguments: TestDatabase.allCases)
    func expiredFirst(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let crashed = try #require(try await store.jobs.enqueue(kind: "act", payload: "{}", dedupeKey: "old", runAt: nil))
            _ = try await store.jobs.claim(worker: "gone", lease: .seconds(10), limit: 1, kinds: nil)
            clock.advance(by: 5)
            try await store.jobs.enqueue(kind: "act", payload: "{}", dedupeKey: "new", runAt: nil)
            clock.advance(by: 6)
            let batch = try await store.jobs.claim(worker: "w", lease: .seconds(10), limit: 1, kinds: nil)
            #expect(batch.map(\.id) == [crashed])
            #expect(batch.first?.attempts == 2)
        }
    }

    @Test("a postponed job waits until its time without the claim counting, and keeps the reason", arguments: TestDatabase.allCases)
    func postpone(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let id = try #require(try await store.jobs.enqueue(kind: "act", payload: "{}", dedupeKey: "p", runAt: nil))
            let job = try #require(try await store.jobs.claim(worker: "w", lease: .seconds(30)))
            try await store.jobs.postpone(job, until: clock.now + 60, reason: "the Page token has expired")
            #expect(try await store.jobs.claim(worker: "w", lease: .seconds(30)) == nil)
            let waiting = try #require(try await store.jobs.job(id))
            #expect(waiting.status == .queued)
            #expect(waiting.attempts == 0)
            #expect(waiting.lastError == "the Page token has expired")
            clock.advance(by: 61)
            #expect(try await store.jobs.claim(worker: "w", lease: .seconds(30))?.id == id)
        }
    }
}
