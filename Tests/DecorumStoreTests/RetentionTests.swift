import DecorumCore
import Foundation
import SQLKit
import Testing
@testable import DecorumStore

@Suite("Retention purge", .serialized)
struct RetentionTests {
    static let page = PageID("p1")
    static let day: TimeInterval = 86_400
    static let moderator = Moderator(policy: .builtIn)
    static let retention = Retention(allowedTextDays: 90, actionedTextDays: 400)

    /// The items of the fixture, each with words that must go (or stay) and the age it has when the purge runs.
    enum Sample: String, CaseIterable {
        case oldActioned = "200_1"
        case held = "200_2"
        case open = "200_3"
        case recentActioned = "200_4"
        case oldAllowed = "200_5"
        case recentAllowed = "200_6"

        var text: String {
            switch self {
            case .oldActioned: "Saw Julie Barker from the Co-op in the waiting room, hope her cancer's not back"
            case .held: "Dr Hale is a liar and a drunk, he falsified my records"
            case .open: "I honestly can't cope any more, Gary Lee knows why"
            case .recentActioned: "Saw Mark Evans at the surgery, hope his diabetes is better"
            case .oldAllowed: "Thank you Brenda Moss for the flu jab, lovely service"
            case .recentAllowed: "Great to see the new car park open, Wendy Hart"
            }
        }

        /// Words of the text (and of the earlier version of the edited one) that must go with a purge.
        var words: [String] {
            switch self {
            case .oldActioned: ["Julie Barker", "J. Barker", "cancer's"]
            case .held: ["Hale", "falsified"]
            case .open: ["Gary Lee", "can't cope"]
            case .recentActioned: ["Mark Evans", "diabetes"]
            case .oldAllowed: ["Brenda Moss", "flu jab"]
            case .recentAllowed: ["Wendy Hart", "car park"]
            }
        }

        var author: String { "Author of \(rawValue)" }
        var id: ItemID { ItemID(rawValue) }

        var status: ItemStatus {
            switch self {
            case .oldActioned, .held, .recentActioned: .actioned
            case .open: .inReview
            case .oldAllowed, .recentAllowed: .allowed
            }
        }

        /// Days old at purge time.
        var age: Int {
            switch self {
            case .oldActioned, .held, .open: 500
            case .recentActioned: 200
            case .oldAllowed: 100
            case .recentAllowed: 10
            }
        }

        var purged: Bool { self == .oldActioned || self == .oldAllowed }
    }

    /// Every sample stored at its age (revision, webhook delivery, decision), the old actioned one edited once,
    /// the held one under hold, a delivery about no stored item, and a finished job; the clock is at purge time.
    static func fixture(_ database: TestDatabase, _ body: (Store, ManualClock) async throws -> Void) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            _ = try await store.webhookEvents.recordDelivery(key: "comment:999_9:add:00", itemID: ItemID("999_9"), body: Array(#"{"message":"Orphan Olive"}"#.utf8))
            let job = try #require(try await store.jobs.enqueue(kind: "ingest", payload: #"{"text":"Julie Barker"}"#, dedupeKey: nil, runAt: nil))
            let claimed = try #require(try await store.jobs.claim(worker: "w", lease: .seconds(60)))
            #expect(claimed.id == job)
            try await store.jobs.complete(claimed)
            var elapsed = 0
            for sample in Sample.allCases.sorted(by: { $0.age > $1.age }) {
                clock.advance(by: Double(500 - sample.age - elapsed) * day)
                elapsed = 500 - sample.age
                try await record(sample, text: sample == .oldActioned ? "Saw J. Barker at the Co-op" : sample.text, in: store)
                if sample == .oldActioned { try await record(sample, text: sample.text, in: store) }
                try await store.items.setStatus(sample.status, for: sample.id)
            }
            clock.advance(by: Double(500 - elapsed) * day)
            try await store.holds.place(on: Sample.held.id, by: "practice.manager", reason: "defamation: solicitor instructed")
            try await body(store, clock)
        }
    }

    static func record(_ sample: Sample, text: String, in store: Store) async throws {
        let item = Item(id: sample.id, text: text, author: Author(id: AuthorID("a_\(sample.rawValue)"), name: sample.author),
                        attachments: [DecorumCore.Attachment(type: .photo, url: "https://scontent.example/\(sample.rawValue).jpg")])
        let raw = #"{"message":"\#(text)","from":{"name":"\#(sample.author)"}}"#
        try await store.items.recordRevision(item, page: page, kind: .comment, raw: raw)
        _ = try await store.webhookEvents.recordDelivery(key: "comment:\(sample.rawValue):add:\(text.count)", itemID: sample.id, body: Array(raw.utf8))
        _ = try await store.decisions.record(moderator.judge(item), modelVersion: "rules only")
    }

    /// Everything the store holds about the item, as text, to look for words in.
    static func everything(about sample: Sample, in store: Store) async throws -> String {
        var parts = [String]()
        if let item = try await store.items.item(sample.id) {
            parts += [item.item.text, item.item.author?.name ?? "", "\(item.item.attachments)"]
        }
        for revision in try await store.items.revisions(of: sample.id) { parts += [revision.text, revision.raw ?? "", "\(revision.attachments)"] }
        for decision in try await store.decisions.list(for: sample.id) { parts += [decision.categoriesJSON, decision.entitiesJSON, decision.decisionJSON] }
        parts += try await store.read { db in
            try await db.raw("SELECT body FROM webhook_events WHERE item_id = \(bind: sample.rawValue)").all()
                .map { String(decoding: try $0.decode(column: "body", as: Data.self), as: UTF8.self) }
        }
        return parts.joined(separator: "\n")
    }

    /// The words of a sample that must not survive its purge.
    static func words(_ sample: Sample) -> [String] {
        sample.words + [sample.author, "scontent.example/\(sample.rawValue)"]
    }

    @Test("a purge takes the words of items past their period, from the webhook event log and revisions too, and spares a held item",
          arguments: TestDatabase.allCases)
    func purge(database: TestDatabase) async throws {
        try await Self.fixture(database) { store, _ in
            for sample in Sample.allCases {
                let before = try await Self.everything(about: sample, in: store)
                for word in Self.words(sample) { #expect(before.contains(word), "\(sample): \(word) should be stored to begin with") }
            }
            let counts = try await store.retention.purge(Self.retention, by: "practice.manager", policyVersion: "quorn-2026.1")
            #expect(counts.allowedItems == 1)
            #expect(counts.actionedItems == 1)
            #expect(counts.heldItems == 1)
            #expect(counts.revisions == 3)
            #expect(counts.decisions == 3)
            #expect(counts.webhookEvents == 4)
            #expect(counts.finishedJobs == 1)

            for sample in Sample.allCases {
                let after = try await Self.everything(about: sample, in: store)
                let stored = try #require(try await store.items.item(sample.id))
                if sample.purged {
                    for word in Self.words(sample) { #expect(!after.contains(word), "\(sample): \(word) survived the purge") }
                    #expect(stored.item.text.isEmpty)
                    #expect(stored.item.attachments.isEmpty)
                    #expect(stored.item.author?.name == nil)
                    #expect(stored.item.author?.id == AuthorID("a_\(sample.rawValue)"))
                    #expect(stored.textPurgedAt == store.clock.now())
                    #expect(stored.status == sample.status)
                    let revisions = try await store.items.revisions(of: sample.id)
                    #expect(!revisions.isEmpty && revisions.allSatisfy { $0.text.isEmpty && $0.raw == nil && $0.attachments.isEmpty })
                    let decision = try #require(try await store.decisions.latest(for: sample.id))
                    #expect(decision.action == Self.moderator.judge(Item(id: sample.id, text: sample.text)).decision.action)
                } else {
                    for word in Self.words(sample) { #expect(after.contains(word), "\(sample): \(word) should have been kept") }
                    #expect(stored.item.text == sample.text)
                    #expect(stored.textPurgedAt == nil)
                }
            }
            let orphan = try await store.webhookEvents.body(forKey: "comment:999_9:add:00")
            #expect(orphan == [])
            let jobs = try await store.jobs.depth()
            #expect(jobs.done == 0)
            #expect(try await store.holds.hold(on: Sample.held.id) != nil)
        }
    }

    @Test("the purge is audited as one entry with its counts, never any text, and the chain stays intact", arguments: TestDatabase.allCases)
    func audited(database: TestDatabase) async throws {
        try await Self.fixture(database) { store, _ in
            try await store.retention.purge(Self.retention, by: "practice.manager", policyVersion: "quorn-2026.1")
            let entries = try await store.audit.search(AuditQuery(event: SQLRetention.event))
            #expect(entries.count == 1)
            let entry = try #require(entries.first)
            #expect(entry.actor == "practice.manager")
            #expect(entry.itemID == nil)
            #expect(entry.detailsJSON == """
                {"allowed_items":1,"actioned_items":1,"revisions":3,"decisions":3,"webhook_events":4,"finished_jobs":1,\
                "held_items_kept":1,"allowed_text_days":90,"actioned_text_days":400,"policy_version":"quorn-2026.1"}
                """)
            #expect(try await store.audit.verifyChain().isIntact)
            #expect(try await store.retention.lastPurge() == store.clock.now())
        }
    }

    @Test("a dry run names what would go and what a hold keeps, and changes nothing", arguments: TestDatabase.allCases)
    func dryRun(database: TestDatabase) async throws {
        try await Self.fixture(database) { store, _ in
            let plan = try await store.retention.plan(Self.retention)
            #expect(plan.items.map(\.itemID) == [Sample.oldActioned.id, Sample.oldAllowed.id])
            #expect(plan.items.map(\.retentionClass) == [.actioned, .allowed])
            #expect(plan.held.map(\.itemID) == [Sample.held.id])
            for sample in Sample.allCases { #expect(try await store.items.item(sample.id)?.item.text == sample.text) }
            let counts = try await store.retention.purge(Self.retention, by: "pm", policyVersion: "v")
            #expect(plan.counts == counts)
            #expect(try await store.retention.plan(Self.retention).items.isEmpty)
        }
    }

    @Test("Meta sending a purged comment again stores nothing; an edit brings its new words back", arguments: TestDatabase.allCases)
    func redelivered(database: TestDatabase) async throws {
        try await Self.fixture(database) { store, _ in
            try await store.retention.purge(Self.retention, by: "pm", policyVersion: "v")
            let sample = Sample.oldAllowed
            let item = Item(id: sample.id, text: sample.text, author: Author(id: AuthorID("a_\(sample.rawValue)"), name: sample.author),
                            attachments: [DecorumCore.Attachment(type: .photo, url: "https://scontent.example/\(sample.rawValue).jpg")])
            #expect(try await store.items.recordRevision(item, page: Self.page, kind: .comment, raw: "{}") == .unchanged)
            #expect(try await store.items.recordRevisions([.init(item: item, page: Self.page, kind: .comment, raw: "{}")]) == [.unchanged])
            #expect(try await store.items.item(sample.id)?.item.text == "")

            var edited = item
            edited.text = "Thank you Brenda for the flu jab"
            #expect(try await store.items.recordRevision(edited, page: Self.page, kind: .comment, raw: "{}") == .edited(revision: 2))
            let stored = try #require(try await store.items.item(sample.id))
            #expect(stored.item.text == edited.text)
            #expect(stored.item.author?.name == sample.author)
            #expect(stored.textPurgedAt == nil)
        }
    }

    @Test("the daily job purges once a day however many instances ask, and one purge at a time", arguments: TestDatabase.allCases)
    func oncePerDay(database: TestDatabase) async throws {
        try await Self.fixture(database) { store, clock in
            let first = try await store.retention.purgeIfDue(Self.retention, every: .seconds(86_400), by: "decorum", policyVersion: "v")
            #expect(first?.items == 2)
            clock.advance(by: 3600)
            #expect(try await store.retention.purgeIfDue(Self.retention, every: .seconds(86_400), by: "decorum", policyVersion: "v") == nil)
            clock.advance(by: Self.day)
            let next = try await store.retention.purgeIfDue(Self.retention, every: .seconds(86_400), by: "decorum", policyVersion: "v")
            #expect(next?.items == 0)
            #expect(next?.heldItems == 1)

            clock.advance(by: 2 * Self.day)
            #expect(try await store.keyValues.insert(SQLRetention.claimKey, value: Array("decorum on host-b".utf8), expiry: .after(.seconds(3600))))
            await #expect(throws: RetentionError.alreadyRunning(by: "decorum on host-b")) {
                try await store.retention.purge(Self.retention, by: "pm", policyVersion: "v")
            }
            #expect(try await store.retention.purgeIfDue(Self.retention, every: .seconds(86_400), by: "decorum", policyVersion: "v") == nil)
            #expect(try await store.audit.search(AuditQuery(event: SQLRetention.event)).count == 2)
        }
    }

    /// On SQLite the second instance shares the store: a second SQLite store in one process would only compete for
    /// SQLite's threads (a second process is ordered by `BEGIN IMMEDIATE`).
    @Test("two instances asking at once make one purge, with every item purged once", arguments: TestDatabase.allCases)
    func twoInstances(database: TestDatabase) async throws {
        try await Self.fixture(database) { store, clock in
            let url = store.url
            let other = database == .postgres ? try await Store.open(url, logger: TestDatabase.logger, clock: clock.storeClock) : store
            async let first = store.retention.purgeIfDue(Self.retention, every: .seconds(86_400), by: "decorum", policyVersion: "v")
            async let second = other.retention.purgeIfDue(Self.retention, every: .seconds(86_400), by: "decorum", policyVersion: "v")
            let results: [RetentionCounts?]
            do {
                results = try await [first, second]
            } catch {
                if database == .postgres { try? await other.close() }
                throw error
            }
            if database == .postgres { try await other.close() }
            #expect(results.compactMap { $0 }.map(\.items) == [2])
            #expect(try await store.audit.search(AuditQuery(event: SQLRetention.event)).count == 1)
            #expect(try await store.audit.verifyChain().isIntact)
        }
    }

    @Test("releasing a hold lets the next purge take the item", arguments: TestDatabase.allCases)
    func released(database: TestDatabase) async throws {
        try await Self.fixture(database) { store, _ in
            try await store.retention.purge(Self.retention, by: "pm", policyVersion: "v")
            try await store.holds.release(Sample.held.id, by: "practice.manager", reason: "claim withdrawn")
            let counts = try await store.retention.purge(Self.retention, by: "pm", policyVersion: "v")
            #expect(counts.actionedItems == 1)
            #expect(counts.heldItems == 0)
            let after = try await Self.everything(about: .held, in: store)
            for word in Self.words(.held) { #expect(!after.contains(word)) }
        }
    }
}
