import DecorumCore
import Foundation
import Testing
@testable import DecorumStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How long a busy month's report takes to read: three months of 20,000 items each (decisions with evidence,
/// actions, people's decisions), then the middle month read. Prints the time and asserts nothing about it;
/// runs only with `DECORUM_REPORT_TIMING` set (`1`, `sqlite` or `postgres`), since seeding takes a while.
@Suite("Report timing", .enabled(if: ProcessInfo.processInfo.environment["DECORUM_REPORT_TIMING"] != nil))
struct ReportTimingTests {
    static let perMonth = 20_000
    static let batch = 200

    @Test("a month of 20,000 items", arguments: TestDatabase.allCases)
    func busyMonth(database: TestDatabase) async throws {
        // DECORUM_REPORT_TIMING=sqlite or =postgres times one database alone (the two compete for the cores otherwise).
        let only = ProcessInfo.processInfo.environment["DECORUM_REPORT_TIMING"].flatMap(TestDatabase.init(rawValue:))
        guard only == nil || only == database else { return }
        let monthStart = Date(timeIntervalSince1970: 1_772_323_200)  // 1 March 2026
        let clock = ManualClock(monthStart.addingTimeInterval(-30 * 86_400))
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let batches = Self.perMonth / Self.batch
            let step = 30.0 * 86_400 / Double(batches)
            var n = 0
            let seeding = ContinuousClock.now
            for _ in 0..<(3 * batches) {
                let ids = (0..<Self.batch).map { _ in n += 1; return ItemID("104_\(n)") }
                _ = try await store.items.recordRevisions(ids.map {
                    .init(item: Item(id: $0, text: "A comment about the surgery, number \($0)"), page: PageID("104"), kind: .comment, raw: nil)
                })
                let judgements = ids.enumerated().map { i, id in
                    let flagged = i % 5 == 0
                    return Judgement(
                        itemID: id,
                        categories: flagged ? [CategoryResult(category: i % 10 == 0 ? .abusive : .complaint, confidence: 0.9, evidence: [
                            Evidence(span: TextSpan(0, 9), text: "A comment", detector: "abusive-lexicon", reason: "an insult aimed at a person"),
                        ])] : [],
                        entities: [],
                        decision: Decision(action: flagged ? (i % 10 == 0 ? .delete : .review) : .allow, rules: [], replies: [], escalations: [],
                                           explanation: "Clause 4 applies.", policyVersion: "quorn-2026.1"))
                }
                try await store.decisions.recordMany(judgements, modelVersion: "m1")
                let acted = ids.enumerated().filter { $0.offset % 10 == 0 }.map(\.element)
                let planned = try await store.actions.planMany(acted.map {
                    (ActionRequest(itemID: $0, page: PageID("104"), kind: .delete, originReceivedAt: clock.now), "\($0):delete")
                })
                clock.advance(by: 3)
                _ = try await store.actions.markDoneMany(planned.map { ($0.action.id, nil) })
                let reviewed = ids.enumerated().filter { $0.offset % 10 == 5 }.map(\.element)
                try await store.audit.appendMany(reviewed.map {
                    SQLAuditLog.NewEntry(actor: "pm.jones", event: "approved", itemID: $0, details: .object([]))
                })
                clock.advance(by: step - 3)
            }
            print("report timing (\(database)): seeded \(n) items in \(ContinuousClock.now - seeding)")
            var times = [String]()
            var count = 0
            for _ in 0..<5 {
                let (started, cpu) = (ContinuousClock.now, Self.cpuSeconds())
                let items = try await store.reports.items(arrivedFrom: monthStart, to: monthStart.addingTimeInterval(30 * 86_400))
                times.append("\(ContinuousClock.now - started) (this process's CPU \(Self.cpuSeconds() - cpu) s)")
                count = items.count
            }
            print("report timing (\(database)): \(count) items read in " + times.joined(separator: ", "))
        }
    }

    /// User and system CPU time of this process: steadier than the wall clock on a shared machine.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }
}
