import SQLKit

/// Rows of a multi-row statement: `(…), (…), …`, each row's values bound, never spliced.
///
/// Under load every statement costs a trip to SQLite's thread and back; writing a batch in one statement
/// is what lets one machine keep up with a busy Page. Chunks stay well inside both dialects' limits on
/// bound parameters (SQLite 32,766, PostgreSQL 65,535).
enum BatchRows {
    /// Rows per statement.
    static let chunk = 200

    static func values(_ rows: [SQLQueryString]) -> SQLQueryString {
        rows.map { "(\($0))" }.joined(separator: ", ")
    }

    /// `rows` split into chunks of at most ``chunk``.
    static func chunks<T>(_ rows: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: rows.count, by: chunk).map { rows[$0..<min($0 + chunk, rows.count)] }
    }
}
