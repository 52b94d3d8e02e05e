import ArgumentParser
import DecorumCore
import Foundation

/// `decorum bench`: the benchmarks. `decorum bench [engine]` measures the engine, `decorum bench service`
/// the whole service under a stream of signed webhooks.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks: the engine on one core (the default), or the whole service under load.",
        subcommands: [EngineBenchCommand.self, ServiceBenchCommand.self],
        defaultSubcommand: EngineBenchCommand.self
    )
}

/// `decorum bench engine`: how fast the engine judges items on one core, and how much memory it takes.
struct EngineBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine",
        abstract: "Measure the engine: items per second on one core, p50/p99 per item, peak memory.",
        discussion: "Judges the corpus (default: the development set in data/dev) over and over on one thread for --seconds."
    )

    @OptionGroup var engine: EngineOptions

    @Option(help: "JSON Lines corpus files (default: data/dev/*.jsonl).")
    var corpus: [String] = []

    @Option(help: "How long to measure, in seconds.")
    var seconds: Double = 5

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func run() throws {
        let files = corpus.isEmpty ? try Self.defaultCorpus() : corpus
        var items = [Item]()
        for file in files {
            for case .item(_, let item, _) in ItemReader().entries(from: try InputSource.read(file)) { items.append(item) }
        }
        guard !items.isEmpty else { throw CLIError.invalid("the corpus has no items: \(files.joined(separator: ", "))") }

        let clock = ContinuousClock()
        let startUp = clock.now
        let (moderator, modelNote) = try engine.makeModerator()
        let startUpTime = startUp.duration(to: clock.now)

        // Warm up: one pass, so lazily built tables and caches are not counted.
        var sink = 0
        for item in items { sink &+= moderator.judge(item).categories.count }

        var durations = [Duration]()
        durations.reserveCapacity(Int(seconds * 200_000))
        let deadline = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
        let start = clock.now
        var i = 0
        while true {
            let t0 = clock.now
            sink &+= moderator.judge(items[i]).categories.count
            let t1 = clock.now
            durations.append(t0.duration(to: t1))
            i += 1
            if i == items.count { i = 0 }
            if t1 >= deadline { break }
        }
        let elapsed = start.duration(to: clock.now)
        durations.sort()
        let n = durations.count
        let perSecond = Double(n) / elapsed.seconds
        let p50 = durations[n / 2].microseconds, p99 = durations[min(n - 1, n * 99 / 100)].microseconds
        let p999 = durations[min(n - 1, n * 999 / 1000)].microseconds, worst = durations[n - 1].microseconds
        let peakMB = Self.peakResidentMegabytes()
        let bytes = items.reduce(0) { $0 + $1.text.utf8.count }

        if json {
            print(JSONValue.object([
                ("items_judged", .int(n)), ("corpus_items", .int(items.count)), ("mean_item_bytes", .int(bytes / items.count)),
                ("seconds", .number(elapsed.seconds)), ("items_per_second", .number(perSecond.rounded())),
                ("p50_us", .number(p50)), ("p99_us", .number(p99)), ("p999_us", .number(p999)), ("max_us", .number(worst)),
                ("peak_rss_mb", .number(peakMB)), ("startup_ms", .number(startUpTime.seconds * 1000)),
                ("detectors", .int(moderator.detectors.count)), ("engine", .string(modelNote)),
            ]).serialized())
        } else {
            print("""
            corpus: \(items.count) items from \(files.count) file(s), mean \(bytes / items.count) bytes; \(moderator.detectors.count) detectors, \(modelNote); start-up (policy and model)  \(String(format: "%.1f", startUpTime.seconds * 1000)) ms
            judged \(n) items in \(String(format: "%.2f", elapsed.seconds)) s on one thread
            throughput: \(Int(perSecond)) items/s
            per item: p50 \(String(format: "%.1f", p50)) µs, p99 \(String(format: "%.1f", p99)) µs, p99.9 \(String(format: "%.1f", p999)) µs, max \(String(format: "%.1f", worst)) µs
            peak memory (max RSS): \(String(format: "%.1f", peakMB)) MB
            """)
        }
        if sink == -1 { print("") }
    }

    static func defaultCorpus() throws -> [String] {
        let dir = "data/dev"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        let files = names.filter { $0.hasSuffix(".jsonl") }.sorted().map { "\(dir)/\($0)" }
        guard !files.isEmpty else { throw CLIError.invalid("no corpus: run from the repository root (data/dev/*.jsonl) or pass --corpus FILE") }
        return files
    }

    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    var microseconds: Double { seconds * 1e6 }
}
