public import DecorumCore
public import DecorumMeta
public import DecorumStore
public import Foundation

/// A received feed change as a job carries it from the webhook route to the worker that judges it:
/// everything the worker needs, in Decorum's own terms, so the queue does not depend on Meta's shapes.
public struct ChangeEnvelope: Sendable, Hashable, Codable {
    public var page: PageID
    public var kind: ItemKind
    public var verb: String
    public var item: Item
    /// Meta's change as received, kept as evidence with the item's revision.
    public var raw: String
    /// When Decorum received it (milliseconds since 1970): the start of webhook-to-action latency.
    public var receivedAt: Int64?

    public init(page: PageID, kind: ItemKind, verb: String, item: Item, raw: String, receivedAt: Int64? = nil) {
        self.page = page
        self.kind = kind
        self.verb = verb
        self.item = item
        self.raw = raw
        self.receivedAt = receivedAt
    }

    /// A change from a webhook or a back-fill, received at `receivedAt`.
    public init(_ change: FeedChange, receivedAt: Date) {
        let kind: ItemKind = change.kind == .comment ? (change.isReply ? .reply : .comment) : .post
        self.init(page: change.pageID, kind: kind, verb: change.verb.rawValue, item: change.item, raw: change.raw,
                  receivedAt: Int64((receivedAt.timeIntervalSince1970 * 1000).rounded(.down)))
    }

    /// The job payload. Written and read by hand rather than through Foundation's coders: every webhook is
    /// encoded once and every judging job decoded once, and on a busy Page that shows.
    public func encoded() throws -> String {
        var itemFields: [(String, JSONValue)] = [("id", .string(item.id.rawValue)), ("text", .string(item.text))]
        if let author = item.author {
            var a: [(String, JSONValue)] = []
            if let id = author.id { a.append(("id", .string(id.rawValue))) }
            if let name = author.name { a.append(("name", .string(name))) }
            itemFields.append(("author", .object(a)))
        }
        itemFields.append(("attachments", .array(item.attachments.map { attachment in
            var a: [(String, JSONValue)] = [("type", .string(attachment.type.rawValue))]
            if let url = attachment.url { a.append(("url", .string(url))) }
            return .object(a)
        })))
        if let platform = item.platform { itemFields.append(("platform", .string(platform))) }
        if let created = item.createdTime { itemFields.append(("created_time", .string(created))) }
        if let parent = item.parentID { itemFields.append(("parent_id", .string(parent.rawValue))) }
        itemFields.append(("from_page", .bool(item.fromPage)))
        var fields: [(String, JSONValue)] = [
            ("page", .string(page.rawValue)), ("kind", .string(kind.rawValue)), ("verb", .string(verb)), ("item", .object(itemFields)),
            ("raw", .string(raw)),
        ]
        if let receivedAt { fields.append(("receivedAt", .int(Int(receivedAt)))) }
        return JSONValue.object(fields).serialized()
    }

    /// Reads a job payload written by ``encoded()`` (or by the Codable form earlier releases wrote, which has the same shape).
    public static func decode(_ payload: String) throws -> ChangeEnvelope {
        let value = try JSONValue.parse(payload)
        func field(_ object: JSONValue, _ key: String) -> JSONValue? {
            guard case .object(let pairs) = object else { return nil }
            return pairs.first { $0.0 == key }?.1
        }
        func string(_ object: JSONValue, _ key: String) -> String? {
            if case .string(let s)? = field(object, key) { return s }
            return nil
        }
        func required(_ object: JSONValue, _ key: String) throws -> String {
            guard let s = string(object, key) else { throw EnvelopeError(missing: key) }
            return s
        }
        guard let itemValue = field(value, "item") else { throw EnvelopeError(missing: "item") }
        guard let kind = ItemKind(rawValue: try required(value, "kind")) else { throw EnvelopeError(missing: "kind") }
        var author: Author?
        if let a = field(itemValue, "author") {
            author = Author(id: string(a, "id").map(AuthorID.init(rawValue:)), name: string(a, "name"))
        }
        var attachments = [Attachment]()
        if case .array(let list)? = field(itemValue, "attachments") {
            for entry in list {
                guard let type = string(entry, "type").flatMap(Attachment.Kind.init(rawValue:)) else { throw EnvelopeError(missing: "attachments.type") }
                attachments.append(Attachment(type: type, url: string(entry, "url")))
            }
        }
        let fromPage: Bool = if case .bool(true)? = field(itemValue, "from_page") { true } else { false }
        let item = Item(
            id: ItemID(try required(itemValue, "id")), text: try required(itemValue, "text"), author: author, attachments: attachments,
            platform: string(itemValue, "platform"), createdTime: string(itemValue, "created_time"),
            parentID: string(itemValue, "parent_id").map(ItemID.init(rawValue:)), fromPage: fromPage)
        var receivedAt: Int64?
        switch field(value, "receivedAt") {
        case .int(let ms)?: receivedAt = Int64(ms)
        case .number(let ms)?: receivedAt = Int64(ms)
        default: receivedAt = nil
        }
        return ChangeEnvelope(page: PageID(try required(value, "page")), kind: kind, verb: try required(value, "verb"), item: item,
                              raw: try required(value, "raw"), receivedAt: receivedAt)
    }

    /// A judging job's payload that lacks something it needs.
    struct EnvelopeError: Error, CustomStringConvertible {
        var missing: String
        var description: String { "the judging job's payload has no \(missing)" }
    }
}
