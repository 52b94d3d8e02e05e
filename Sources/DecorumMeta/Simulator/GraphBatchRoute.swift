import DecorumCore
import Foundation
import Hummingbird

/// Graph's batch endpoint (`POST /{version}/` with `batch=[…]`): up to 50 operations in one request, each
/// answered in order with its own status and body, as https://developers.facebook.com/docs/graph-api/making-multiple-requests
/// describes. Each operation counts against the rate limit and can meet an injected failure, as a lone call would.
struct GraphBatchRoute: Sendable {
    let state: SimulatorState
    let configuration: GraphSimulatorConfiguration

    static let maxOperations = 50

    func add(to router: Router<BasicRequestContext>) {
        // The router treats a trailing slash as the same path.
        router.post(RouterPath(configuration.apiVersion)) { request, _ in await batch(request) }
    }

    private func batch(_ request: Request) async -> Response {
        do throws(SimulatedGraphError) {
            let bytes: ByteBuffer
            do { bytes = try await request.body.collect(upTo: configuration.maxBodyBytes) } catch {
                throw .invalidParameter("The request body is larger than \(configuration.maxBodyBytes) bytes")
            }
            let params = try RequestParameters(request: request, body: bytes)
            guard case .array(let operations)? = params.tree("batch") else {
                throw .invalidParameter("The parameter batch is required and must be a JSON array")
            }
            guard !operations.isEmpty, operations.count <= Self.maxOperations else {
                throw .invalidParameter("A batch holds 1 to \(Self.maxOperations) requests, not \(operations.count)")
            }
            try await state.checkToken(params.accessToken)
            var answers = [JSONValue]()
            for operation in operations { answers.append(await run(operation, token: params.accessToken)) }
            return GraphRoutes.json(.array(answers), status: .ok, usage: nil)
        } catch {
            return GraphRoutes.json(error.json, status: .init(code: error.status), usage: nil)
        }
    }

    /// One operation: `{"method": "POST", "relative_url": "{id}?…", "body": "is_hidden=true"}` → `{"code": 200, "body": "…"}`.
    private func run(_ operation: JSONTree, token: String?) async -> JSONValue {
        let method = (operation["method"]?.string ?? "GET").uppercased()
        let relative = operation["relative_url"]?.string ?? ""
        let (path, query) = Self.split(relative)
        let params = RequestParameters(query: query, formBody: operation["body"]?.string, accessToken: token)
        let segments = path.split(separator: "/").map(String.init)
        let name = Self.operationName(method: method, segments: segments, params: params)
        do throws(SimulatedGraphError) {
            if let failure = await state.takeFailure(for: name) {
                if failure.delay > .zero { try? await Task.sleep(for: failure.delay) }
                if let status = failure.status {
                    let error = SimulatedGraphError(status: status, code: failure.code ?? 1, subcode: failure.subcode, type: "OAuthException",
                                                    message: failure.message)
                    throw error
                }
            }
            if let refusal = await state.admitCall().refusal { throw refusal }
            try await state.checkToken(params.accessToken)
            let body: JSONValue
            do throws(SimulatedGraphError) {
                body = try await dispatch(method: method, segments: segments, params: params)
            } catch {
                await state.recordRefusal(name, objectID: segments.first ?? "", error: "(#\(error.code)) \(error.message.prefix(80))")
                throw error
            }
            return .object([("code", .int(200)), ("body", .string(body.serialized()))])
        } catch {
            return .object([("code", .int(error.status)), ("body", .string(error.json.serialized()))])
        }
    }

    private func dispatch(method: String, segments: [String], params: RequestParameters) async throws(SimulatedGraphError) -> JSONValue {
        switch (method, segments.count, segments.last) {
        case ("POST", 1, _):
            guard let hidden = try params.bool("is_hidden") else { throw .invalidParameter("The parameter is_hidden is required") }
            return try await state.setHidden(segments[0], hidden: hidden)
        case ("DELETE", 1, _):
            return try await state.delete(segments[0])
        case ("GET", 1, _):
            return try await state.read(segments[0])
        case ("POST", 2, "messages"?):
            let recipient = params.object("recipient")
            return try await state.privateReply(
                page: segments[0], commentID: (recipient?["comment_id"] ?? recipient?["post_id"])?.string,
                text: params.object("message")?["text"]?.string)
        case ("POST", 2, "comments"?):
            return try await state.publicReply(to: segments[0], message: params.string("message"))
        case ("POST", 2, "blocked"?):
            return try await state.block(page: segments[0], user: params.firstString("user") ?? params.firstString("uid"))
        default:
            throw .invalidParameter("Unsupported \(method) request in a batch: \(segments.joined(separator: "/"))")
        }
    }

    static func operationName(method: String, segments: [String], params: RequestParameters) -> String {
        switch (method, segments.count, segments.last) {
        case ("POST", 1, _): (try? params.bool("is_hidden")) == false ? GraphAction.Kind.unhide.rawValue : GraphAction.Kind.hide.rawValue
        case ("DELETE", 1, _): GraphAction.Kind.delete.rawValue
        case ("POST", 2, "messages"?): GraphAction.Kind.privateReply.rawValue
        case ("POST", 2, "comments"?): GraphAction.Kind.publicReply.rawValue
        case ("POST", 2, "blocked"?): GraphAction.Kind.block.rawValue
        default: "read"
        }
    }

    static func split(_ relative: String) -> (path: String, query: String?) {
        var path = relative
        if path.hasPrefix("/") { path.removeFirst() }
        guard let mark = path.firstIndex(of: "?") else { return (path, nil) }
        return (String(path[..<mark]), String(path[path.index(after: mark)...]))
    }
}
