public import DecorumCore

/// One change to a Page's feed, as a `feed` webhook reports it.
public struct FeedChange: Sendable, Hashable {
    /// What kind of object changed (the payload's `item`).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case comment, post, status, photo, video, share
    }

    /// What happened to it (the payload's `verb`).
    public enum Verb: String, Sendable, Hashable, CaseIterable {
        case add, edited, remove, hide, unhide
    }

    /// The Page whose feed changed (the entry's `id`).
    public var pageID: PageID
    public var kind: Kind
    public var verb: Verb
    /// The comment's id for comments, the post's id otherwise.
    public var objectID: ItemID
    /// The post the object belongs to.
    public var postID: ItemID?
    /// For a comment: the post it answers, or the comment it replies to.
    public var parentID: ItemID?
    public var from: Author?
    public var message: String?
    /// Unix seconds.
    public var createdTime: Int64?
    public var attachments: [Attachment]
    /// The change's `value` object as compact JSON with sorted keys: the same change always gives the same text.
    public var raw: String

    public init(
        pageID: PageID, kind: Kind, verb: Verb, objectID: ItemID, postID: ItemID? = nil, parentID: ItemID? = nil,
        from: Author? = nil, message: String? = nil, createdTime: Int64? = nil, attachments: [Attachment] = [],
        raw: String = "{}"
    ) {
        self.pageID = pageID
        self.kind = kind
        self.verb = verb
        self.objectID = objectID
        self.postID = postID
        self.parentID = parentID
        self.from = from
        self.message = message
        self.createdTime = createdTime
        self.attachments = attachments
        self.raw = raw
    }

    /// True when the Page itself wrote the object; such items are stored but never acted on.
    public var isFromPage: Bool { from?.id?.rawValue == pageID.rawValue }

    /// True for a comment that replies to another comment rather than to the post.
    public var isReply: Bool { kind == .comment && parentID != nil && parentID != postID }

    /// A key that is the same for every delivery of this change and differs for any other change
    /// (another verb, another edit): the de-duplication key for at-least-once delivery.
    public var deliveryKey: String {
        "\(kind.rawValue):\(objectID.rawValue):\(verb.rawValue):" + Hex.encode(SHA256Digest.of(raw).prefix(16))
    }

    /// The engine's view of the object.
    public var item: Item {
        Item(
            id: objectID, text: message ?? "", author: from, attachments: attachments, platform: "facebook",
            createdTime: createdTime.map { GraphTime.iso8601(unixSeconds: $0) }, parentID: parentID,
            fromPage: isFromPage
        )
    }
}
