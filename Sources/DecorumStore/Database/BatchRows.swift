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

    /// `UPDATE table SET c = CASE key WHEN k THEN v … END, … WHERE key IN (…)`: each row gets its own values,
    /// in one statement. `rows` are a key and one value per column, in the order of `columns`.
    static func update<Key: Encodable & Sendable>(
        _ table: String, key: String, columns: [String], rows: some Collection<(key: Key, values: [any Encodable & Sendable])>
    ) -> SQLQueryString {
        let assignments = columns.indices.map { column -> SQLQueryString in
            let cases = rows.map { row -> SQLQueryString in "WHEN \(bind: row.key) THEN \(bind: row.values[column])" }
            return "\(ident: columns[column]) = CASE \(ident: key) \(cases.joined(separator: " ")) END"
        }
        return """
            UPDATE \(ident: table) SET \(assignments.joined(separator: ", ")) WHERE \(ident: key) IN (\(binds: rows.map(\.key)))
            """
    }

    /// `rows` split into chunks of at most ``chunk``.
    static func chunks<T>(_ rows: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: rows.count, by: chunk).map { rows[$0..<min($0 + chunk, rows.count)] }
    }
}
