public import DecorumCore
import Foundation
import SQLKit

/// Notes on items, in the `notes` table; notes are never edited or deleted (they are part of the record).
public struct SQLNoteRepository: Sendable {
    let executor: any SQLExecutor

    /// Notes in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// Notes inside a transaction.
    public init(transaction: Transaction) { executor = transaction }

    /// Adds a note (at most 4,000 characters) to the item.
    @discardableResult
    public func add(_ text: String, to item: ItemID, by author: String) async throws -> Note {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.invalidArgument("A note needs some text.") }
        guard trimmed.count <= 4000 else { throw StoreError.invalidArgument("A note is at most 4,000 characters; this one is \(trimmed.count).") }
        let now = executor.nowMillis
        return try await executor.write { db in
            guard let row = try await db.raw("""
                INSERT INTO notes (item_id, author, text, created_at)
                VALUES (\(bind: item.rawValue), \(bind: author.storable), \(bind: trimmed.storable), \(bind: now))
                RETURNING id, item_id, author, text, created_at
                """).first()
            else { throw StoreError.notFound(table: "notes", id: "just added") }
            return try Self.note(row)
        }
    }

    /// The item's notes, oldest first.
    public func list(for item: ItemID) async throws -> [Note] {
        try await executor.read { db in
            try await db.raw("SELECT id, item_id, author, text, created_at FROM notes WHERE item_id = \(bind: item.rawValue) ORDER BY id")
                .all().map(Self.note)
        }
    }

    static func note(_ row: any SQLRow) throws -> Note {
        Note(id: try row.int64("id"), itemID: ItemID(try row.string("item_id")), author: try row.string("author"),
             text: try row.string("text"), createdAt: try row.date("created_at"))
    }
}
