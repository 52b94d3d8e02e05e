import ArgumentParser
import AsyncHTTPClient
import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle
import UnixSignals

/// `decorum bench service`: the whole service on loopback, on SQLite. A load generator sends signed `feed`
/// webhooks (one comment each, as Meta sends them) at a fixed rate to `decorum`'s real HTTP server; the
/// workers judge each comment and carry out its actions through the real Graph client against the Graph
/// API simulator. Latency is measured in the database, from the moment the webhook was received to the
/// moment the action was recorded done, for every action of every comment sent during the measured window.
struct ServiceBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service",
        abstract: "Measure the service: signed webhook deliveries per second, and webhook-to-action latency, on SQLite.",
        discussion: "Everything runs in this process on loopback: Decorum's HTTP server and workers, the Graph API simulator, the load generator."
    )

    @OptionGroup var engine: EngineOptions

    @Option(help: "Webhook deliveries offered per second.")
    var rate = 1000

    @Option(help: "Seconds measured (after the warm-up).")
    var seconds: Double = 20

    @Option(help: "Seconds of warm-up, sent at the same rate and not counted.")
    var warmup: Double = 3

    @Option(help: "Workers taking jobs from the queue.")
    var workers = 2

    @Option(help: "HTTP connections the load generator keeps open to Decorum.")
    var connections = 32

    @Option(help: "The SQLite file to use (default: a new one in a temporary directory, removed afterwards).")
    var database: String?

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func validate() throws {
        guard (1...100_000).contains(rate) else { throw ValidationError("--rate must be from 1 to 100000 deliveries a second") }
        guard seconds >= 1, seconds <= 3600 else { throw ValidationError("--seconds must be from 1 to 3600") }
        guard warmup >= 0, warmup <= 600 else { throw ValidationError("--warmup must be from 0 to 600 seconds") }
        guard (1...64).contains(workers) else { throw ValidationError("--workers must be from 1 to 64") }
        guard (1...1024).contains(connections) else { throw ValidationError("--connections must be from 1 to 1024") }
    }

    func run() async throws {
        var logger = Logger(label: "decorum.bench")
        logger.logLevel = .error
        let (moderator, modelNote) = try engine.makeModerator()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = database ?? directory.appendingPathComponent("bench.sqlite").path
        let store = try await Store.openMigrated(try DatabaseURL(path), logger: logger)

        let decorumPort = try LoopbackPort.free()
        let simulatorPort = try LoopbackPort.free()
        let secret = RandomToken.hex(bytes: 16)
        let simulatorConfiguration = GraphSimulatorConfiguration(
            port: simulatorPort, pageToken: PageToken(RandomToken.hex(bytes: 16)), appSecret: secret, webhookURL: nil)
        let simulator = GraphSimulator(configuration: simulatorConfiguration, logger: logger)

        // The comments, made on the simulated Page before the clock starts, and their signed webhooks.
        let total = Int((Double(rate) * (warmup + seconds)).rounded())
        let texts = DemoComments.all.map(\.message)
        var deliveries = [(body: ByteBuffer, signature: String)]()
        var commentIDs = [ItemID]()
        deliveries.reserveCapacity(total)
        for n in 0..<total {
            let author = Author(id: AuthorID(String(format: "88%014d", n % 5000)), name: "Visitor \(n % 5000)")
            let id = try await simulator.addComment(texts[n % texts.count], from: author)
            guard let body = await simulator.webhookBody(forComment: id) else { continue }
            commentIDs.append(ItemID(id))
            deliveries.append((ByteBuffer(string: body), WebhookSignature.sign(body: Array(body.utf8), appSecret: secret)))
        }

        var settings = ServerSettings(port: decorumPort, metaAppSecret: secret, metaVerifyToken: "bench", apiTokens: [RandomToken.hex(bytes: 16)])
        settings.graphBaseURL = "http://127.0.0.1:\(simulatorPort)/\(simulatorConfiguration.apiVersion)"
        let signal = WorkSignal()
        let metrics = DecorumMetrics()
        let graph = HTTPGraphClient(baseURL: settings.graphBaseURL, timeout: .seconds(10), logger: logger)
        let act = ActStep(graph: graph, tokens: FixedPageTokens([simulatorConfiguration.pageID: simulatorConfiguration.pageToken]),
                          metrics: metrics, logger: logger)
        let ingest = IngestStep(moderator: moderator, modelVersion: modelNote)
        let fresh = FreshWork(signal: signal)
        let judging = InlineJudging(ingest: ingest, claimant: "bench-webhooks", lease: .seconds(60), handoff: fresh)
        let workerServices: [any Service] = (0..<workers).map { n in
            ModerationWorker(store: store, ingest: ingest, act: act, name: "bench-\(n)", signal: signal, metrics: metrics, fresh: fresh,
                             logger: logger)
        }
        let decorum = buildApplication(settings, moderator: moderator, store: store, services: workerServices, signal: signal,
                                       metrics: metrics, judging: judging, logger: logger)
        let group = ServiceGroup(services: [simulator.application(), decorum], gracefulShutdownSignals: [.sigint, .sigterm], logger: logger)

        var clientConfiguration = HTTPClient.Configuration()
        clientConfiguration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)

        let report = try await withThrowingTaskGroup(of: Void.self) { services -> Report in
            services.addTask { try await group.run() }
            defer { services.cancelAll() }
            try await Self.waitUntilReady(client, port: decorumPort)
            let url = "http://127.0.0.1:\(decorumPort)/webhooks/meta"
            let startedAt = Date()
            let sent = await Self.send(deliveries, to: url, rate: rate, client: client)
            let sendingEnded = ContinuousClock.now
            let backlogAtEnd = try await store.jobs.depth()
            // Drain: every judging and acting job finished (or two minutes passed).
            let drainDeadline = ContinuousClock.now + .seconds(120)
            while ContinuousClock.now < drainDeadline {
                let depth = try await store.jobs.depth()
                if depth.queued + depth.running == 0 { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            let drained = ContinuousClock.now - sendingEnded
            await group.triggerGracefulShutdown()
            return try await Report.make(
                sent: sent, commentIDs: commentIDs, rate: rate, startedAt: startedAt, warmup: warmup, seconds: seconds, store: store, backlogAtEnd: backlogAtEnd, drain: drained)
        }
        try await client.shutdown()
        try await store.close()
        print(json ? report.json(modelNote: modelNote, workers: workers, database: path) : report.text(modelNote: modelNote, workers: workers))
    }

    /// One delivery as the load generator saw it.
    struct Sent: Sendable {
        var offset: Duration
        var status: Int
        var latency: Duration
    }

    /// Sends the deliveries open-loop at `rate` a second: each leaves at its scheduled time whether or not
    /// earlier ones have been answered, as Meta's do.
    static func send(_ deliveries: [(body: ByteBuffer, signature: String)], to url: String, rate: Int, client: HTTPClient) async -> [Sent] {
        let start = ContinuousClock.now
        let interval = Duration.nanoseconds(1_000_000_000 / Int64(rate))
        return await withTaskGroup(of: Sent.self) { group in
            for (n, delivery) in deliveries.enumerated() {
                let due = start + interval * n
                if due > ContinuousClock.now { try? await Task.sleep(until: due, clock: .continuous) }
                group.addTask {
                    var request = HTTPClientRequest(url: url)
                    request.method = .POST
                    request.headers.add(name: "Content-Type", value: "application/json")
                    request.headers.add(name: WebhookSignature.headerName, value: delivery.signature)
                    request.body = .bytes(delivery.body)
                    let sentAt = ContinuousClock.now
                    var status = 0
                    if let response = try? await client.execute(request, timeout: .seconds(30)) {
                        status = Int(response.status.code)
                        _ = try? await response.body.collect(upTo: 4096)
                    }
                    return Sent(offset: due - start, status: status, latency: ContinuousClock.now - sentAt)
                }
            }
            var sent = [Sent]()
            for await one in group { sent.append(one) }
            return sent
        }
    }

    static func waitUntilReady(_ client: HTTPClient, port: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if let response = try? await client.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)/readyz"), timeout: .seconds(2)),
               response.status == .ok {
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CLIError.invalid("the service did not become ready within 30 s")
    }

    /// The figures of one run.
    struct Report {
        var offered: Int
        var measuredSeconds: Double
        var accepted: Int
        var failed: Int
        var acceptedPerSecond: Double
        var responseP50: Double
        var responseP99: Double
        var actions: Int
        var actionsByKind: [String: Int]
        var latencyP50: Double
        var latencyP99: Double
        var latencyMax: Double
        var endToEndP50: Double
        var endToEndP99: Double
        var awaitingApproval: Int
        var notDone: Int
        var backlogAtEnd: QueueDepth
        var drainSeconds: Double
        var peakRSSMB: Double

        static func make(
            sent: [Sent], commentIDs: [ItemID], rate: Int, startedAt: Date, warmup: Double, seconds: Double, store: Store, backlogAtEnd: QueueDepth, drain: Duration
        ) async throws -> Report {
            let window = sent.filter { $0.offset.seconds >= warmup && $0.offset.seconds < warmup + seconds }
            let accepted = window.filter { $0.status == 200 }
            let responses = accepted.map { $0.latency.seconds * 1000 }.sorted()
            // Actions of the comments whose webhooks arrived in the measured window, timed by the store itself.
            let from = startedAt.addingTimeInterval(warmup), to = startedAt.addingTimeInterval(warmup + seconds)
            let measured = try await store.actions.timings(receivedFrom: from, to: to)
            let done = measured.compactMap { timing in timing.doneAt.map { $0.timeIntervalSince(timing.receivedAt) * 1000 } }.sorted()
            // From when the webhook was due to leave the sender (Meta's side) to the action done: includes any wait to be answered.
            var scheduled = [ItemID: Date]()
            for (n, id) in commentIDs.enumerated() { scheduled[id] = startedAt.addingTimeInterval(Double(n) / Double(rate)) }
            let endToEnd = measured.compactMap { timing -> Double? in
                guard let done = timing.doneAt, let due = scheduled[timing.itemID] else { return nil }
                return done.timeIntervalSince(due) * 1000
            }.sorted()
            var byKind = [String: Int]()
            for timing in measured { byKind[timing.kind.rawValue, default: 0] += 1 }
            func percentile(_ values: [Double], _ p: Double) -> Double {
                values.isEmpty ? .nan : values[min(values.count - 1, Int(Double(values.count) * p))]
            }
            return Report(
                offered: window.count, measuredSeconds: seconds, accepted: accepted.count, failed: window.count - accepted.count,
                acceptedPerSecond: Double(accepted.count) / seconds, responseP50: percentile(responses, 0.5),
                responseP99: percentile(responses, 0.99), actions: measured.count, actionsByKind: byKind,
                latencyP50: percentile(done, 0.5), latencyP99: percentile(done, 0.99), latencyMax: done.last ?? .nan,
                endToEndP50: percentile(endToEnd, 0.5), endToEndP99: percentile(endToEnd, 0.99),
                awaitingApproval: measured.filter { $0.status == .awaitingApproval }.count,
                notDone: measured.count - done.count - measured.filter { $0.status == .awaitingApproval }.count, backlogAtEnd: backlogAtEnd, drainSeconds: drain.seconds,
                peakRSSMB: EngineBenchCommand.peakResidentMegabytes())
        }

        func text(modelNote: String, workers: Int) -> String {
            let kinds = actionsByKind.keys.sorted().map { "\($0) \(actionsByKind[$0]!)" }.joined(separator: ", ")
            return """
            service on loopback, SQLite, \(workers) workers, \(modelNote)
            offered: \(offered) signed webhook deliveries in \(String(format: "%.0f", measuredSeconds)) s (\(offered / max(1, Int(measuredSeconds)))/s), one comment each
            accepted (HTTP 200 after commit): \(accepted) = \(String(format: "%.0f", acceptedPerSecond))/s; refused or failed: \(failed)
            webhook answered in: p50 \(String(format: "%.1f", responseP50)) ms, p99 \(String(format: "%.1f", responseP99)) ms
            actions for those comments: \(actions) (\(kinds)); waiting for a moderator (rules in approve mode): \(awaitingApproval); not done: \(notDone)
            webhook received → action done: p50 \(String(format: "%.0f", latencyP50)) ms, p99 \(String(format: "%.0f", latencyP99)) ms, max \(String(format: "%.0f", latencyMax)) ms
            webhook sent → action done (with any wait to be answered): p50 \(String(format: "%.0f", endToEndP50)) ms, p99 \(String(format: "%.0f", endToEndP99)) ms
            queue when sending stopped: \(backlogAtEnd.queued) queued, \(backlogAtEnd.running) running; drained in \(String(format: "%.2f", drainSeconds)) s
            peak memory (max RSS, whole process: generator, simulator and Decorum): \(String(format: "%.0f", peakRSSMB)) MB
            """
        }

        func json(modelNote: String, workers: Int, database: String) -> String {
            JSONValue.object([
                ("engine", .string(modelNote)), ("workers", .int(workers)), ("offered", .int(offered)), ("seconds", .number(measuredSeconds)),
                ("accepted", .int(accepted)), ("accepted_per_second", .number(acceptedPerSecond.rounded())), ("failed", .int(failed)),
                ("response_p50_ms", .number(responseP50)), ("response_p99_ms", .number(responseP99)), ("actions", .int(actions)),
                ("latency_p50_ms", .number(latencyP50)), ("latency_p99_ms", .number(latencyP99)), ("latency_max_ms", .number(latencyMax)),
                ("end_to_end_p50_ms", .number(endToEndP50)), ("end_to_end_p99_ms", .number(endToEndP99)),
                ("awaiting_approval", .int(awaitingApproval)),
                ("not_done", .int(notDone)), ("backlog_queued", .int(backlogAtEnd.queued)), ("drain_seconds", .number(drainSeconds)),
                ("peak_rss_mb", .number(peakRSSMB)),
            ]).serialized()
        }
    }
}
