import SQLKit

/// The SQL database behind a store.
public enum Dialect: String, Sendable, Hashable, CaseIterable {
    case sqlite
    case postgres
}

extension Dialect {
    /// What follows a SELECT whose rows the transaction will change: ` FOR UPDATE` on PostgreSQL, nothing on
    /// SQLite, whose write transactions (`BEGIN IMMEDIATE`) already exclude one another.
    var rowLock: String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR UPDATE"
        }
    }

    /// ``rowLock`` that passes over rows another transaction holds (`FOR UPDATE SKIP LOCKED`), so several
    /// processes share out the rows instead of waiting for one another.
    var skippingRowLock: String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR UPDATE SKIP LOCKED"
        }
    }

    /// An empty BLOB/BYTEA value, written in the SQL (an empty bound value can reach SQLite as NULL).
    var emptyBytes: String {
        switch self {
        case .sqlite: "X''"
        case .postgres: "''::bytea"
        }
    }

    /// A statement that holds the lock named `key` until the transaction ends (PostgreSQL's advisory lock),
    /// or nil on SQLite, where a write transaction holds the whole database already.
    func transactionLock(_ key: Int64) -> SQLQueryString? {
        switch self {
        case .sqlite: nil
        case .postgres: "SELECT pg_advisory_xact_lock(\(bind: key))"
        }
    }
}
