import DecorumCore

/// A post on the simulated Page.
struct SimulatedPost: Sendable {
    var id: String
    var from: Author
    var message: String
    var createdTime: Int64
    var attachments: [Attachment]
    var isHidden = false
    var isDeleted = false
}

/// A comment (or reply) on the simulated Page.
struct SimulatedComment: Sendable {
    var id: String
    var postID: String
    /// The post for a top-level comment, the comment replied to for a reply.
    var parentID: String
    var from: Author
    var message: String
    var createdTime: Int64
    var attachments: [Attachment]
    var isHidden = false
    var isDeleted = false

    var isReply: Bool { parentID != postID }
}

/// Something a Graph client did to the simulated Page, as `GET /_sim/actions` lists it.
struct SimulatedAction: Sendable {
    var kind: GraphAction.Kind
    var objectID: String
    var text: String?
    var at: Int64
    var createdID: String?

    var json: JSONValue {
        var fields: [(String, JSONValue)] = [("kind", .string(kind.rawValue)), ("object_id", .string(objectID))]
        if let text { fields.append(("text", .string(text))) }
        if let createdID { fields.append(("created_id", .string(createdID))) }
        fields.append(("time", .string(GraphTime.iso8601(unixSeconds: at))))
        return .object(fields)
    }
}

/// A failure the next matching Graph calls answer with (`POST /_sim/fail`).
struct InjectedFailure: Sendable {
    /// An operation name (`hide`, `private_reply`, `feed`, …) or `any`.
    var operation: String
    var remaining: Int
    /// HTTP status to answer with; nil only delays the call.
    var status: Int?
    var code: Int?
    var subcode: Int?
    var message: String
    var delay: Duration
}

/// A signed webhook waiting to be sent.
struct WebhookDelivery: Sendable {
    var id: Int
    var body: String
}

/// What became of one webhook delivery.
struct WebhookDeliveryRecord: Sendable {
    enum Status: String, Sendable { case pending, delivered, failed, unsent }
    var id: Int
    var objectID: String
    var verb: String
    var attempts = 0
    var status: Status
    var lastHTTPStatus: Int?

    var json: JSONValue {
        .object([
            ("id", .int(id)), ("object_id", .string(objectID)), ("verb", .string(verb)), ("attempts", .int(attempts)),
            ("status", .string(status.rawValue)), ("last_http_status", lastHTTPStatus.map { .int($0) } ?? .null),
        ])
    }
}
