import DecorumCore
import Foundation
import SQLKit
import Testing
@testable import DecorumStore

@Suite("Audit chain", .serialized)
struct AuditChainTests {
    /// Ten entries, some about an item, appended one at a time and in a transaction; their ids in order.
    @discardableResult
    static func appendTen(_ store: Store) async throws -> [Int64] {
        for n in 0..<6 {
            try await store.audit.append(actor: "decorum", event: "judged", itemID: n.isMultiple(of: 2) ? ItemID("100_\(n)") : nil,
                                         details: .object([("n", .int(n)), ("note", .string("ünïcödé \"quoted\" \n"))]))
        }
        try await store.transaction { tx in
            try await tx.audit.append(actor: "practice.manager", event: "approved", itemID: ItemID("100_2"), details: .object([]))
            try await tx.audit.appendMany((7...9).map { .init(actor: "decorum", event: "action_done", itemID: ItemID("100_\($0)"), details: .null) })
        }
        return try await store.audit.list(limit: 100, after: nil).map(\.id)
    }

    static func sql(_ store: Store, _ statement: SQLQueryString) async throws {
        try await store.write { db in try await db.raw(statement).run() }
    }

    @Test("the canonical form and hash are the documented ones, reproducible outside Decorum")
    func canonicalForm() throws {
        let row = try AuditChainRow(FakeRow([
            "id": .int(42), "at": .int(1_750_000_000_123), "actor": .text("practice.manager"), "event": .text("legal_hold_placed"),
            "item_id": .text("123_456"), "details": .text(#"{"reason":"solicitor's letter"}"#), "seq": .null, "prev_hash": .null, "hash": .null,
        ]))
        let canonical = String(decoding: AuditChain.canonical(row, position: 7), as: UTF8.self)
        #expect(canonical == #"1:1,1:7,2:42,13:1750000000123,16:practice.manager,17:legal_hold_placed,7:123_456,31:{"reason":"solicitor's letter"},"#)
        // printf '%s%s' "$(printf '0%.0s' {1..64})" "$canonical" | sha256sum
        #expect(AuditChain.hash(row, position: 7, previous: AuditChain.genesis) == "6295a21112e5d52180ff7632dea9832602a8dafcc27dc3b5980bd6a7a4f215ff")
        var none = row
        none.itemID = nil
        #expect(String(decoding: AuditChain.canonical(none, position: 7), as: UTF8.self).contains(",17:legal_hold_placed,~31:"))
    }

    @Test("every entry carries the hash of the one before it, and an untouched log verifies", arguments: TestDatabase.allCases)
    func chained(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            #expect(try await store.audit.verifyChain() == AuditChainReport(events: 0, headHash: AuditChain.genesis, problems: []))
            try await Self.appendTen(store)
            let entries = try await store.audit.list(limit: 100, after: nil)
            #expect(entries.map(\.position) == (1...10).map { Int64($0) })
            #expect(entries.first?.previousHash == AuditChain.genesis)
            for (before, after) in zip(entries, entries.dropFirst()) {
                #expect(after.previousHash == before.hash)
                #expect(after.hash != nil && after.hash != before.hash)
            }
            let report = try await store.audit.verifyChain()
            #expect(report.isIntact)
            #expect(report.events == 10)
            #expect(report.headHash == entries.last?.hash)
            #expect(report.description == "chain intact (10 events)")
        }
    }

    /// On PostgreSQL the second store stands for a second `decorum serve` instance. An SQLite database has one store
    /// per process (a second process is ordered by `BEGIN IMMEDIATE`; two stores in one process would only compete
    /// for SQLite's threads), so there the tasks share one.
    @Test("appends from many tasks and a second instance on the same database make one unbroken chain", arguments: TestDatabase.allCases)
    func concurrent(database: TestDatabase) async throws {
        try await database.withStore { store, url in
            let other = database == .postgres ? try await Store.open(url, logger: TestDatabase.logger) : store
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for n in 0..<24 {
                        let target = n.isMultiple(of: 2) ? store : other
                        group.addTask {
                            if n.isMultiple(of: 3) {
                                try await target.transaction { tx in
                                    try await tx.audit.append(actor: "w\(n)", event: "a", itemID: nil, details: .int(n))
                                    try await tx.audit.appendMany([.init(actor: "w\(n)", event: "b", itemID: nil, details: .int(n)),
                                                                   .init(actor: "w\(n)", event: "c", itemID: nil, details: .int(n))])
                                }
                            } else {
                                try await target.audit.append(actor: "w\(n)", event: "single", itemID: nil, details: .int(n))
                            }
                        }
                    }
                    try await group.waitForAll()
                }
            } catch {
                if database == .postgres { try? await other.close() }
                throw error
            }
            if database == .postgres { try await other.close() }
            let report = try await store.audit.verifyChain()
            #expect(report.problems == [])
            #expect(report.events == 8 * 3 + 16)
        }
    }

    @Test("verifying while another instance appends finds nothing wrong", arguments: TestDatabase.allCases)
    func verifyWhileAppending(database: TestDatabase) async throws {
        try await database.withStore { store, url in
            try await Self.appendTen(store)
            let other = database == .postgres ? try await Store.open(url, logger: TestDatabase.logger) : store
            let reports: [AuditChainReport]
            do {
                async let appended: Void = {
                    for n in 0..<60 {
                        try await other.transaction { tx in
                            try await tx.audit.appendMany([.init(actor: "w", event: "e\(n)", itemID: nil, details: .null),
                                                           .init(actor: "w", event: "f\(n)", itemID: nil, details: .null)])
                        }
                    }
                }()
                var found = [AuditChainReport]()
                for _ in 0..<15 { found.append(try await store.audit.verifyChain()) }
                try await appended
                reports = found
            } catch {
                if database == .postgres { try? await other.close() }
                throw error
            }
            if database == .postgres { try await other.close() }
            let broken = reports.filter { !$0.isIntact }
            #expect(broken.isEmpty, "\(broken)")
            #expect(reports.count == 15)
            #expect(try await store.audit.verifyChain().events == 130)
        }
    }

    @Test("a transaction that rolls back leaves no entry and the chain as it was", arguments: TestDatabase.allCases)
    func rollback(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            try await Self.appendTen(store)
            struct Abandon: Error {}
            await #expect(throws: Abandon.self) {
                try await store.transaction { tx in
                    try await tx.audit.append(actor: "decorum", event: "judged", itemID: nil, details: .null)
                    throw Abandon()
                }
            }
            try await store.audit.append(actor: "decorum", event: "after", itemID: nil, details: .null)
            let report = try await store.audit.verifyChain()
            #expect(report.isIntact)
            #expect(report.events == 11)
        }
    }

    @Test("an event edited directly with SQL is named as altered", arguments: TestDatabase.allCases)
    func altered(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let ids = try await Self.appendTen(store)
            try await Self.sql(store, "UPDATE audit_log SET details = '{\"n\":99}' WHERE id = \(bind: ids[4])")
            let report = try await store.audit.verifyChain()
            #expect(!report.isIntact)
            #expect(report.problems.count == 1)
            #expect(report.firstProblem?.kind == .altered)
            #expect(report.firstProblem?.eventID == ids[4])
            #expect(report.firstProblem?.position == 5)
            #expect(report.description.hasPrefix("chain broken: event \(ids[4]) (judged) was altered"))
        }
    }

    @Test("an edit whose hash was recomputed too is still found, from the event after it", arguments: TestDatabase.allCases)
    func alteredAndRehashed(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let ids = try await Self.appendTen(store)
            var row = try #require(try await store.read { db in
                try await db.raw("SELECT \(unsafeRaw: AuditChainRow.columns) FROM audit_log WHERE id = \(bind: ids[2])").first().map(AuditChainRow.init)
            })
            row.actor = "someone.else"
            let forged = AuditChain.hash(row, position: 3, previous: try #require(row.previousHash))
            try await Self.sql(store, "UPDATE audit_log SET actor = 'someone.else', hash = \(bind: forged) WHERE id = \(bind: ids[2])")
            let report = try await store.audit.verifyChain()
            #expect(report.firstProblem?.kind == .altered)
            #expect(report.firstProblem?.eventID == ids[2])
            #expect(report.firstProblem?.detail.contains("event \(ids[3]) after it still carries the hash it had before") == true)
        }
    }

    @Test("a deleted event is named by the events either side of it", arguments: TestDatabase.allCases)
    func removed(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let ids = try await Self.appendTen(store)
            try await Self.sql(store, "DELETE FROM audit_log WHERE id = \(bind: ids[6])")
            let report = try await store.audit.verifyChain()
            #expect(report.problems.count == 1)
            let problem = try #require(report.firstProblem)
            #expect(problem.kind == .removed)
            #expect(problem.eventID == ids[7])
            #expect(problem.position == 7)
            #expect(problem.detail == "an event was removed between event \(ids[5]) and event \(ids[7]) (chain place 7 is empty)")
        }
    }

    @Test("deleting the last events is found from the chain's head", arguments: TestDatabase.allCases)
    func removedAtEnd(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let ids = try await Self.appendTen(store)
            try await Self.sql(store, "DELETE FROM audit_log WHERE id >= \(bind: ids[8])")
            let report = try await store.audit.verifyChain()
            #expect(report.firstProblem?.kind == .removed)
            #expect(report.firstProblem?.eventID == nil)
            #expect(report.firstProblem?.detail == "the last 2 events were removed (after event \(ids[7])): the chain records 10")
        }
    }

    @Test("an event inserted directly with SQL is named as inserted, whether or not it is given a place", arguments: TestDatabase.allCases)
    func inserted(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            try await Self.appendTen(store)
            try await Self.sql(store, """
                INSERT INTO audit_log (at, actor, event, item_id, details) VALUES (1, 'practice.manager', 'approved', '100_3', '{}')
                """)
            let plain = try #require(try await store.audit.list(limit: 100, after: nil).last)
            var report = try await store.audit.verifyChain()
            #expect(report.problems.map(\.kind) == [.inserted])
            #expect(report.firstProblem?.eventID == plain.id)
            #expect(report.firstProblem?.detail == "event \(plain.id) (approved) was inserted: it has no place in the chain")

            // A forger who knows the format, links the row properly, but cannot move the chain's head without being seen.
            try await Self.sql(store, "DELETE FROM audit_log WHERE id = \(bind: plain.id)")
            let head = try #require(try await store.audit.list(limit: 100, after: nil).last)
            try await Self.sql(store, """
                INSERT INTO audit_log (at, actor, event, item_id, details) VALUES (2, 'decorum', 'overridden', '100_4', '{}')
                """)
            var forged = try #require(try await store.read { db in
                try await db.raw("SELECT \(unsafeRaw: AuditChainRow.columns) FROM audit_log ORDER BY id DESC LIMIT 1").first().map(AuditChainRow.init)
            })
            let previous = try #require(head.hash)
            forged.position = 11
            try await Self.sql(store, """
                UPDATE audit_log SET seq = 11, prev_hash = \(bind: previous), hash = \(bind: AuditChain.hash(forged, position: 11, previous: previous))
                WHERE id = \(bind: forged.id)
                """)
            report = try await store.audit.verifyChain()
            #expect(report.problems.map(\.kind) == [.inserted])
            #expect(report.firstProblem?.eventID == forged.id)
            #expect(report.firstProblem?.detail == "event \(forged.id) (overridden) was inserted: it claims place 11 but the chain ends at 10")
        }
    }

    @Test("the first of several problems is the earliest in the log", arguments: TestDatabase.allCases)
    func firstOfSeveral(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let ids = try await Self.appendTen(store)
            try await Self.sql(store, "UPDATE audit_log SET event = 'approved' WHERE id = \(bind: ids[8])")
            try await Self.sql(store, "DELETE FROM audit_log WHERE id = \(bind: ids[1])")
            let report = try await store.audit.verifyChain()
            #expect(report.problems.map(\.kind) == [.removed, .altered])
            #expect(report.firstProblem?.eventID == ids[2])
            #expect(report.description.hasSuffix("(1 more problem after it)"))
        }
    }

    @Test("the migration links entries written before the chain, in id order, even after later migrations, and appends continue it",
          arguments: TestDatabase.allCases)
    func migrationLinksOldEntries(database: TestDatabase) async throws {
        try await database.withStore(migrate: false) { store, _ in
            // Every other migration first, as on a database that had the later ones before this one was merged.
            try await Migrator(migrations: Migrations.all.filter { $0.version != Migration.governance.version }, logger: TestDatabase.logger)
                .migrate(store)
            for (n, event) in ["item.received", "judged", "action_done"].enumerated() {
                try await Self.sql(store, """
                    INSERT INTO audit_log (at, actor, event, item_id, details) VALUES (\(bind: Int64(1_700_000_000_000 + n)), 'decorum', \(bind: event), NULL, '{}')
                    """)
            }
            try await Self.sql(store, """
                INSERT INTO webhook_events (dedupe_key, body, received_at) VALUES ('sync:comment:111_222:add:abcd', \(unsafeRaw: store.dialect.emptyBytes), 1)
                """)
            try await store.migrate()
            let entries = try await store.audit.list(limit: 100, after: nil)
            #expect(entries.map(\.event) == ["item.received", "judged", "action_done"])
            #expect(entries.map(\.position) == [1, 2, 3])
            try await store.audit.append(actor: "decorum", event: "after", itemID: nil, details: .null)
            let report = try await store.audit.verifyChain()
            #expect(report.isIntact)
            #expect(report.events == 4)
            let item = try await store.read { db in try await db.raw("SELECT item_id FROM webhook_events").first()?.optionalString("item_id") }
            #expect(item == "111_222")
        }
    }
}

/// A row built in memory, to make chain rows without a database.
struct FakeRow: SQLRow {
    enum Value { case int(Int64), text(String), null }
    let values: [String: Value]
    init(_ values: [String: Value]) { self.values = values }

    var allColumns: [String] { Array(values.keys) }
    func contains(column: String) -> Bool { values[column] != nil }
    func decodeNil(column: String) throws -> Bool {
        if case .null = values[column] { return true }
        return values[column] == nil
    }
    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        switch values[column] {
        case .int(let n): if let value = n as? D { return value }
        case .text(let s): if let value = s as? D { return value }
        case .null, nil: if let optional = D.self as? any ExpressibleByNilLiteral.Type, let none = optional.init(nilLiteral: ()) as? D { return none }
        }
        throw DecodingError.valueNotFound(D.self, .init(codingPath: [], debugDescription: column))
    }
}
