import AsyncHTTPClient
import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle

/// Sends the simulator's webhooks to Decorum, signed with the app secret, retrying failed
/// deliveries with back-off as Meta does. A service run by the simulator application's lifecycle:
/// deliveries run as child tasks of `run()`, and shutdown cancels the ones still retrying.
struct WebhookSender: Service {
    let deliveries: AsyncStream<WebhookDelivery>
    let url: String
    let appSecret: String
    let retry: RetryPolicy
    let httpClient: HTTPClient
    let state: SimulatorState
    let logger: Logger

    func run() async throws {
        await withDiscardingTaskGroup { group in
            for await delivery in deliveries.cancelOnGracefulShutdown() {
                group.addTask { await deliver(delivery) }
            }
            group.cancelAll()
        }
    }

    private func deliver(_ delivery: WebhookDelivery) async {
        var random = SystemRandomNumberGenerator()
        var attempts = 0
        var lastStatus: Int?
        do throws(GraphError) {
            try await retry.run(random: &random) { (attempt: Int) async throws(GraphError) in
                attempts = attempt
                lastStatus = try await post(delivery)
            }
            await state.updateDelivery(delivery.id, attempts: attempts, status: .delivered, httpStatus: lastStatus)
        } catch {
            logger.warning("webhook not delivered", metadata: ["delivery": "\(delivery.id)", "attempts": "\(attempts)", "error": "\(error.message)"])
            await state.updateDelivery(delivery.id, attempts: attempts, status: .failed, httpStatus: error.httpStatus)
        }
    }

    /// One attempt; any answer but 2xx is a failure worth retrying.
    private func post(_ delivery: WebhookDelivery) async throws(GraphError) -> Int {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: WebhookSignature.headerName, value: WebhookSignature.sign(body: delivery.body.utf8, appSecret: appSecret))
        request.body = .bytes(ByteBuffer(string: delivery.body))
        let status: Int
        do {
            let response = try await httpClient.execute(request, timeout: .seconds(10))
            status = Int(response.status.code)
            _ = try? await response.body.collect(upTo: 64 * 1024)
        } catch {
            throw HTTPGraphClient.transportError(error)
        }
        guard (200..<300).contains(status) else {
            throw GraphError(kind: .transient, message: "the receiver answered HTTP \(status)", httpStatus: status)
        }
        return status
    }
}
