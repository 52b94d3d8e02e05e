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

    /// The job payload.
    public func encoded() throws -> String {
        String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
    }

    public static func decode(_ payload: String) throws -> ChangeEnvelope {
        try JSONDecoder().decode(ChangeEnvelope.self, from: Data(payload.utf8))
    }
}
