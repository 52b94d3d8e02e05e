public import AsyncHTTPClient
public import DecorumCore
public import Foundation
public import Logging
import NIOCore
import NIOHTTP1

/// The Graph API over HTTP (AsyncHTTPClient). The base URL is configuration: Meta's, or the simulator's.
///
/// The Page token travels only in the `Authorization` header, never in a URL Decorum builds, and is
/// stripped from the `paging.next` URLs Graph hands back; logs name the operation, never the URL.
public struct HTTPGraphClient: GraphClient {
    /// Meta's Graph API at the version Decorum is written against.
    public static let defaultBaseURL = "https://graph.facebook.com/\(DecorumMeta.graphAPIVersion)"
    /// The fields asked of each post in a back-fill, with every comment and reply (`filter(stream)`).
    static let feedFields =
        "id,message,from,created_time,permalink_url,attachments{media_type,url,media},"
        + "comments.filter(stream).limit(100){id,message,from,created_time,parent{id},attachment{type,url,media},is_hidden}"
    static let commentFields = "id,message,from,created_time,parent{id},attachment{type,url,media},is_hidden"

    private let baseURL: String
    private let origin: String
    private let httpClient: HTTPClient
    private let timeout: Duration
    private let maxResponseBytes: Int
    private let logger: Logger

    /// A client for `baseURL` (no trailing slash needed), giving each call `timeout` to finish.
    public init(
        baseURL: String = HTTPGraphClient.defaultBaseURL, httpClient: HTTPClient = .shared,
        timeout: Duration = .seconds(15), maxResponseBytes: Int = 8 << 20, logger: Logger = Logger(label: "decorum.graph")
    ) {
        let trimmed = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.baseURL = trimmed
        self.origin = Self.origin(of: trimmed) ?? trimmed
        self.httpClient = httpClient
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
        self.logger = logger
    }

    public func perform(_ action: GraphAction, page: PageID, token: PageToken) async throws(GraphError) -> GraphActionResult {
        let (method, path, body): (HTTPMethod, [String], JSONValue?) =
            switch action {
            case .hide(let id): (.POST, [id.rawValue], .object([("is_hidden", .bool(true))]))
            case .unhide(let id): (.POST, [id.rawValue], .object([("is_hidden", .bool(false))]))
            case .delete(let id): (.DELETE, [id.rawValue], nil)
            case .privateReply(let id, let text):
                (.POST, [page.rawValue, "messages"], .object([
                    ("recipient", .object([("comment_id", .string(id.rawValue))])),
                    ("message", .object([("text", .string(text))])),
                ]))
            case .publicReply(let id, let text): (.POST, [id.rawValue, "comments"], .object([("message", .string(text))]))
            case .block(let author): (.POST, [page.rawValue, "blocked"], .object([("user", .string(author.rawValue))]))
            }
        let url = try self.url(path: path, query: [])
        let (json, usage) = try await send(method, url: url, body: body, token: token, operation: action.kind.rawValue)
        if case .bool(false)? = json["success"] {
            throw GraphError(kind: .permanent, message: "Graph answered success: false", httpStatus: 200, usage: usage)
        }
        let created = json["message_id"]?.string ?? json["id"]?.string
        return GraphActionResult(action: action, createdID: created, response: json.jsonValue.serialized(), usage: usage)
    }

    public func performBatch(_ actions: [GraphAction], page: PageID, token: PageToken) async throws(GraphError) -> [Result<GraphActionResult, GraphError>] {
        guard !actions.isEmpty else { return [] }
        guard actions.count <= GraphBatch.maxOperations else {
            throw GraphError(kind: .permanent, message: "a batch holds at most \(GraphBatch.maxOperations) requests, not \(actions.count)")
        }
        var operations = [JSONValue]()
        for action in actions {
            func form(_ pairs: [(String, String)]) -> JSONValue { .string(pairs.map { "\($0)=\(Self.percentEncoded($1))" }.joined(separator: "&")) }
            let id = action.targetID
            guard Self.isSafeSegment(id), Self.isSafeSegment(page.rawValue) else {
                throw GraphError(kind: .permanent, message: "\"\(id.prefix(40))\" is not a Graph id")
            }
            let (method, url, body): (String, String, JSONValue?) =
                switch action {
                case .hide: ("POST", id, form([("is_hidden", "true")]))
                case .unhide: ("POST", id, form([("is_hidden", "false")]))
                case .delete: ("DELETE", id, nil)
                case .privateReply(_, let text):
                    ("POST", "\(page.rawValue)/messages", form([
                        ("recipient", JSONValue.object([("comment_id", .string(id))]).serialized()),
                        ("message", JSONValue.object([("text", .string(text))]).serialized()),
                    ]))
                case .publicReply(_, let text): ("POST", "\(id)/comments", form([("message", text)]))
                case .block: ("POST", "\(page.rawValue)/blocked", form([("user", id)]))
                }
            var fields: [(String, JSONValue)] = [("method", .string(method)), ("relative_url", .string(url))]
            if let body { fields.append(("body", body)) }
            operations.append(.object(fields))
        }
        let body = JSONValue.object([("batch", .array(operations)), ("include_headers", .bool(false))])
        let (json, usage) = try await send(.POST, url: baseURL + "/", body: body, token: token, operation: "batch")
        guard case .array(let answers) = json, answers.count == actions.count else {
            throw GraphError(kind: .transient, message: "the batch answer does not hold one result per request")
        }
        return zip(actions, answers).map { action, answer in
            guard case .object = answer, let code = answer["code"].flatMap(Self.int) else {
                // Graph answers null for an operation it did not finish in time: it may or may not have happened.
                return .failure(GraphError(kind: .transient, message: "Graph did not finish this request of the batch", timedOut: true))
            }
            let parsed = (answer["body"]?.string).flatMap { try? JSONTree.parse(Array($0.utf8)) }
            guard (200..<300).contains(code), let parsed else {
                return .failure(Self.graphError(status: code, json: parsed, usage: usage))
            }
            if case .bool(false)? = parsed["success"] {
                return .failure(GraphError(kind: .permanent, message: "Graph answered success: false", httpStatus: code, usage: usage))
            }
            let created = parsed["message_id"]?.string ?? parsed["id"]?.string
            return .success(GraphActionResult(action: action, createdID: created, response: parsed.jsonValue.serialized(), usage: usage))
        }
    }

    public func feed(page: PageID, since: Date?, after: FeedCursor?, token: PageToken) async throws(GraphError) -> FeedPage {
        let url: String
        if let after {
            url = after.url
        } else {
            var query = [("fields", Self.feedFields), ("limit", "25")]
            if let since { query.append(("since", String(Int64(since.timeIntervalSince1970)))) }
            url = try self.url(path: [page.rawValue, "feed"], query: query)
        }
        let (json, usage) = try await send(.GET, url: url, body: nil, token: token, operation: "feed")
        var changes: [FeedChange] = []
        for post in json["data"].flatMap(Self.array) ?? [] {
            guard let postChange = FeedObject.post(post, page: page) else { continue }
            changes.append(postChange)
            var comments = post["comments"]
            var pages = 0
            while let listing = comments, pages < 100 {
                for comment in listing["data"].flatMap(Self.array) ?? [] {
                    if let change = FeedObject.comment(comment, post: postChange.objectID, page: page) { changes.append(change) }
                }
                guard let next = try nextCursor(listing) else { break }
                comments = try await send(.GET, url: next.url, body: nil, token: token, operation: "comments").0
                pages += 1
            }
        }
        return FeedPage(changes: changes, next: try nextCursor(json), usage: usage)
    }

    public func inspect(_ id: ItemID, token: PageToken) async throws(GraphError) -> GraphObjectState? {
        let url = try self.url(path: [id.rawValue], query: [("fields", "id,is_hidden,can_reply_privately")])
        let json: JSONTree
        do throws(GraphError) {
            json = try await send(.GET, url: url, body: nil, token: token, operation: "inspect").0
        } catch {
            if error.isNoSuchObject { return nil }
            throw error
        }
        return GraphObjectState(
            id: ItemID(json["id"]?.string ?? id.rawValue), isHidden: Self.bool(json["is_hidden"]),
            canReplyPrivately: Self.bool(json["can_reply_privately"]))
    }

    public func comments(on id: ItemID, limit: Int, token: PageToken) async throws(GraphError) -> [GraphComment] {
        var url = try self.url(path: [id.rawValue, "comments"], query: [
            ("filter", "stream"), ("fields", "id,from{id},message"), ("limit", String(min(max(limit, 1), 100))),
        ])
        var comments: [GraphComment] = []
        while comments.count < limit {
            let json = try await send(.GET, url: url, body: nil, token: token, operation: "comments").0
            for comment in json["data"].flatMap(Self.array) ?? [] {
                guard let cid = comment["id"]?.string else { continue }
                comments.append(GraphComment(id: ItemID(cid), fromID: comment["from"]?["id"]?.string, message: comment["message"]?.string ?? ""))
            }
            guard let next = try nextCursor(json) else { break }
            url = next.url
        }
        return Array(comments.prefix(limit))
    }

    // MARK: - Transport

    private func send(
        _ method: HTTPMethod, url: String, body: JSONValue?, token: PageToken, operation: String
    ) async throws(GraphError) -> (JSONTree, RateLimitUsage?) {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(token.secret)")
        request.headers.add(name: "Accept", value: "application/json")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body.serialized()))
        }
        let started = ContinuousClock.now
        let status: Int
        let headers: HTTPHeaders
        let bytes: ByteBuffer
        do {
            let response = try await httpClient.execute(request, timeout: .nanoseconds(timeout.nanoseconds))
            status = Int(response.status.code)
            headers = response.headers
            bytes = try await response.body.collect(upTo: maxResponseBytes)
        } catch {
            let failure = Self.transportError(error)
            logger.warning("graph call failed", metadata: ["operation": "\(operation)", "error": "\(failure.message)"])
            throw failure
        }
        let usage = RateLimitUsage.parse(
            appUsage: headers.first(name: "x-app-usage"), pageUsage: headers.first(name: "x-page-usage"),
            businessUseCaseUsage: headers.first(name: "x-business-use-case-usage")
        )
        let json = try? JSONTree.parse(bytes.readableBytesView)
        logger.debug("graph call", metadata: [
            "operation": "\(operation)", "status": "\(status)", "elapsed": "\(ContinuousClock.now - started)",
        ])
        if (200..<300).contains(status), let json {
            return (json, usage)
        }
        let failure = Self.graphError(status: status, json: json, usage: usage)
        logger.warning("graph call refused", metadata: [
            "operation": "\(operation)", "status": "\(status)", "code": "\(failure.code.map(String.init) ?? "-")",
            "fbtrace_id": "\(failure.traceID ?? "-")",
        ])
        throw failure
    }

    static func graphError(status: Int, json: JSONTree?, usage: RateLimitUsage?) -> GraphError {
        guard let error = json?["error"], case .object = error else {
            let kind = GraphError.classify(httpStatus: status, code: nil, usage: usage)
            return GraphError(kind: kind, message: "HTTP \(status) without a Graph error object", httpStatus: status, usage: usage)
        }
        let code = error["code"].flatMap(int)
        let subcode = error["error_subcode"].flatMap(int)
        let transient: Bool = if case .bool(true)? = error["is_transient"] { true } else { false }
        return GraphError(
            kind: GraphError.classify(httpStatus: status, code: code, subcode: subcode, isTransient: transient, usage: usage),
            code: code, subcode: subcode, type: error["type"]?.string,
            message: error["message"]?.string ?? "no message", httpStatus: status,
            traceID: error["fbtrace_id"]?.string, usage: usage
        )
    }

    static func transportError(_ error: any Error) -> GraphError {
        if error is CancellationError {
            return GraphError(kind: .transient, message: "cancelled before Graph answered")
        }
        if let http = error as? HTTPClientError {
            switch http {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .tlsHandshakeTimeout:
                return GraphError(kind: .transient, message: "timed out (\(http))", timedOut: true)
            default:
                return GraphError(kind: .transient, message: "connection failed (\(http))")
            }
        }
        if let tooLarge = error as? NIOTooManyBytesError {
            return GraphError(kind: .permanent, message: "response larger than the limit (\(tooLarge))")
        }
        return GraphError(kind: .transient, message: "connection failed (\(type(of: error)))")
    }

    // MARK: - URLs

    private func url(path: [String], query: [(String, String)]) throws(GraphError) -> String {
        var url = baseURL
        for segment in path {
            guard Self.isSafeSegment(segment) else {
                throw GraphError(kind: .permanent, message: "\"\(segment.prefix(40))\" is not a Graph id")
            }
            url += "/" + segment
        }
        if !query.isEmpty {
            url += "?" + query.map { "\($0)=\(Self.percentEncoded($1))" }.joined(separator: "&")
        }
        return url
    }

    /// The next page of a listing, if Graph gave one on this server; the access token is removed.
    private func nextCursor(_ listing: JSONTree) throws(GraphError) -> FeedCursor? {
        guard let next = listing["paging"]?["next"]?.string else { return nil }
        guard Self.origin(of: next) == origin, var components = URLComponents(string: next) else {
            throw GraphError(kind: .permanent, message: "paging.next points away from the Graph API; not followed")
        }
        components.queryItems = components.queryItems?.filter { $0.name != "access_token" }
        guard let url = components.string else { return nil }
        return FeedCursor(url: url)
    }

    static func origin(of url: String) -> String? {
        guard let c = URLComponents(string: url), let scheme = c.scheme?.lowercased(), let host = c.host?.lowercased() else { return nil }
        return "\(scheme)://\(host)" + (c.port.map { ":\($0)" } ?? "")
    }

    /// Graph ids are digits, letters, `_`, `-` and `.`; anything else could change the request's path.
    static func isSafeSegment(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 128 && s != "." && s != ".."
            && s.utf8.allSatisfy { b in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b)
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
                    || b == UInt8(ascii: ".")
            }
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func percentEncoded(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? s
    }

    private static func array(_ tree: JSONTree) -> [JSONTree]? {
        if case .array(let values) = tree { return values }
        return nil
    }

    private static func bool(_ tree: JSONTree?) -> Bool? {
        if case .bool(let b)? = tree { return b }
        return nil
    }

    private static func int(_ tree: JSONTree) -> Int? {
        switch tree {
        case .int(let i): Int(exactly: i)
        case .string(let s): Int(s)
        default: nil
        }
    }
}
