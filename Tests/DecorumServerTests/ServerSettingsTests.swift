import Configuration
import DecorumServer
import Testing

@Suite("Server settings")
struct ServerSettingsTests {
    func settings(_ env: [String: String]) throws(SettingsError) -> ServerSettings {
        try ServerSettings(reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: env)))
    }

    @Test("the documented environment variables are read")
    func environment() throws {
        let s = try settings([
            "DECORUM_PORT": "9090", "DECORUM_DATABASE_URL": "postgres://u:p@localhost/d", "DECORUM_META_APP_SECRET": "s3cret",
            "DECORUM_META_VERIFY_TOKEN": "verify", "DECORUM_GRAPH_BASE_URL": "http://127.0.0.1:9999", "DECORUM_PAGE_ID": "123",
            "DECORUM_PAGE_TOKEN": "EAAB", "DECORUM_POLICY": "policy.yaml",
        ])
        #expect(s.port == 9090)
        #expect(s.databaseURL == "postgres://u:p@localhost/d")
        #expect(s.metaAppSecret == "s3cret" && s.metaVerifyToken == "verify")
        #expect(s.graphBaseURL == "http://127.0.0.1:9999")
        #expect(s.pageID == "123" && s.pageToken == "EAAB" && s.policyPath == "policy.yaml")
    }

    @Test("with nothing set, Decorum runs on SQLite in the current folder")
    func defaults() throws {
        let s = try settings([:])
        #expect(s.databaseURL == "./decorum.sqlite")
        #expect(s.port == 8080)
    }

    @Test("bad settings are all named, each with the variable to fix")
    func errors() {
        #expect {
            try settings(["DECORUM_PORT": "70000", "DECORUM_PAGE_TOKEN": "EAAB", "DECORUM_API_TOKENS": "short"])
        } throws: { error in
            let text = "\(error)"
            return text.contains("DECORUM_PORT") && text.contains("DECORUM_PAGE_ID") && text.contains("DECORUM_API_TOKENS")
        }
    }
}
