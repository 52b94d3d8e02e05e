import DecorumCore
import Foundation
import HTTPTypes
import Hummingbird

/// The Graph API endpoints the simulator serves under `/{version}`.
struct GraphRoutes: Sendable {
    let state: SimulatorState
    let configuration: GraphSimulatorConfiguration

    static let usageHeader = HTTPField.Name("X-Business-Use-Case-Usage")!

    func add(to router: Router<BasicRequestContext>) {
        let graph = router.group(RouterPath(configuration.apiVersion))
        graph.get(":object/feed") { request, context in
            await handle(request, context, operation: "feed") { params throws(SimulatedGraphError) in
                let since = params.string("since").flatMap { Int64($0) ?? GraphTime.unixSeconds($0) }
                return try await state.feed(
                    page: try object(context), since: since, limit: params.int("limit"), after: params.string("after"),
                    base: base(request))
            }
        }
        graph.get(":object/comments") { request, context in
            await handle(request, context, operation: "comments") { params throws(SimulatedGraphError) in
                try await state.comments(on: try object(context), limit: params.int("limit"), after: params.string("after"), base: base(request))
            }
        }
        graph.post(":object/comments") { request, context in
            await handle(request, context, operation: GraphAction.Kind.publicReply.rawValue) { params throws(SimulatedGraphError) in
                try await state.publicReply(to: try object(context), message: params.string("message"))
            }
        }
        graph.post(":object/messages") { request, context in
            await handle(request, context, operation: GraphAction.Kind.privateReply.rawValue) { params throws(SimulatedGraphError) in
                let recipient = params.object("recipient")
                let message = params.object("message")
                return try await state.privateReply(
                    page: try object(context), commentID: (recipient?["comment_id"] ?? recipient?["post_id"])?.string,
                    text: message?["text"]?.string)
            }
        }
        graph.post(":object/blocked") { request, context in
            await handle(request, context, operation: GraphAction.Kind.block.rawValue) { params throws(SimulatedGraphError) in
                let user = params.firstString("user") ?? params.firstString("uid") ?? params.firstString("psid") ?? params.firstString("asid")
                return try await state.block(page: try object(context), user: user)
            }
        }
        graph.get(":object") { request, context in
            await handle(request, context, operation: "read") { _ throws(SimulatedGraphError) in
                try await state.read(try object(context))
            }
        }
        graph.post(":object") { request, context in
            await handle(request, context, operation: GraphAction.Kind.hide.rawValue, operationFor: { params in
                (try? params.bool("is_hidden")) == false ? GraphAction.Kind.unhide.rawValue : GraphAction.Kind.hide.rawValue
            }) { params throws(SimulatedGraphError) in
                guard let hidden = try params.bool("is_hidden") else {
                    throw .invalidParameter("The parameter is_hidden is required")
                }
                return try await state.setHidden(try object(context), hidden: hidden)
            }
        }
        graph.delete(":object") { request, context in
            await handle(request, context, operation: GraphAction.Kind.delete.rawValue) { _ throws(SimulatedGraphError) in
                try await state.delete(try object(context))
            }
        }
    }

    private func object(_ context: BasicRequestContext) throws(SimulatedGraphError) -> String {
        guard let id = context.parameters.get("object"), !id.isEmpty else { throw .invalidParameter("Missing object id") }
        return id
    }

    private func base(_ request: Request) -> String {
        "http://" + (request.head.authority ?? "\(configuration.host):\(configuration.port)")
    }

    /// Everything a Graph call goes through: body limit, injected failures, the rate limit and the
    /// token check, then `body`; errors come back in Graph's shape with the usage header.
    private func handle(
        _ request: Request, _ context: BasicRequestContext, operation: String,
        operationFor: ((RequestParameters) -> String)? = nil,
        _ body: (RequestParameters) async throws(SimulatedGraphError) -> JSONValue
    ) async -> Response {
        var usage: String?
        do throws(SimulatedGraphError) {
            let bytes: ByteBuffer
            do { bytes = try await request.body.collect(upTo: configuration.maxBodyBytes) } catch {
                throw .invalidParameter("The request body is larger than \(configuration.maxBodyBytes) bytes")
            }
            let parsed = Result { () throws(SimulatedGraphError) in try RequestParameters(request: request, body: bytes) }
            let name = (try? parsed.get()).flatMap { operationFor?($0) } ?? operation
            if let failure = await state.takeFailure(for: name) {
                if failure.delay > .zero { try? await Task.sleep(for: failure.delay) }
                if let status = failure.status { return Self.injected(failure, status: status) }
            }
            let admission = await state.admitCall()
            usage = admission.usage
            if let refusal = admission.refusal { throw refusal }
            let params = try parsed.get()
            try await state.checkToken(params.accessToken)
            do throws(SimulatedGraphError) {
                return Self.json(try await body(params), status: .ok, usage: usage)
            } catch {
                await state.recordRefusal(name, objectID: context.parameters.get("object") ?? "", error: "(#\(error.code)) \(error.message.prefix(80))")
                throw error
            }
        } catch {
            return Self.json(error.json, status: .init(code: error.status), usage: usage)
        }
    }

    static func injected(_ failure: InjectedFailure, status: Int) -> Response {
        guard let code = failure.code else {
            return Response(status: .init(code: status), body: .init(byteBuffer: ByteBuffer(string: failure.message)))
        }
        let error = SimulatedGraphError(status: status, code: code, subcode: failure.subcode, type: "OAuthException", message: failure.message)
        return json(error.json, status: .init(code: status), usage: nil)
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status, usage: String?) -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=UTF-8"]
        if let usage { headers[usageHeader] = usage }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: value.serialized())))
    }
}
