import Foundation

/// Rows of cells printed in columns, each as wide as its widest cell.
enum ColumnText {
    /// The rows as lines, cells two spaces apart, after `indent`.
    static func lines(_ rows: [[String]], indent: String = "") -> [String] {
        guard let first = rows.first else { return [] }
        let widths = first.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            let cells = zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
            return indent + cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }
}
