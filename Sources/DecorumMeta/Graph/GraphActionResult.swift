/// What Graph answered to a successful action.
public struct GraphActionResult: Sendable, Hashable {
    public var action: GraphAction
    /// The id Graph created: the public reply's comment id or the private message's id.
    public var createdID: String?
    /// Graph's JSON answer, compact, at most 2,000 characters: stored as the platform's response.
    public var response: String
    /// The usage headers that came with the answer.
    public var usage: RateLimitUsage?

    public init(action: GraphAction, createdID: String? = nil, response: String, usage: RateLimitUsage? = nil) {
        self.action = action
        self.createdID = createdID
        self.response = String(response.prefix(2000))
        self.usage = usage
    }
}
