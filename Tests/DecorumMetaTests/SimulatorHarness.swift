import DecorumCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import DecorumMeta

/// What a stand-in for Decorum's webhook endpoint received.
actor WebhookInbox {
    private(set) var changes: [FeedChange] = []
    private(set) var rejected = 0
    private(set) var attempts = 0
    private var failuresLeft: Int

    init(failFirst: Int) { failuresLeft = failFirst }

    /// Returns the status to answer with.
    func receive(body: [UInt8], signature: String?, secret: String) -> HTTPResponse.Status {
        attempts += 1
        guard WebhookSignature.verify(body: body, header: signature, appSecret: secret) else {
            rejected += 1
            return .unauthorized
        }
        if failuresLeft > 0 {
            failuresLeft -= 1
            return .serviceUnavailable
        }
        guard let parsed = try? WebhookPayload.parse(body) else { return .badRequest }
        changes += parsed
        return .ok
    }
}

/// A running simulator with a webhook receiver and an `HTTPGraphClient` pointed at it.
struct SimulatorHarness {
    let configuration: GraphSimulatorConfiguration
    let graph: HTTPGraphClient
    let inbox: WebhookInbox
    let control: any TestClientProtocol
    var page: PageID { configuration.pageID }
    var port: Int { control.port ?? 0 }
    var token: PageToken { configuration.pageToken }

    /// Sends JSON to a `/_sim` endpoint and returns the decoded answer.
    @discardableResult
    func sim(_ method: HTTPRequest.Method, _ path: String, _ json: String? = nil) async throws -> (HTTPResponse.Status, JSONTree) {
        let response = try await control.execute(
            uri: path, method: method, headers: [.contentType: "application/json"], body: json.map { ByteBuffer(string: $0) })
        return (response.status, try JSONTree.parse(response.body.readableBytesView))
    }

    /// Adds a visitor's comment and returns its id.
    func comment(_ message: String, from id: String = "6483920174625381", name: String = "Sandra Holt", extra: String = "") async throws -> ItemID {
        let (status, json) = try await sim(.post, "/_sim/comments", #"{"message": "\#(message)", "from": {"id": "\#(id)", "name": "\#(name)"}\#(extra)}"#)
        #expect(status == .ok)
        return ItemID(try #require(json["id"]?.string))
    }

    /// The kinds and objects in `GET /_sim/actions`.
    func actions() async throws -> [(String, String)] {
        let (_, json) = try await sim(.get, "/_sim/actions")
        guard case .array(let items)? = json["data"] else { return [] }
        return items.map { ($0["kind"]?.string ?? "", $0["object_id"]?.string ?? "") }
    }

    /// Waits until the inbox holds `count` changes (or five seconds pass).
    func changes(count: Int) async -> [FeedChange] {
        for _ in 0..<250 {
            let changes = await inbox.changes
            if changes.count >= count { return changes }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return await inbox.changes
    }

    /// Runs `body` against a simulator on a loopback port whose webhooks go to a receiver on another.
    static func run(
        failFirst: Int = 0, timeout: Duration = .seconds(5),
        configure: @escaping @Sendable (inout GraphSimulatorConfiguration) -> Void = { _ in },
        _ body: @escaping @Sendable (SimulatorHarness) async throws -> Void
    ) async throws {
        let secret = "sim-app-secret"
        let inbox = WebhookInbox(failFirst: failFirst)
        let router = Router()
        router.post("/webhooks/meta") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: WebhookPayload.defaultMaxBytes)
            let status = await inbox.receive(
                body: Array(bytes.readableBytesView), signature: request.headers[HTTPField.Name(WebhookSignature.headerName)!], secret: secret)
            return Response(status: status)
        }
        let receiver = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await receiver.test(.live) { receiverClient in
            var settings = GraphSimulatorConfiguration(
                appSecret: secret, webhookURL: "http://127.0.0.1:\(receiverClient.port!)/webhooks/meta",
                webhookRetry: RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50)))
            configure(&settings)
            let configuration = settings
            let simulator = buildSimulator(configuration)
            try await simulator.test(.live) { client in
                let graph = HTTPGraphClient(baseURL: "http://127.0.0.1:\(client.port!)/\(configuration.apiVersion)", timeout: timeout)
                try await body(SimulatorHarness(configuration: configuration, graph: graph, inbox: inbox, control: client))
            }
        }
    }
}
