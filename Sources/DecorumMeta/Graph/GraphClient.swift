public import DecorumCore
public import Foundation

/// The Graph API calls Decorum makes. `HTTPGraphClient` talks to Graph (or the simulator); tests
/// and the worker's seams can substitute their own.
public protocol GraphClient: Sendable {
    /// Does `action` on `page`'s behalf with the Page's access token.
    func perform(_ action: GraphAction, page: PageID, token: PageToken) async throws(GraphError) -> GraphActionResult

    /// Several actions on one Page in one request (Graph's batch API, at most ``GraphBatch/maxOperations``),
    /// each with its own result, in order; the whole call throws only if the request itself failed.
    func performBatch(_ actions: [GraphAction], page: PageID, token: PageToken) async throws(GraphError) -> [Result<GraphActionResult, GraphError>]

    /// One page of the Page's feed since `since` (all of it when nil), with each post's comments;
    /// pass the previous page's `next` as `after` to continue.
    func feed(page: PageID, since: Date?, after: FeedCursor?, token: PageToken) async throws(GraphError) -> FeedPage

    /// The object's state now, or nil when Graph says it no longer exists (deleted).
    func inspect(_ id: ItemID, token: PageToken) async throws(GraphError) -> GraphObjectState?

    /// The comments and replies under an object, oldest first (at most `limit`).
    func comments(on id: ItemID, limit: Int, token: PageToken) async throws(GraphError) -> [GraphComment]
}

/// Graph's batch API limits.
public enum GraphBatch {
    /// Operations one batch request may carry.
    public static let maxOperations = 50
}

extension GraphClient {
    /// One call per action, for clients without a batch endpoint.
    public func performBatch(_ actions: [GraphAction], page: PageID, token: PageToken) async throws(GraphError) -> [Result<GraphActionResult, GraphError>] {
        var results = [Result<GraphActionResult, GraphError>]()
        for action in actions {
            do throws(GraphError) {
                results.append(.success(try await perform(action, page: page, token: token)))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }

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
