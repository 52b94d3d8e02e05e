/// One page of a back-fill through `/{page-id}/feed`: posts and their comments as feed changes
/// (verb `add`), so that back-filled and webhook-delivered items share one ingestion path.
public struct FeedPage: Sendable, Hashable {
    public var changes: [FeedChange]
    /// Where the next page is, or nil at the end.
    public var next: FeedCursor?
    public var usage: RateLimitUsage?

    public init(changes: [FeedChange], next: FeedCursor?, usage: RateLimitUsage? = nil) {
        self.changes = changes
        self.next = next
        self.usage = usage
    }
}

/// An opaque position in a paged Graph listing: Graph's `paging.next` URL with any access token removed.
public struct FeedCursor: Sendable, Hashable {
    let url: String
    init(url: String) { self.url = url }
}
