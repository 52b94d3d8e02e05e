import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The whole dashboard, live on loopback over a real SQLite database, with items seeded at chosen instants
/// through the store's own writes (items, decisions, actions, the audit log) as the pipeline and the desk make them.
enum ReportsPageHarness {
    /// Seeds `items`, puts the clock at `now`, and runs `body` against the dashboard.
    static func run(
        seeding items: [ReportSeed], now: Date, _ body: @escaping @Sendable (AuthHarness) async throws -> Void
    ) async throws {
        try await AuthHarness.withDatabaseFile { path in
            let clock = AuthTestClock()
            let store = try await Store.openMigrated(try DatabaseURL(path), logger: AuthHarness.logger(), clock: clock.storeClock)
            do {
                for item in items { try await item.write(to: store, clock: clock) }
                clock.move(to: now)
                let resources = try await DashboardResources.load()
                let dashboard = Dashboard(
                    store: store, engine: EngineHolder(moderator: Moderator(policy: .builtIn), modelVersion: "rules only"), signal: WorkSignal(),
                    resources: resources, vault: nil, logger: AuthHarness.logger())
                let router = Router(context: DecorumRequestContext.self)
                dashboard.addRoutes(to: router)
                let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: AuthHarness.logger())
                try await app.test(.live) { client in
                    try await body(AuthHarness(client: client, store: store, clock: clock))
                }
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        }
    }
}

extension AuthTestClock {
    /// Sets the clock to `date`, forwards or back.
    func move(to date: Date) { advance(by: date.timeIntervalSince(now)) }
}

/// One comment as the report tests seed it, with what the test expects of it stated beside it: the UK week,
/// day and month it belongs to, worked out by hand from its UTC instant.
struct ReportSeed: Sendable {
    /// What a person did after Decorum.
    enum Person: Sendable {
        case approved
        /// Dismissed Decorum's decision (and, if Decorum had hidden it, showed it again).
        case overrode
        /// Chose an action of their own.
        case chose(ActionKind)
    }

    var id: String
    /// When it arrived, in UTC.
    var arrived: String
    var text: String = "A comment"
    var decision: Action
    var categories: [Category] = []
    /// What Decorum did, and how many seconds after arrival the platform confirmed it.
    var done: (kind: ActionKind, after: Double)?
    var person: Person?
    /// The UK week it belongs to, as the report labels a week within a month ("23–29 Mar 2026").
    var week: String
    /// The UK day, as a week's report labels it ("Sun 29 Mar 2026").
    var day: String
    /// The UK month ("March 2026").
    var month: String

    /// True when a person disagreed with Decorum.
    var isOverride: Bool {
        switch person {
        case .overrode?: true
        case .chose?: decision != .review
        case .approved?, nil: false
        }
    }

    /// Writes the item, Decorum's decision, its action and the person's step, moving the clock as they happen.
    func write(to store: Store, clock: AuthTestClock) async throws {
        let arrivedAt = ReportFixtures.utc(arrived)
        clock.move(to: arrivedAt)
        let item = ItemID(id)
        try await store.items.recordRevision(Item(id: item, text: text), page: ReportFixtures.page, kind: .comment, raw: nil)
        let judgement = Judgement(
            itemID: item,
            categories: categories.map { CategoryResult(category: $0, confidence: 0.9, evidence: []) }, entities: [],
            decision: Decision(action: decision, rules: [], replies: [], escalations: [], explanation: "seeded", policyVersion: "quorn-2026.1"))
        _ = try await store.decisions.record(judgement, modelVersion: "rules only")
        if let done {
            let action = try await store.actions.plan(
                ActionRequest(itemID: item, page: ReportFixtures.page, kind: done.kind, originReceivedAt: arrivedAt),
                idempotencyKey: "\(id):\(done.kind.rawValue):decorum")
            clock.move(to: arrivedAt.addingTimeInterval(done.after))
            _ = try await store.actions.markDone(action.id, response: "{}")
        }
        guard let person else { return }
        clock.advance(by: 60)
        switch person {
        case .approved:
            _ = try await store.audit.append(actor: "pm.jones", event: "approved", itemID: item, details: .object([]))
        case .overrode:
            if done?.kind == .hide {
                let unhide = try await store.actions.plan(
                    ActionRequest(itemID: item, page: ReportFixtures.page, kind: .unhide, requestedBy: "mod.sam", reason: "fair comment"),
                    idempotencyKey: "\(id):unhide:mod.sam")
                _ = try await store.actions.markDone(unhide.id, response: "{}")
            }
            _ = try await store.audit.append(actor: "mod.sam", event: "overridden", itemID: item, details: .object([
                ("reason", .string("fair comment")),
            ]))
        case .chose(let kind):
            let own = try await store.actions.plan(
                ActionRequest(itemID: item, page: ReportFixtures.page, kind: kind, requestedBy: "mod.sam", reason: "against the code"),
                idempotencyKey: "\(id):\(kind.rawValue):mod.sam")
            _ = try await store.actions.markDone(own.id, response: "{}")
            _ = try await store.audit.append(actor: "mod.sam", event: "moderator_action", itemID: item, details: .object([
                ("action", .string(kind.rawValue)), ("action_id", .string(own.id.description)), ("reason", .string("against the code")),
            ]))
        }
    }
}
