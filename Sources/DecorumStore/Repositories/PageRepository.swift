public import DecorumCore
/// The pages Decorum moderates and the state of their tokens.
public protocol PageRepository: Sendable {
    /// Adds the page or replaces its name and token (a new token clears `tokenExpired`).
    func save(_ page: Page) async throws
    /// The page, or nil if it was never saved.
    func page(_ id: PageID) async throws -> Page?
    /// Records that the Page's token expired, adding the Page if it was not stored yet.
    func markTokenExpired(_ id: PageID) async throws
    /// Every page, in order of id.
    func all() async throws -> [Page]
    /// Records that the page's token expired (or was replaced); the caller raises the alert.
    func setTokenExpired(_ expired: Bool, for id: PageID) async throws
}
