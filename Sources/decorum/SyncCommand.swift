import ArgumentParser
import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import Logging

/// `decorum sync --since DATE`: back-fills the Page's posts and comments through the Graph API, judging
/// what Decorum has not seen; what it plans is carried out by `decorum serve` (now, or when it next runs).
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Back-fill the Page's posts and comments since a date through the Graph API, and judge what is new.",
        discussion: "Uses the same settings as `decorum serve` (DECORUM_PAGE_ID, DECORUM_PAGE_TOKEN, DECORUM_GRAPH_BASE_URL, DECORUM_DATABASE_URL…)."
    )

    @Option(help: "Only posts since this date (YYYY-MM-DD, or an ISO-8601 time).")
    var since: String

    @Option(help: "A YAML settings file (default: $DECORUM_CONFIG); environment variables override it.")
    var config: String?

    @Option(help: "The most feed pages (25 posts each) to read.")
    var maxPages = 200

    func run() async throws {
        guard let date = Self.date(since) else {
            throw ValidationError("--since \"\(since)\" is not a date: write it as 2026-11-01 or 2026-11-01T09:00:00Z")
        }
        guard date <= Date() else { throw ValidationError("--since \(since) is in the future") }
        var logger = Logger(label: "decorum.sync")
        logger.logLevel = .warning
        let setup = try await ServiceSetup.open(configFile: config, logger: logger)
        guard let pageID = setup.settings.pageID ?? setup.connectedPages.first?.rawValue,
              let token = try await setup.vault.token(for: PageID(pageID))
        else {
            try? await setup.store.close()
            throw CLIError.invalid("decorum sync needs a connected Page: set DECORUM_PAGE_ID and DECORUM_PAGE_TOKEN")
        }
        let backfill = Backfill(graph: setup.graph, ingest: IngestStep(moderator: setup.moderator, modelVersion: setup.modelVersion),
                                store: setup.store)
        let report: Backfill.Report
        do {
            report = try await backfill.run(page: PageID(pageID), since: date, token: token, maxPages: maxPages)
        } catch let error as GraphError {
            try? await setup.store.close()
            throw CLIError.invalid("the Graph API refused the back-fill: \(error)")
        } catch {
            try? await setup.store.close()
            throw error
        }
        try await setup.store.close()
        print("""
        Read \(report.posts) post\(report.posts == 1 ? "" : "s") and \(report.comments) comment\(report.comments == 1 ? "" : "s") since \(since) from page \(pageID).
          \(report.stored) new or edited, judged and stored; \(report.unchanged) already stored, unchanged.
          \(report.flagged) flagged against the code of conduct; \(report.actionsPlanned) action\(report.actionsPlanned == 1 ? "" : "s") planned — `decorum serve` carries them out.
        """)
    }

    static func date(_ text: String) -> Date? {
        if let full = try? Date.ISO8601FormatStyle().parse(text) { return full }
        if let fractional = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return fractional }
        return try? Date.ISO8601FormatStyle().year().month().day().parse(text)
    }
}
