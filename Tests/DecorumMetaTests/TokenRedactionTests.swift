import DecorumCore
import HTTPTypes
import Logging
import Synchronization
import Testing
@testable import DecorumMeta

/// Collects every log line and its metadata as text.
final class CapturedLogs: Sendable {
    let lines = Mutex<[String]>([])
}

struct CapturingLogHandler: LogHandler {
    let sink: CapturedLogs
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let text = "\(event.message) \(event.metadata ?? [:]) \(metadata)"
        sink.lines.withLock { $0.append(text) }
    }
}

@Suite("Secrets stay out of logs")
struct TokenRedactionTests {
    @Test("a Page token prints as redacted however it is printed")
    func tokenPrints() {
        let token = PageToken("EAAGm0PX4ZCpsBAKZCZAsecret")
        #expect("\(token)" == "<redacted>")
        #expect(String(reflecting: token) == "PageToken(<redacted>)")
        var dumped = ""
        dump(token, to: &dumped)
        #expect(!dumped.contains("secret"))
    }

    @Test("the Graph client logs successes, refusals and failures at trace level without the token")
    func clientLogs() async throws {
        let sink = CapturedLogs()
        let logger = Logger(label: "test") { _ in CapturingLogHandler(sink: sink) }
        try await SimulatorHarness.run { sim in
            let graph = HTTPGraphClient(baseURL: "http://127.0.0.1:\(sim.port)/\(sim.configuration.apiVersion)", logger: logger)
            let id = try await sim.comment("hello")
            _ = try await graph.perform(.hide(id), page: sim.page, token: sim.token)
            _ = try await graph.backfill(page: sim.page, since: nil, token: sim.token)
            _ = try? await graph.perform(.hide(ItemID("404_404")), page: sim.page, token: sim.token)
            try await sim.sim(.post, "/_sim/fail", #"{"operation": "delete", "status": 503}"#)
            _ = try? await graph.perform(.delete(id), page: sim.page, token: sim.token)
        }
        let lines = sink.lines.withLock { $0 }
        #expect(lines.count >= 4)
        #expect(!lines.contains { $0.contains("sim-page-token") })
    }
}
