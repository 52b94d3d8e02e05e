public import DecorumCore
/// A Facebook page Decorum moderates.
public struct Page: Sendable, Hashable {
    public var id: PageID
    public var name: String
    /// The page access token, encrypted by the caller; the store never sees it in clear.
    public var tokenCiphertext: String?
    /// True once the Graph API said the token expired: actions for the page stop until it is replaced.
    public var tokenExpired: Bool

    public init(id: PageID, name: String, tokenCiphertext: String? = nil, tokenExpired: Bool = false) {
        self.id = id
        self.name = name
        self.tokenCiphertext = tokenCiphertext
        self.tokenExpired = tokenExpired
    }
}
