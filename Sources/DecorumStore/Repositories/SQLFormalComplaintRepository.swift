public import DecorumCore
import Foundation
import SQLKit

/// Formal complaints, in the `formal_complaints` table: one per item, marked once, acknowledged once.
public struct SQLFormalComplaintRepository: Sendable {
    let executor: any SQLExecutor

    public init(store: Store) { executor = store }
    public init(transaction: Transaction) { executor = transaction }

    private static let columns = "item_id, received_on, acknowledge_by, marked_by, marked_at, acknowledged_by, acknowledged_at"

    /// Marks the item a formal complaint received on `receivedOn`, due for acknowledgement by `acknowledgeBy`;
    /// marking it again returns the first marking unchanged.
    @discardableResult
    public func mark(_ item: ItemID, receivedOn: CalendarDay, acknowledgeBy: CalendarDay, by person: String) async throws -> FormalComplaint {
        let now = executor.nowMillis
        return try await executor.write { db in
            try await db.raw("""
                INSERT INTO formal_complaints (item_id, received_on, acknowledge_by, marked_by, marked_at)
                VALUES (\(bind: item.rawValue), \(bind: receivedOn.description), \(bind: acknowledgeBy.description), \(bind: person.storable), \(bind: now))
                ON CONFLICT (item_id) DO NOTHING
                """).run()
            guard let row = try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM formal_complaints WHERE item_id = \(bind: item.rawValue)").first()
            else { throw StoreError.notFound(table: "formal_complaints", id: item.rawValue) }
            return try Self.complaint(row)
        }
    }

    /// Records that the acknowledgement was sent; the first acknowledgement stands.
    @discardableResult
    public func acknowledge(_ item: ItemID, by person: String) async throws -> FormalComplaint {
        let now = executor.nowMillis
        return try await executor.write { db in
            try await db.raw("""
                UPDATE formal_complaints SET acknowledged_by = \(bind: person.storable), acknowledged_at = \(bind: now)
                WHERE item_id = \(bind: item.rawValue) AND acknowledged_at IS NULL
                """).run()
            guard let row = try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM formal_complaints WHERE item_id = \(bind: item.rawValue)").first()
            else { throw StoreError.notFound(table: "formal_complaints", id: item.rawValue) }
            return try Self.complaint(row)
        }
    }

    public func complaint(for item: ItemID) async throws -> FormalComplaint? {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM formal_complaints WHERE item_id = \(bind: item.rawValue)").first().map(Self.complaint)
        }
    }

    /// Complaints still owed an acknowledgement, soonest due first.
    public func awaitingAcknowledgement(limit: Int = 200) async throws -> [FormalComplaint] {
        try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM formal_complaints WHERE acknowledged_at IS NULL
                ORDER BY acknowledge_by, marked_at LIMIT \(bind: limit)
                """).all().map(Self.complaint)
        }
    }

    static func complaint(_ row: any SQLRow) throws -> FormalComplaint {
        func day(_ column: String) throws -> CalendarDay {
            let raw = try row.string(column)
            guard let day = CalendarDay(iso: raw) else { throw StoreError.corruptRow(table: "formal_complaints", column: column, value: raw) }
            return day
        }
        return FormalComplaint(
            itemID: ItemID(try row.string("item_id")), receivedOn: try day("received_on"), acknowledgeBy: try day("acknowledge_by"),
            markedBy: try row.string("marked_by"), markedAt: try row.date("marked_at"), acknowledgedBy: try row.optionalString("acknowledged_by"),
            acknowledgedAt: try row.optionalDate("acknowledged_at"))
    }
}

extension Store {
    /// Complaints taken up under the Complaints Procedure.
    public var formalComplaints: SQLFormalComplaintRepository { SQLFormalComplaintRepository(store: self) }
}

extension Transaction {
    public var formalComplaints: SQLFormalComplaintRepository { SQLFormalComplaintRepository(transaction: self) }
}
