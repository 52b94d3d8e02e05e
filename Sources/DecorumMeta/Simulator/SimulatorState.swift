import DecorumCore
import Foundation

/// Everything the simulated Graph API holds: the Page's posts and comments, what clients did,
/// the private-reply ledger, rate-limit counters, injected failures and webhook deliveries.
actor SimulatorState {
    let configuration: GraphSimulatorConfiguration
    private let webhooks: AsyncStream<WebhookDelivery>.Continuation?
    private var posts: [String: SimulatedPost] = [:]
    private var postOrder: [String] = []
    private var comments: [String: SimulatedComment] = [:]
    private var commentOrder: [String] = []
    private var actions: [SimulatedAction] = []
    private var refusals: [SimulatedAction] = []
    private var privatelyRepliedTo: Set<String> = []
    private var blocked: Set<String> = []
    private var failures: [InjectedFailure] = []
    private var deliveries: [Int: WebhookDeliveryRecord] = [:]
    private var nextDeliveryID = 1
    private var nextObjectNumber: Int64 = 100_000_000_000_001
    private var tokenExpired = false
    private var windowStart = ContinuousClock.now
    private var callsInWindow = 0
    private var pageAuthor: Author { Author(id: AuthorID(configuration.pageID.rawValue), name: configuration.pageName) }

    init(configuration: GraphSimulatorConfiguration, webhooks: AsyncStream<WebhookDelivery>.Continuation?) {
        self.configuration = configuration
        self.webhooks = webhooks
        let welcome = SimulatedPost(
            id: "\(configuration.pageID.rawValue)_100000000000000",
            from: Author(id: AuthorID(configuration.pageID.rawValue), name: configuration.pageName),
            message: "Welcome to our Page. Please keep comments kind; for medical questions call the surgery.",
            createdTime: Int64(configuration.now().timeIntervalSince1970) - 86_400, attachments: []
        )
        posts = [welcome.id: welcome]
        postOrder = [welcome.id]
    }

    private var now: Int64 { Int64(configuration.now().timeIntervalSince1970) }

    private func newID(prefix: String) -> String {
        defer { nextObjectNumber += 1 }
        return "\(prefix)_\(nextObjectNumber)"
    }

    // MARK: - Gatekeeping

    /// Counts a Graph call; returns the usage header value and the error when over the limit.
    func admitCall() -> (usage: String?, refusal: SimulatedGraphError?) {
        guard let limit = configuration.rateLimit else { return (nil, nil) }
        let clock = ContinuousClock.now
        if clock - windowStart >= limit.window {
            windowStart = clock
            callsInWindow = 0
        }
        callsInWindow += 1
        let percent = min(100, callsInWindow * 100 / max(limit.maxCalls, 1))
        let over = callsInWindow > limit.maxCalls
        let remaining = limit.window - (clock - windowStart)
        // Graph states the wait in whole minutes; a test's window shorter than a minute says 0 (retry soon).
        let minutes = over && limit.window >= .seconds(60) ? max(1, Int((Double(remaining.components.seconds) / 60).rounded(.up))) : 0
        let entry: JSONValue = .object([
            ("type", .string("pages")), ("call_count", .int(percent)), ("total_cputime", .int(min(percent, 10))),
            ("total_time", .int(min(percent, 10))), ("estimated_time_to_regain_access", .int(minutes)),
        ])
        let usage = JSONValue.object([(configuration.pageID.rawValue, .array([entry]))]).serialized()
        return (usage, over ? .rateLimited(code: limit.errorCode) : nil)
    }

    /// The injected failure for `operation`, if one is waiting; using it counts it down.
    func takeFailure(for operation: String) -> InjectedFailure? {
        guard let index = failures.firstIndex(where: { $0.operation == operation || $0.operation == "any" }) else { return nil }
        let failure = failures[index]
        failures[index].remaining -= 1
        if failures[index].remaining <= 0 { failures.remove(at: index) }
        return failure
    }

    func checkToken(_ token: String?) throws(SimulatedGraphError) {
        guard let token, !token.isEmpty else { throw .missingToken }
        guard ConstantTime.equals(token, configuration.pageToken.secret) else { throw .invalidToken }
        if tokenExpired { throw .expiredToken }
    }

    private func checkPage(_ page: String, method: String) throws(SimulatedGraphError) {
        guard page == configuration.pageID.rawValue else { throw .noSuchObject(page, method: method) }
    }

    // MARK: - Graph actions

    func setHidden(_ id: String, hidden: Bool) throws(SimulatedGraphError) -> JSONValue {
        if var comment = comments[id], !comment.isDeleted {
            comment.isHidden = hidden
            comments[id] = comment
            sendWebhook(comment: comment, verb: hidden ? "hide" : "unhide")
        } else if var post = posts[id], !post.isDeleted {
            post.isHidden = hidden
            posts[id] = post
        } else {
            throw .noSuchObject(id, method: "post")
        }
        record(hidden ? .hide : .unhide, id)
        return .object([("success", .bool(true))])
    }

    func delete(_ id: String) throws(SimulatedGraphError) -> JSONValue {
        if var comment = comments[id], !comment.isDeleted {
            comment.isDeleted = true
            comments[id] = comment
            sendWebhook(comment: comment, verb: "remove")
        } else if var post = posts[id], !post.isDeleted {
            post.isDeleted = true
            posts[id] = post
            sendWebhook(post: post, verb: "remove")
        } else {
            throw .noSuchObject(id, method: "delete")
        }
        record(.delete, id)
        return .object([("success", .bool(true))])
    }

    func privateReply(page: String, commentID: String?, text: String?) throws(SimulatedGraphError) -> JSONValue {
        try checkPage(page, method: "post")
        guard let commentID, !commentID.isEmpty else {
            throw .invalidParameter("param recipient must be an object with comment_id or post_id")
        }
        let target: (author: Author, created: Int64)
        if let comment = comments[commentID], !comment.isDeleted {
            target = (comment.from, comment.createdTime)
        } else if let post = posts[commentID], !post.isDeleted {
            target = (post.from, post.createdTime)
        } else {
            throw .noSuchObject(commentID, method: "post")
        }
        guard let text, !text.isEmpty else { throw .invalidParameter("param message[text] must be non-empty UTF-8 encoded string") }
        guard text.count <= 2000 else { throw .invalidParameter("Length of param message[text] must be less than or equal to 2000") }
        guard target.author.id?.rawValue != configuration.pageID.rawValue else {
            throw .invalidParameter("Cannot send a private reply to a Page")
        }
        guard !privatelyRepliedTo.contains(commentID) else { throw .alreadyReplied }
        guard Duration.seconds(now - target.created) <= configuration.privateReplyWindow else { throw .outsideWindow }
        privatelyRepliedTo.insert(commentID)
        let messageID = "m_" + newID(prefix: "sim")
        record(.privateReply, commentID, text: text, created: messageID)
        return .object([("recipient_id", .string(target.author.id?.rawValue ?? "")), ("message_id", .string(messageID))])
    }

    func publicReply(to id: String, message: String?) throws(SimulatedGraphError) -> JSONValue {
        guard let message, !message.isEmpty else { throw .invalidParameter("Missing message or attachment") }
        let postID: String
        let parentID: String
        if let comment = comments[id], !comment.isDeleted {
            // Facebook threads one level deep: a reply to a reply joins the top-level comment's thread.
            postID = comment.postID
            parentID = comment.isReply ? comment.parentID : comment.id
        } else if let post = posts[id], !post.isDeleted {
            postID = post.id
            parentID = post.id
        } else {
            throw .noSuchObject(id, method: "post")
        }
        let reply = SimulatedComment(
            id: newID(prefix: suffix(of: postID)), postID: postID, parentID: parentID, from: pageAuthor,
            message: message, createdTime: now, attachments: [])
        store(reply)
        sendWebhook(comment: reply, verb: "add")
        record(.publicReply, id, text: message, created: reply.id)
        return .object([("id", .string(reply.id))])
    }

    func block(page: String, user: String?) throws(SimulatedGraphError) -> JSONValue {
        try checkPage(page, method: "post")
        guard let user, !user.isEmpty else { throw .invalidParameter("The parameter user is required") }
        guard user != configuration.pageID.rawValue else { throw .invalidParameter("A Page cannot block itself") }
        let known = comments.values.contains { $0.from.id?.rawValue == user } || posts.values.contains { $0.from.id?.rawValue == user }
        guard known else { throw .invalidParameter("Invalid user id") }
        blocked.insert(user)
        record(.block, user)
        return .object([(user, .bool(true))])
    }

    // MARK: - Graph reads

    func read(_ id: String) throws(SimulatedGraphError) -> JSONValue {
        if let comment = comments[id], !comment.isDeleted { return json(comment) }
        if let post = posts[id], !post.isDeleted { return json(post, base: nil) }
        throw .noSuchObject(id, method: "get")
    }

    /// `GET /{page-id}/feed`: newest first, `since` in Unix seconds, cursor paging.
    func feed(page: String, since: Int64?, limit: Int?, after: String?, base: String) throws(SimulatedGraphError) -> JSONValue {
        try checkPage(page, method: "get")
        let visible = postOrder.reversed().compactMap { posts[$0] }.filter { !$0.isDeleted && $0.createdTime >= (since ?? .min) }
        let size = min(max(limit ?? configuration.feedPageSize, 1), configuration.feedPageSize)
        let start = try offset(after)
        let slice = Array(visible.dropFirst(start).prefix(size))
        var extra = [("limit", String(size))]
        if let since { extra.append(("since", String(since))) }
        let next = start + size < visible.count ? link(base, "\(page)/feed", extra + [("after", cursor(start + size))]) : nil
        return listing(slice.map { json($0, base: base) }, start: start, count: slice.count, next: next)
    }

    /// `GET /{object-id}/comments`: every comment and reply in time order (Graph's `filter=stream`).
    func comments(on id: String, limit: Int?, after: String?, base: String) throws(SimulatedGraphError) -> JSONValue {
        guard (posts[id].map { !$0.isDeleted } ?? false) || (comments[id].map { !$0.isDeleted } ?? false) else {
            throw .noSuchObject(id, method: "get")
        }
        return try commentListing(on: id, limit: limit, after: after, base: base)
    }

    private func commentListing(on id: String, limit: Int?, after: String?, base: String) throws(SimulatedGraphError) -> JSONValue {
        let all = commentOrder.compactMap { comments[$0] }.filter { !$0.isDeleted && ($0.postID == id || $0.parentID == id) }
        let size = min(max(limit ?? configuration.commentsPageSize, 1), configuration.commentsPageSize)
        let start = try offset(after)
        let slice = Array(all.dropFirst(start).prefix(size))
        let next = start + size < all.count
            ? link(base, "\(id)/comments", [("filter", "stream"), ("limit", String(size)), ("after", cursor(start + size))]) : nil
        return listing(slice.map { json($0) }, start: start, count: slice.count, next: next)
    }

    // MARK: - Control (`/_sim`)

    func addComment(
        postID: String?, parentID: String?, message: String, from: Author, attachments: [Attachment], createdTime: Int64?
    ) throws(SimulatedGraphError) -> JSONValue {
        var post = postID
        var parent = parentID
        if let parentID {
            guard let parentComment = comments[parentID], !parentComment.isDeleted else { throw .noSuchObject(parentID, method: "post") }
            post = parentComment.postID
            parent = parentComment.isReply ? parentComment.parentID : parentComment.id
        }
        guard let postID = post ?? postOrder.last(where: { posts[$0]?.isDeleted == false }),
              let target = posts[postID], !target.isDeleted
        else { throw .noSuchObject(post ?? "(none)", method: "post") }
        let comment = SimulatedComment(
            id: newID(prefix: suffix(of: target.id)), postID: target.id, parentID: parent ?? target.id, from: from,
            message: message, createdTime: createdTime ?? now, attachments: attachments)
        store(comment)
        let delivery = sendWebhook(comment: comment, verb: "add")
        return .object([("id", .string(comment.id)), ("post_id", .string(target.id)), ("webhook", delivery.map { .int($0) } ?? .null)])
    }

    func addPost(message: String, from: Author, attachments: [Attachment], createdTime: Int64?) -> JSONValue {
        let post = SimulatedPost(
            id: newID(prefix: configuration.pageID.rawValue), from: from, message: message,
            createdTime: createdTime ?? now, attachments: attachments)
        posts[post.id] = post
        postOrder.append(post.id)
        let delivery = sendWebhook(post: post, verb: "add")
        return .object([("id", .string(post.id)), ("webhook", delivery.map { .int($0) } ?? .null)])
    }

    func editComment(_ id: String, message: String) throws(SimulatedGraphError) -> JSONValue {
        guard var comment = comments[id], !comment.isDeleted else { throw .noSuchObject(id, method: "post") }
        comment.message = message
        comments[id] = comment
        let delivery = sendWebhook(comment: comment, verb: "edited")
        return .object([("id", .string(id)), ("webhook", delivery.map { .int($0) } ?? .null)])
    }

    func authorRemovesComment(_ id: String) throws(SimulatedGraphError) -> JSONValue {
        guard var comment = comments[id], !comment.isDeleted else { throw .noSuchObject(id, method: "delete") }
        comment.isDeleted = true
        comments[id] = comment
        let delivery = sendWebhook(comment: comment, verb: "remove")
        return .object([("id", .string(id)), ("webhook", delivery.map { .int($0) } ?? .null)])
    }

    func actionList() -> JSONValue {
        .object([("data", .array(actions.map(\.json))), ("refused", .array(refusals.map(\.json)))])
    }

    /// Records an action call Graph refused (a second private reply, a deleted object…), so a test can
    /// tell "never tried twice" from "tried twice and refused".
    func recordRefusal(_ operation: String, objectID: String, error: String) {
        guard let kind = GraphAction.Kind(rawValue: operation) else { return }
        refusals.append(SimulatedAction(kind: kind, objectID: objectID, text: error, at: now, createdID: nil))
    }

    func commentList() -> JSONValue {
        .object([("data", .array(commentOrder.compactMap { comments[$0] }.map { comment in
            var fields: [(String, JSONValue)] = [
                ("id", .string(comment.id)), ("post_id", .string(comment.postID)), ("parent_id", .string(comment.parentID)),
                ("message", .string(comment.message)), ("from", author(comment.from)),
                ("is_hidden", .bool(comment.isHidden)), ("is_deleted", .bool(comment.isDeleted)),
                ("private_reply_sent", .bool(privatelyRepliedTo.contains(comment.id))),
            ]
            if let id = comment.from.id?.rawValue { fields.append(("author_blocked", .bool(blocked.contains(id)))) }
            return .object(fields)
        }))])
    }

    func addFailure(_ failure: InjectedFailure) { failures.append(failure) }
    func clearFailures() { failures.removeAll() }
    func setTokenExpired(_ expired: Bool) { tokenExpired = expired }
    func deliveryList() -> JSONValue { .object([("data", .array(deliveries.keys.sorted().compactMap { deliveries[$0]?.json }))]) }

    func updateDelivery(_ id: Int, attempts: Int, status: WebhookDeliveryRecord.Status, httpStatus: Int?) {
        deliveries[id]?.attempts = attempts
        deliveries[id]?.status = status
        deliveries[id]?.lastHTTPStatus = httpStatus
    }

    // MARK: - Helpers

    private func record(_ kind: GraphAction.Kind, _ id: String, text: String? = nil, created: String? = nil) {
        actions.append(SimulatedAction(kind: kind, objectID: id, text: text, at: now, createdID: created))
    }

    private func store(_ comment: SimulatedComment) {
        comments[comment.id] = comment
        commentOrder.append(comment.id)
    }

    private func suffix(of postID: String) -> String { String(postID.split(separator: "_").last ?? Substring(postID)) }

    @discardableResult
    private func sendWebhook(comment: SimulatedComment, verb: String) -> Int? {
        enqueue(value: webhookValue(comment: comment, verb: verb), objectID: comment.id, verb: verb)
    }

    /// The `value` of a `feed` change for a comment, as Meta writes it.
    private func webhookValue(comment: SimulatedComment, verb: String) -> JSONValue {
        let post = posts[comment.postID]
        var value: [(String, JSONValue)] = [("from", author(comment.from))]
        if let post {
            value.append(("post", .object([
                ("status_type", .string("mobile_status_update")), ("is_published", .bool(true)),
                ("updated_time", .string(GraphTime.graphString(unixSeconds: now))),
                ("permalink_url", .string("https://www.facebook.com/\(post.id)")),
                ("promotion_status", .string("inactive")), ("id", .string(post.id)),
            ])))
        }
        if verb != "remove" { value.append(("message", .string(comment.message))) }
        value += [("post_id", .string(comment.postID)), ("comment_id", .string(comment.id))]
        value += mediaFields(comment.attachments, photoKey: "photo", videoKey: "video")
        value += [
            ("created_time", .int(Int(comment.createdTime))), ("item", .string("comment")),
            ("parent_id", .string(comment.parentID)), ("verb", .string(verb)),
        ]
        return .object(value)
    }

    /// The body of the webhook Meta would send about a comment, for a load generator to sign and send itself.
    func webhookBody(forComment id: String, verb: String) -> String? {
        guard let comment = comments[id] else { return nil }
        return deliveryBody(webhookValue(comment: comment, verb: verb))
    }

    private func deliveryBody(_ value: JSONValue) -> String {
        JSONValue.object([
            ("entry", .array([.object([
                ("id", .string(configuration.pageID.rawValue)), ("time", .int(Int(now))),
                ("changes", .array([.object([("value", value), ("field", .string("feed"))])])),
            ])])),
            ("object", .string("page")),
        ]).serialized()
    }

    @discardableResult
    private func sendWebhook(post: SimulatedPost, verb: String) -> Int? {
        let item = post.attachments.contains { $0.type == .photo } ? "photo" : post.attachments.contains { $0.type == .video } ? "video" : "status"
        var value: [(String, JSONValue)] = [("from", author(post.from))]
        if verb != "remove" { value.append(("message", .string(post.message))) }
        value.append(("post_id", .string(post.id)))
        value += mediaFields(post.attachments, photoKey: "link", videoKey: "link")
        value += [
            ("created_time", .int(Int(post.createdTime))), ("item", .string(item)), ("published", .int(1)),
            ("verb", .string(verb)),
        ]
        return enqueue(value: .object(value), objectID: post.id, verb: verb)
    }

    private func mediaFields(_ attachments: [Attachment], photoKey: String, videoKey: String) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = []
        if let photo = attachments.first(where: { $0.type == .photo })?.url { fields.append((photoKey, .string(photo))) }
        if let video = attachments.first(where: { $0.type == .video })?.url, photoKey != videoKey || fields.isEmpty {
            fields.append((videoKey, .string(video)))
        }
        return fields
    }

    private func enqueue(value: JSONValue, objectID: String, verb: String) -> Int? {
        let id = nextDeliveryID
        nextDeliveryID += 1
        let body = deliveryBody(value)
        guard let webhooks, configuration.webhookURL != nil else {
            deliveries[id] = WebhookDeliveryRecord(id: id, objectID: objectID, verb: verb, status: .unsent)
            return nil
        }
        deliveries[id] = WebhookDeliveryRecord(id: id, objectID: objectID, verb: verb, status: .pending)
        webhooks.yield(WebhookDelivery(id: id, body: body))
        return id
    }

    private func canReplyPrivately(to id: String, from: Author, created: Int64) -> Bool {
        !privatelyRepliedTo.contains(id) && from.id?.rawValue != configuration.pageID.rawValue
            && Duration.seconds(now - created) <= configuration.privateReplyWindow
    }

    private func author(_ author: Author) -> JSONValue {
        .object([("id", .string(author.id?.rawValue ?? "")), ("name", .string(author.name ?? ""))])
    }

    private func attachmentJSON(_ attachment: Attachment) -> JSONValue {
        let url = JSONValue.string(attachment.url ?? "")
        return .object([
            ("type", .string(attachment.type.rawValue)), ("media_type", .string(attachment.type.rawValue)), ("url", url),
            ("media", .object([("image", .object([("src", url)]))])),
        ])
    }

    private func json(_ comment: SimulatedComment) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(comment.id)), ("message", .string(comment.message)), ("from", author(comment.from)),
            ("created_time", .string(GraphTime.graphString(unixSeconds: comment.createdTime))),
            ("is_hidden", .bool(comment.isHidden)),
            ("can_reply_privately", .bool(canReplyPrivately(to: comment.id, from: comment.from, created: comment.createdTime))),
        ]
        if comment.isReply { fields.append(("parent", .object([("id", .string(comment.parentID))]))) }
        if let first = comment.attachments.first { fields.append(("attachment", attachmentJSON(first))) }
        return .object(fields)
    }

    private func json(_ post: SimulatedPost, base: String?) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(post.id)), ("message", .string(post.message)), ("from", author(post.from)),
            ("created_time", .string(GraphTime.graphString(unixSeconds: post.createdTime))),
            ("permalink_url", .string("https://www.facebook.com/\(post.id)")),
        ]
        if !post.attachments.isEmpty { fields.append(("attachments", .object([("data", .array(post.attachments.map(attachmentJSON)))]))) }
        if let base, let listing = try? commentListing(on: post.id, limit: nil, after: nil, base: base) {
            fields.append(("comments", listing))
        }
        return .object(fields)
    }

    private func listing(_ data: [JSONValue], start: Int, count: Int, next: String?) -> JSONValue {
        var paging: [(String, JSONValue)] = [
            ("cursors", .object([("before", .string(cursor(start))), ("after", .string(cursor(start + count)))])),
        ]
        if let next { paging.append(("next", .string(next))) }
        return .object([("data", .array(data)), ("paging", .object(paging))])
    }

    /// A `paging.next` URL as Graph writes one, access token included (clients must not log it).
    private func link(_ base: String, _ path: String, _ query: [(String, String)]) -> String {
        let all = query + [("access_token", configuration.pageToken.secret)]
        return "\(base)/\(configuration.apiVersion)/\(path)?" + all.map { "\($0)=\(HTTPGraphClient.percentEncoded($1))" }.joined(separator: "&")
    }

    private func cursor(_ offset: Int) -> String { Hex.encode(Array("offset:\(offset)".utf8)) }

    private func offset(_ cursor: String?) throws(SimulatedGraphError) -> Int {
        guard let cursor else { return 0 }
        guard let bytes = Hex.decode(Array(cursor.utf8)), let text = String(validating: bytes, as: UTF8.self),
              text.hasPrefix("offset:"), let n = Int(text.dropFirst(7)), n >= 0
        else { throw .invalidParameter("Invalid cursor") }
        return n
    }
}
