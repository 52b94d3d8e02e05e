public import DecorumCore
public import Foundation

/// The Graph API calls Decorum makes. `HTTPGraphClient` talks to Graph (or the simulator); tests
/// and the worker's seams can substitute their own.
public protocol GraphClient: Sendable {
    /// Does `action` on `page`'s behalf with the Page's access token.
    func perform(_ action: GraphAction, page: PageID, token: PageToken) async throws(GraphError) -> GraphActionResult

    /// One page of the Page's feed since `since` (all of it when nil), with each post's comments;
    /// pass the previous page's `next` as `after` to continue.
    func feed(page: PageID, since: Date?, after: FeedCursor?, token: PageToken) async throws(GraphError) -> FeedPage

    /// The object's state now, or nil when Graph says it no longer exists (deleted).
    func inspect(_ id: ItemID, token: PageToken) async throws(GraphError) -> GraphObjectState?

    /// The comments and replies under an object, oldest first (at most `limit`).
    func comments(on id: ItemID, limit: Int, token: PageToken) async throws(GraphError) -> [GraphComment]
}

extension GraphClient {
    /// Every post and comment since `since`, following `paging.next` to the end (at most `maxPages` pages).
    public func backfill(page: PageID, since: Date?, token: PageToken, maxPages: Int = 1000) async throws(GraphError) -> [FeedChange] {
        var changes: [FeedChange] = []
        var cursor: FeedCursor?
        for _ in 0..<maxPages {
            let result = try await feed(page: page, since: since, after: cursor, token: token)
            changes += result.changes
            guard let next = result.next else { break }
            cursor = next
        }
        return changes
    }
}
