import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Synchronization

/// Stands in for a Teams incoming webhook: a Hummingbird app on loopback that records each message posted to it,
/// and can be told to fail the next few.
final class TeamsReceiver: Sendable {
    private let bodies = Mutex<[String]>([])
    private let failures = Mutex<Int>(0)

    /// The JSON bodies received, in order.
    var received: [String] { bodies.withLock { $0 } }

    /// Answers the next `count` posts with 500.
    func fail(next count: Int) { failures.withLock { $0 = count } }

    /// Runs `body` with the receiver listening; `body` gets the webhook's URL.
    func run(_ body: @escaping @Sendable (String) async throws -> Void) async throws {
        let router = Router()
        router.post("/webhookb2/:token") { [self] request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            let fail = failures.withLock { left in
                if left > 0 { left -= 1; return true }
                return false
            }
            if fail { return Response(status: .internalServerError) }
            bodies.withLock { $0.append(String(buffer: bytes)) }
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "1")))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(client.port!)/webhookb2/secret-token-0123456789")
        }
    }
}
