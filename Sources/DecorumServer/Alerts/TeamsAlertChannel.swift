import AsyncHTTPClient
import DecorumCore
import Foundation
import DecorumStore
import NIOCore
import NIOHTTP1

/// Alerts to a Microsoft Teams channel through its incoming webhook or Workflows webhook: every alert, whatever its role.
struct TeamsAlertChannel: AlertChannel {
    /// The webhook's address: a credential, never logged or put in an error.
    let url: String
    let client: HTTPClient
    let timeout: Duration

    var name: String { "teams" }

    func accepts(_ alert: Alert) -> Bool { true }

    func send(_ notification: AlertNotification, for alert: Alert) async throws {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        request.body = .bytes(ByteBuffer(string: notification.teamsPayload.serialized()))
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: TimeAmount(timeout))
        } catch {
            // The address is the credential: it must not reach a log through the client's error.
            throw TeamsError.unreachable(String(String(describing: error).replacingOccurrences(of: url, with: "the webhook").prefix(160)))
        }
        // Read a little of the answer: the old connectors answer 200 with an error in the text.
        let answer = String(buffer: try await response.body.collect(upTo: 16 * 1024))
        guard (200..<300).contains(Int(response.status.code)) else {
            throw TeamsError.refused(status: Int(response.status.code), retryAfter: response.headers.first(name: "Retry-After"))
        }
        if answer.lowercased().contains("delivery failed") || answer.hasPrefix("Microsoft Teams endpoint returned") {
            throw TeamsError.refused(status: Int(response.status.code), retryAfter: nil)
        }
    }
}

/// Why Teams did not take an alert; never holds the webhook's address.
enum TeamsError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreachable(String)
    case refused(status: Int, retryAfter: String?)

    var description: String {
        switch self {
        case .unreachable(let reason):
            "Decorum could not reach the Teams webhook (\(reason)); check this machine can reach Microsoft Teams over HTTPS."
        case .refused(let status, let retryAfter):
            switch status {
            case 400: "Teams refused the alert's card (400): the webhook may be a Workflow that expects another format."
            case 401, 403, 404, 410:
                "Teams refused the webhook (\(status)): it has probably been removed or its address changed; set DECORUM_TEAMS_WEBHOOK_URL to the channel's current webhook."
            case 429: "Teams is limiting how fast messages are sent (429)\(retryAfter.map { ", asking to wait \($0) s" } ?? ""); Decorum will try again."
            case 200..<300: "Teams answered \(status) but said it did not deliver the message; Decorum will try again."
            default: "Teams answered \(status); Decorum will try again."
            }
        }
    }
}
