import DecorumCore
import struct Foundation.Date
import SQLKit

/// The audit log's hash chain: each entry carries the hash of the one before it, and its own hash covers that
/// and everything the entry says, so an entry altered, removed or inserted other than through Decorum breaks
/// the chain where it happened. One chain per practice (one database).
///
/// The canonical form of an entry, version 1, is the netstrings (`<UTF-8 byte count>:<bytes>,`) of, in order:
/// `1`, its place in the chain (1 for the first entry), its id, its time in milliseconds since 1970, the actor,
/// the event, the item id (or `~` alone when there is none) and the details JSON text exactly as stored. An
/// entry's hash is the lower-case hex of SHA-256(previous hash in hex ‖ canonical form); the first entry's
/// previous hash is 64 zeros. So, in a shell, `printf '%s%s' "$prev" "$canonical" | sha256sum`.
enum AuditChain {
    /// The chain's row in `audit_chain`.
    static let name = "practice"
    /// The previous hash of the first entry.
    static let genesis = String(repeating: "0", count: 64)

    /// The bytes an entry's hash covers besides the previous hash.
    static func canonical(_ row: AuditChainRow, position: Int64) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(96 + row.actor.utf8.count + row.event.utf8.count + row.details.utf8.count)
        func field(_ text: String) {
            out += String(text.utf8.count).utf8
            out.append(UInt8(ascii: ":"))
            out += text.utf8
            out.append(UInt8(ascii: ","))
        }
        field("1")
        field(String(position))
        field(String(row.id))
        field(String(row.at))
        field(row.actor)
        field(row.event)
        if let item = row.itemID { field(item) } else { out.append(UInt8(ascii: "~")) }
        field(row.details)
        return out
    }

    /// The entry's hash at `position` after an entry whose hash is `previous`.
    static func hash(_ row: AuditChainRow, position: Int64, previous: String) -> String {
        SHA256Hex.of(Array(previous.utf8), canonical(row, position: position))
    }
}

/// An `audit_log` row as stored, with its time in the very milliseconds stored (a `Date` would round them).
struct AuditChainRow: Sendable {
    static let columns = "id, at, actor, event, item_id, details, seq, prev_hash, hash"

    var id: Int64
    var at: Int64
    var actor: String
    var event: String
    var itemID: String?
    var details: String
    var position: Int64?
    var previousHash: String?
    var hash: String?

    init(_ row: any SQLRow) throws {
        id = try row.int64("id")
        at = try row.int64("at")
        actor = try row.string("actor")
        event = try row.string("event")
        itemID = try row.optionalString("item_id")
        details = try row.string("details")
        position = try row.decode(column: "seq", as: Int64?.self)
        previousHash = try row.optionalString("prev_hash")
        hash = try row.optionalString("hash")
    }

    /// The row as the audit log's API shows it.
    var entry: AuditEntry {
        AuditEntry(id: id, at: Date(storeMillis: at), actor: actor, event: event, itemID: itemID.map(ItemID.init(rawValue:)),
                   detailsJSON: details, position: position, previousHash: previousHash, hash: hash)
    }
}
