import SQLKit

extension SQLAuditLog {
    /// Re-walks the whole audit chain, a page at a time, and says whether every event is as it was written, or
    /// names the first one altered, removed or inserted. Events appended while it walks are left for the next walk.
    public func verifyChain() async throws -> AuditChainReport {
        let start = try await head()
        var walk = AuditChainWalk()
        var after: Int64 = 0
        while true {
            let rows = try await executor.read { db in
                try await db.raw("""
                    SELECT \(unsafeRaw: AuditChainRow.columns) FROM audit_log
                    WHERE seq > \(bind: after) AND seq <= \(bind: start.length) ORDER BY seq, id LIMIT \(bind: Self.verifyPage)
                    """).all().map(AuditChainRow.init)
            }
            for row in rows { walk.visit(row) }
            guard rows.count == Self.verifyPage, let last = rows.last?.position else { break }
            after = last
        }
        walk.finish(length: start.length, headHash: start.hash)
        // Anything beyond the head, or with no place at all, was not appended by Decorum. One statement reads the
        // head and the rows, so an entry appended meanwhile is never taken for one inserted.
        let foreign = try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: AuditChainRow.columns), h.length AS chain_length
                FROM audit_log LEFT JOIN audit_chain h ON h.chain = \(bind: AuditChain.name)
                WHERE seq IS NULL OR seq > h.length
                ORDER BY id LIMIT \(bind: AuditChainReport.problemLimit)
                """).all().map { (try AuditChainRow($0), try $0.decode(column: "chain_length", as: Int64?.self)) }
        }
        for (row, length) in foreign { walk.foreign(row, length: length) }
        let problems = walk.problems.sorted { ($0.eventID ?? .max, $0.position ?? .max) < ($1.eventID ?? .max, $1.position ?? .max) }
        return AuditChainReport(events: start.length, headHash: start.hash, problems: Array(problems.prefix(AuditChainReport.problemLimit)))
    }

    /// Rows read per page while verifying.
    static let verifyPage = 1000

    /// The chain's length and last hash as recorded in its head row (or, if that row is missing, its last linked entry).
    private func head() async throws -> (length: Int64, hash: String) {
        try await executor.read { db in
            if let row = try await db.raw("SELECT length, head_hash FROM audit_chain WHERE chain = \(bind: AuditChain.name)").first() {
                return (try row.int64("length"), try row.string("head_hash"))
            }
            let last = try await db.raw("SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1").first()
            return (try last?.int64("seq") ?? 0, try last?.optionalString("hash") ?? AuditChain.genesis)
        }
    }
}

/// The state of a walk along the chain in order of place: what it expects next, and what it has found wrong.
struct AuditChainWalk {
    private var expected: Int64 = 1
    private var previousHash = AuditChain.genesis
    private var previousID: Int64?
    private(set) var problems: [AuditChainProblem] = []

    /// Checks the next row (in order of place) against the one before it and against its own hash.
    mutating func visit(_ row: AuditChainRow) {
        guard let position = row.position else { return foreign(row, length: nil) }
        if position < expected {
            let holder = previousID.map { "event \($0)" } ?? "another event"
            return report(.inserted, row.id, position, "event \(row.id) (\(row.event)) was inserted: it claims place \(position) in the chain, which \(holder) holds")
        }
        if position > expected {
            let missing = position - expected
            let what = missing == 1 ? "an event was" : "\(missing) events were"
            let after = previousID.map { "between event \($0) and event \(row.id)" } ?? "before event \(row.id), at the start of the log"
            report(.removed, row.id, expected, "\(what) removed \(after) (chain place \(expected)\(missing == 1 ? "" : "–\(position - 1)") is empty)")
        } else if row.previousHash != previousHash {
            if let previousID {
                report(.altered, previousID, position - 1,
                       "event \(previousID) was altered and its hash recomputed: event \(row.id) after it still carries the hash it had before")
            } else {
                report(.altered, row.id, position, "event \(row.id) (\(row.event)), the first, was altered: it does not start from the chain's origin")
            }
        }
        let computed = AuditChain.hash(row, position: position, previous: row.previousHash ?? "")
        if row.hash != computed {
            report(.altered, row.id, position, "event \(row.id) (\(row.event)) was altered: what it records no longer matches its hash")
        }
        previousHash = row.hash ?? computed
        previousID = row.id
        expected = position + 1
    }

    /// Checks the end of the walk against the chain's head: the last events removed, or the last altered.
    mutating func finish(length: Int64, headHash: String) {
        let last = expected - 1
        if last < length {
            let missing = length - last
            let after = previousID.map { " (after event \($0))" } ?? ""
            report(.removed, nil, expected, "the last \(missing == 1 ? "event was" : "\(missing) events were") removed\(after): the chain records \(length)")
        } else if previousHash != headHash, let previousID {
            report(.altered, previousID, last, "event \(previousID), the last, was altered and its hash recomputed: the chain's head still records the hash it had before")
        }
    }

    /// A row with no place in the chain, or beyond its head.
    mutating func foreign(_ row: AuditChainRow, length: Int64?) {
        if let position = row.position, let length {
            report(.inserted, row.id, position, "event \(row.id) (\(row.event)) was inserted: it claims place \(position) but the chain ends at \(length)")
        } else {
            report(.inserted, row.id, nil, "event \(row.id) (\(row.event)) was inserted: it has no place in the chain")
        }
    }

    private mutating func report(_ kind: AuditChainProblem.Kind, _ eventID: Int64?, _ position: Int64?, _ detail: String) {
        guard problems.count < AuditChainReport.problemLimit else { return }
        problems.append(AuditChainProblem(kind: kind, eventID: eventID, position: position, detail: detail))
    }
}
