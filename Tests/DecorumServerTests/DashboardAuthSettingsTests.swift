import Configuration
import DecorumServer
import Testing

@Suite("Dashboard access settings")
struct DashboardAuthSettingsTests {
    func settings(_ env: [String: String]) throws(SettingsError) -> DashboardAuthSettings {
        try DashboardAuthSettings(reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: env)))
    }

    @Test("by default the proxy is not trusted, sessions last 12 hours idle, and 5 failures lock for 15 minutes")
    func defaults() throws {
        let s = try settings([:])
        #expect(!s.transport.trustProxy && !s.transport.servedOverTLS)
        #expect(s.sessionIdle == .seconds(12 * 3600))
        #expect(s.loginPolicy == LoginPolicy(maxFailures: 5, lockDuration: .seconds(900)))
        #expect(s.passwordCost == 12)
    }

    @Test("DECORUM_TRUST_PROXY, DECORUM_TLS and DECORUM_SESSION_IDLE_HOURS are read; an idle time out of range is named")
    func environment() throws {
        let s = try settings(["DECORUM_TRUST_PROXY": "true", "DECORUM_TLS": "true", "DECORUM_SESSION_IDLE_HOURS": "8"])
        #expect(s.transport.trustProxy && s.transport.servedOverTLS)
        #expect(s.sessionIdle == .seconds(8 * 3600))
        #expect(throws: SettingsError.self) { try settings(["DECORUM_SESSION_IDLE_HOURS": "0"]) }
        do {
            _ = try settings(["DECORUM_SESSION_IDLE_HOURS": "500"])
        } catch {
            #expect(error.description.contains("DECORUM_SESSION_IDLE_HOURS must be from 0.1 to 168"))
        }
    }
}
