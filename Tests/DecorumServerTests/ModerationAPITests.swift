import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Logging
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The JSON API over a live HTTP server")
struct ModerationAPITests {
    static let token = "test-token-0123456789abcdefghij"

    func app() -> some ApplicationProtocol {
        let settings = ServerSettings(host: "127.0.0.1", port: 0, apiTokens: [Self.token], maxBodyBytes: 64 * 1024)
        return buildApplication(settings, moderator: Moderator(policy: .builtIn))
    }

    var auth: HTTPFields { [.authorization: "Bearer \(Self.token)", .contentType: "application/json"] }

    @Test("items in, one decision each out, in order, in the JSON of decorum moderate")
    func moderate() async throws {
        let body = #"[{"id":"a","text":"Thank you to all the team, brilliant care as always"},{"id":"b","text":"my NHS number is 943 476 5919 can someone ring me"}]"#
        try await app().test(.live) { client in
            try await client.execute(uri: "/api/v1/moderate", method: .post, headers: auth, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                let bytes = Data(String(buffer: response.body).utf8)
                let json = try #require(try JSONSerialization.jsonObject(with: bytes) as? [[String: Any]])
                #expect(json.map { $0["id"] as? String } == ["a", "b"])
                let second = try #require(json[1]["categories"] as? [[String: Any]])
                #expect(second.contains { $0["category"] as? String == "own_pii" })
                let decision = try #require(json[1]["decision"] as? [String: Any])
                #expect(decision["action"] as? String == "hide")
            }
        }
    }

    @Test("JSON Lines in and out when asked for application/x-ndjson")
    func ndjson() async throws {
        var fields = auth
        fields[.accept] = "application/x-ndjson"
        let headers = fields
        let body = "{\"id\":\"1\",\"text\":\"hello\"}\n{\"id\":\"2\",\"text\":\"f*** off\"}\n"
        try await app().test(.live) { client in
            try await client.execute(uri: "/api/v1/moderate", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                let lines = String(buffer: response.body).split(separator: "\n")
                #expect(lines.count == 2)
                #expect(lines[1].contains("\"abusive\""))
            }
        }
    }

    @Test("without a bearer token, or with a wrong one, the API refuses")
    func unauthorised() async throws {
        try await app().test(.live) { client in
            try await client.execute(uri: "/api/v1/moderate", method: .post, body: ByteBuffer(string: "[]")) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/api/v1/moderate", method: .post, headers: [.authorization: "Bearer wrong-token-0123456789abcdef"], body: ByteBuffer(string: "[]")) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test("a bad item rejects the request and every bad item is named")
    func badItems() async throws {
        let body = #"[{"id":"ok","text":"fine"},{"id":"x"},{"id":3,"text":"y"}]"#
        try await app().test(.live) { client in
            try await client.execute(uri: "/api/v1/moderate", method: .post, headers: auth, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                let text = String(buffer: response.body)
                #expect(text.contains("\"item\":2") && text.contains("missing \\\"text\\\""))
                #expect(text.contains("\"item\":3") && text.contains("must be a string"))
            }
        }
    }

    @Test("a body over the limit is refused with 413")
    func tooLarge() async throws {
        let big = "[" + String(repeating: #"{"id":"a","text":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},"#, count: 2000) + #"{"id":"z","text":"z"}]"#
        try await app().test(.live) { client in
            try await client.execute(uri: "/api/v1/moderate", method: .post, headers: auth, body: ByteBuffer(string: big)) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test("the OpenAPI document lists exactly the routes the router serves under /api/v1")
    func openAPIMatchesRoutes() async throws {
        // Paths and methods as the document declares them.
        var declared = Set<String>()
        var path: String?
        for line in OpenAPIDocument.yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  /"), line.hasSuffix(":") { path = String(line.dropFirst(2).dropLast()) }
            else if line.hasPrefix("components:") { path = nil }
            else if let p = path, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                declared.insert("\(line.trimmingCharacters(in: .whitespaces).dropLast().uppercased()) /api/v1\(p)")
            }
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await Store.openMigrated(try DatabaseURL(dir.appendingPathComponent("t.sqlite").path), logger: Logger(label: "test"))
        let router = buildRouter(
            ServerSettings(port: 0, metaAppSecret: "s", metaVerifyToken: "v", apiTokens: [Self.token]), moderator: Moderator(policy: .builtIn),
            store: store, signal: WorkSignal(), metrics: DecorumMetrics(), logger: Logger(label: "test"))
        let served = Set(router.routes.map { route in
            "\(route.method) " + route.path.description.replacingOccurrences(of: #":([a-z]+)"#, with: "{$1}", options: .regularExpression)
        }.filter { $0.contains(" /api/v1/") })
        try await store.close()
        #expect(declared.count >= 8)
        #expect(declared == served, "in the document only: \(declared.subtracting(served)); served only: \(served.subtracting(declared))")
    }

    @Test("health and readiness answer")
    func health() async throws {
        try await app().test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/readyz", method: .get) { #expect($0.status == .ok) }
        }
    }
}
