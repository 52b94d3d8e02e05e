public import DecorumCore
public import DecorumMeta

/// Where the act step finds a Page's access token.
public protocol PageTokenProvider: Sendable {
    /// The Page's token, or nil when the Page is not connected.
    func token(for page: PageID) async throws -> PageToken?
}

/// Tokens given up front (tests, and a single Page configured without a store).
public struct FixedPageTokens: PageTokenProvider {
    let tokens: [PageID: PageToken]

    public init(_ tokens: [PageID: PageToken]) { self.tokens = tokens }

    public func token(for page: PageID) async throws -> PageToken? { tokens[page] }
}
