import ArgumentParser
import Configuration
import DecorumCore
import DecorumMeta
import DecorumServer
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// `decorum simulate`: the Graph API simulator as a process of its own, so `decorum serve` can be tried
/// end to end without a Meta account: it holds a Page, sends signed webhooks when visitors comment, and
/// records what Decorum does. With `--demo` it also plays the demo comments into itself.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run a local Graph API simulator (a Facebook Page with visitors' comments) for Decorum to moderate.",
        discussion: """
        Runs until Ctrl-C (SIGINT) or SIGTERM. It prints the settings to give `decorum serve`; the Page token and \
        app secret it makes up are printed there once and never logged.
        """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8081

    @Option(name: .customLong("page-id"), help: "The simulated Page's id (digits).")
    var pageID = GraphSimulatorConfiguration().pageID.rawValue

    @Option(help: "The simulated Page's name.")
    var pageName = GraphSimulatorConfiguration().pageName

    @Option(help: "The only Page access token the simulator accepts (default: a random one, printed once).")
    var pageToken: String?

    @Option(help: "The app secret webhooks are signed with (default: $DECORUM_META_APP_SECRET, else a random one, printed once).")
    var appSecret: String?

    @Option(name: .customLong("webhook-url"), help: "Where to send signed webhooks, e.g. http://127.0.0.1:8080/webhooks/meta (default: none are sent).")
    var webhookURL: String?

    @Option(help: "Graph calls allowed per window, as CALLS/SECONDS (e.g. 200/3600); default: no limit.")
    var rateLimit: String?

    @Flag(help: "Also play the demo comments into the simulator, one every --interval seconds.")
    var demo = false

    @Option(help: "Seconds between demo comments.")
    var interval: Double = 4

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be a port number from 1 to 65535, not \(port)") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
        guard !pageID.isEmpty, pageID.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw ValidationError("--page-id must be a Page id made of digits, like 1000000000001, not \"\(pageID)\"")
        }
        guard !pageName.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--page-name must not be empty") }
        if let pageToken, pageToken.isEmpty || pageToken.contains(where: \.isWhitespace) {
            throw ValidationError("--page-token must be a token without spaces; leave it out to get a random one")
        }
        if let appSecret, appSecret.isEmpty { throw ValidationError("--app-secret must not be empty; leave it out to get a random one") }
        if let webhookURL {
            guard let url = URL(string: webhookURL), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw ValidationError("--webhook-url must be an http:// or https:// address such as http://127.0.0.1:8080/webhooks/meta, not \"\(webhookURL)\"")
            }
        }
        if let rateLimit { _ = try Self.parseRateLimit(rateLimit) }
        guard interval.isFinite, (0.05...3600).contains(interval) else {
            throw ValidationError("--interval must be a number of seconds from 0.05 to 3600, not \(interval)")
        }
    }

    func run() async throws {
        var logger = Logger(label: "decorum.simulator")
        logger.logLevel = .info
        let reader = ConfigReader(provider: EnvironmentVariablesProvider())
        let envSecret = reader.scoped(to: "decorum").string(forKey: "meta.app.secret", isSecret: true).flatMap { $0.isEmpty ? nil : $0 }
        let token: (value: String, generated: Bool) = pageToken.map { ($0, false) } ?? (Self.randomHex(bytes: 24), true)
        let secret: (value: String, source: SecretSource) =
            if let appSecret { (appSecret, .option) } else if let envSecret { (envSecret, .environment) } else { (Self.randomHex(bytes: 24), .generated) }

        let configuration = GraphSimulatorConfiguration(
            host: host, port: port, pageID: PageID(pageID), pageName: pageName, pageToken: PageToken(token.value),
            appSecret: secret.value, webhookURL: webhookURL, rateLimit: try rateLimit.map(Self.parseRateLimit))
        let base = "http://\(Self.urlHost(host)):\(port)"
        var services: [any Service] = [buildSimulator(configuration, logger: logger)]
        if demo {
            services.append(DemoFeed(simulatorURL: base, interval: .milliseconds(Int((interval * 1000).rounded())), logger: logger))
        }

        let banner = Self.banner(
            base: base, configuration: configuration, token: token.generated ? token.value : nil, secret: secret,
            demoInterval: demo ? interval : nil)
        // Unbuffered, so it shows at once even when standard output is a pipe or a file.
        FileHandle.standardOutput.write(Data((banner + "\n").utf8))
        let group = ServiceGroup(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        try await group.run()
    }

    /// Where the app secret came from, which decides whether the banner shows it.
    enum SecretSource {
        case option, environment, generated
    }

    static func banner(
        base: String, configuration: GraphSimulatorConfiguration, token: String?, secret: (value: String, source: SecretSource),
        demoInterval: Double?
    ) -> String {
        let graph = "\(base)/\(configuration.apiVersion)"
        let page = configuration.pageID.rawValue
        var lines = [
            "Graph API simulator on \(base): Page \(page) (\"\(configuration.pageName)\"), Graph API \(configuration.apiVersion)",
            "",
            "  Give Decorum:  DECORUM_GRAPH_BASE_URL=\(graph)",
            "  To run decorum serve against it, in another terminal:",
            "    export DECORUM_GRAPH_BASE_URL=\(graph)",
            "    export DECORUM_PAGE_ID=\(page)",
        ]
        lines.append(token.map { "    export DECORUM_PAGE_TOKEN=\($0)          # made up for this run" }
            ?? "    export DECORUM_PAGE_TOKEN=<the --page-token you gave>")
        switch secret.source {
        case .generated: lines.append("    export DECORUM_META_APP_SECRET=\(secret.value)     # made up for this run")
        case .environment: lines.append("    # DECORUM_META_APP_SECRET: the one set in this shell signs the webhooks; give decorum serve the same")
        case .option: lines.append("    export DECORUM_META_APP_SECRET=<the --app-secret you gave>")
        }
        lines.append("    export DECORUM_META_VERIFY_TOKEN=any-words      # Decorum needs one to turn its webhook route on")
        lines.append("    decorum serve")
        lines.append("")
        if let url = configuration.webhookURL {
            lines.append("  Webhooks: signed and sent to \(url)")
        } else {
            lines.append("  Webhooks: none sent. Start with --webhook-url http://127.0.0.1:8080/webhooks/meta to send them to Decorum.")
        }
        if let limit = configuration.rateLimit {
            lines.append("  Rate limit: \(limit.maxCalls) Graph calls per \(limit.window.components.seconds) s, then error \(limit.errorCode)")
        }
        if let demoInterval {
            lines.append("  Demo: a visitor comments every \(Self.seconds(demoInterval)) s (\(DemoComments.all.count) comments, round and round)")
        }
        lines += [
            "",
            "  Control endpoints (JSON):",
            "    POST   \(base)/_sim/comments      a visitor comments: {message, from: {id, name}, post_id?, parent_id?, attachments?: [{type, url}]}",
            "    PATCH  \(base)/_sim/comments/ID   the author edits it: {message}",
            "    DELETE \(base)/_sim/comments/ID   the author removes it",
            "    POST   \(base)/_sim/posts         a visitor posts on the Page: {message, from: {id, name}}",
            "    GET    \(base)/_sim/comments      every comment, hidden or deleted, and whether it got a private reply",
            "    GET    \(base)/_sim/actions       what Decorum did: hide, delete, replies",
            "    GET    \(base)/_sim/webhooks      each webhook and whether it was delivered",
            "    POST   \(base)/_sim/fail          make the next calls fail: {operation, status?, code?, count?, delay_ms?}",
            "    POST   \(base)/_sim/token         expire the Page token: {expired: true}",
            "",
            "  Try:",
            "    curl -s -X POST \(base)/_sim/comments -H 'Content-Type: application/json' \\",
            #"      -d '{"message": "Dr Marsh fobbed me off again", "from": {"id": "4121873304468159", "name": "Stuart Barlow"}}'"#,
            "",
            "Ctrl-C stops it.",
        ]
        return lines.joined(separator: "\n")
    }

    /// `CALLS/SECONDS`, both whole numbers above zero.
    static func parseRateLimit(_ text: String) throws -> SimulatorRateLimit {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let calls = Int(parts[0]), let seconds = Int(parts[1]), calls > 0, seconds > 0 else {
            throw ValidationError("--rate-limit must be CALLS/SECONDS with whole numbers above zero, such as 200/3600, not \"\(text)\"")
        }
        return SimulatorRateLimit(maxCalls: calls, window: .seconds(seconds))
    }

    /// The host to put in a URL that reaches the listener: loopback for a wildcard address, brackets for IPv6.
    static func urlHost(_ host: String) -> String {
        switch host {
        case "0.0.0.0": "127.0.0.1"
        case "::", "[::]": "[::1]"
        default: host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func randomHex(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }
}
