import DecorumCore
import Foundation
import Hummingbird

/// The simulator's own endpoints under `/_sim`: add comments and posts as visitors would, see what
/// a client did, inspect webhook deliveries, and inject failures.
struct SimulatorControlRoutes: Sendable {
    let state: SimulatorState
    let configuration: GraphSimulatorConfiguration

    func add(to router: Router<BasicRequestContext>) {
        let sim = router.group("_sim")
        // {post_id?, parent_id?, message, from {id, name}, attachments? [{type, url}], created_time?}
        sim.post("comments") { request, _ in
            await control(request) { body throws(SimulatedGraphError) in
                try await state.addComment(
                    postID: body["post_id"]?.string, parentID: body["parent_id"]?.string,
                    message: try message(body, allowEmpty: body["attachments"] != nil), from: try author(body),
                    attachments: try attachments(body), createdTime: try createdTime(body))
            }
        }
        sim.get("comments") { _, _ in GraphRoutes.json(await state.commentList(), status: .ok, usage: nil) }
        sim.patch("comments/:id") { request, context in
            await control(request) { body throws(SimulatedGraphError) in
                try await state.editComment(context.parameters.get("id") ?? "", message: try message(body, allowEmpty: false))
            }
        }
        sim.delete("comments/:id") { request, context in
            await control(request) { _ throws(SimulatedGraphError) in
                try await state.authorRemovesComment(context.parameters.get("id") ?? "")
            }
        }
        // {message, from {id, name}, attachments?, created_time?}: a visitor post on the Page.
        sim.post("posts") { request, _ in
            await control(request) { body throws(SimulatedGraphError) in
                await state.addPost(
                    message: try message(body, allowEmpty: body["attachments"] != nil), from: try author(body),
                    attachments: try attachments(body), createdTime: try createdTime(body))
            }
        }
        sim.get("actions") { _, _ in GraphRoutes.json(await state.actionList(), status: .ok, usage: nil) }
        sim.get("webhooks") { _, _ in GraphRoutes.json(await state.deliveryList(), status: .ok, usage: nil) }
        // {operation: "hide"|"unhide"|"delete"|"private_reply"|"public_reply"|"block"|"feed"|"comments"|"read"|"any",
        //  count?, status?, code?, error_subcode?, message?, delay_ms?}
        sim.post("fail") { request, _ in
            await control(request) { body throws(SimulatedGraphError) in
                guard let operation = body["operation"]?.string else { throw .invalidParameter("operation is required") }
                let failure = InjectedFailure(
                    operation: operation, remaining: max(1, int(body["count"]) ?? 1), status: int(body["status"]),
                    code: int(body["code"]), subcode: int(body["error_subcode"]),
                    message: body["message"]?.string ?? "Injected failure", delay: .milliseconds(int(body["delay_ms"]) ?? 0))
                await state.addFailure(failure)
                return .object([("success", .bool(true))])
            }
        }
        sim.delete("fail") { _, _ in
            await state.clearFailures()
            return GraphRoutes.json(.object([("success", .bool(true))]), status: .ok, usage: nil)
        }
        // {expired: true|false}: make the Page token fail with code 190 (or work again).
        sim.post("token") { request, _ in
            await control(request) { body throws(SimulatedGraphError) in
                guard case .bool(let expired)? = body["expired"] else { throw .invalidParameter("expired must be a boolean") }
                await state.setTokenExpired(expired)
                return .object([("success", .bool(true))])
            }
        }
    }

    private func control(
        _ request: Request, _ handler: (JSONTree) async throws(SimulatedGraphError) -> JSONValue
    ) async -> Response {
        do throws(SimulatedGraphError) {
            let bytes: ByteBuffer
            do { bytes = try await request.body.collect(upTo: configuration.maxBodyBytes) } catch {
                throw .invalidParameter("The request body is larger than \(configuration.maxBodyBytes) bytes")
            }
            let body: JSONTree
            if bytes.readableBytes == 0 {
                body = .object([:])
            } else if case .object? = try? JSONTree.parse(bytes.readableBytesView) {
                body = try! JSONTree.parse(bytes.readableBytesView)
            } else {
                throw .invalidParameter("The request body must be a JSON object")
            }
            return GraphRoutes.json(try await handler(body), status: .ok, usage: nil)
        } catch {
            return GraphRoutes.json(error.json, status: .init(code: error.status), usage: nil)
        }
    }

    private func message(_ body: JSONTree, allowEmpty: Bool) throws(SimulatedGraphError) -> String {
        switch body["message"] {
        case .string(let s)? where allowEmpty || !s.isEmpty: return s
        case nil where allowEmpty: return ""
        default: throw .invalidParameter("message must be a non-empty string")
        }
    }

    private func author(_ body: JSONTree) throws(SimulatedGraphError) -> Author {
        guard let from = body["from"], let id = from["id"]?.string, !id.isEmpty else {
            throw .invalidParameter("from must be an object with an id and a name")
        }
        return Author(id: AuthorID(id), name: from["name"]?.string)
    }

    private func attachments(_ body: JSONTree) throws(SimulatedGraphError) -> [Attachment] {
        guard let list = body["attachments"] else { return [] }
        guard case .array(let items) = list else { throw .invalidParameter("attachments must be an array") }
        return try items.map { item throws(SimulatedGraphError) in
            guard let type = item["type"]?.string.flatMap(Attachment.Kind.init(rawValue:)) else {
                throw .invalidParameter("each attachment needs a type: photo, video, audio, link or file")
            }
            return Attachment(type: type, url: item["url"]?.string)
        }
    }

    private func createdTime(_ body: JSONTree) throws(SimulatedGraphError) -> Int64? {
        switch body["created_time"] {
        case nil, .null?: return nil
        case .int(let t)?: return t
        case .string(let s)?:
            if let t = GraphTime.unixSeconds(s) ?? Int64(s) { return t }
            throw .invalidParameter("created_time must be Unix seconds or an ISO-8601 time")
        default: throw .invalidParameter("created_time must be Unix seconds or an ISO-8601 time")
        }
    }

    private func int(_ tree: JSONTree?) -> Int? {
        switch tree {
        case .int(let i)?: Int(exactly: i)
        case .string(let s)?: Int(s)
        default: nil
        }
    }
}
