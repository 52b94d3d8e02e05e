import ArgumentParser
import DecorumCore
import DecorumStore
import Foundation

/// `decorum purge [--dry-run]`: the retention purge under the policy in force, at once.
struct PurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Purge the text of items kept longer than the policy's retention periods (decorum serve does it daily).",
        discussion: """
            Under the policy in force (the newest saved from the dashboard, else DECORUM_POLICY, else the built-in one), \
            items left alone lose their text, author's name, attachments and raw payloads `allowed_text_days` after Decorum \
            last saw them, items acted on `actioned_text_days` after; decisions and the audit log are kept without the \
            words. Items under legal hold (decorum hold) and items still being handled are kept. The purge is recorded in \
            the audit log with its counts. Works on the database in DECORUM_DATABASE_URL (by default ./decorum.sqlite).
            """
    )

    @Flag(help: "Print what would be purged (item ids, never text) and change nothing.")
    var dryRun = false

    @Option(help: "With --dry-run: the most items to list of each kind.")
    var limit = 50

    @Option(help: "Who is doing it, for the audit log (default: the account running the command).")
    var by: String?

    func validate() throws {
        guard (1...100_000).contains(limit) else { throw ValidationError("--limit must be from 1 to 100000, not \(limit)") }
    }

    func run() async throws {
        try await CommandStore.with("purge") { store in
            let policy = try await CommandStore.policyInForce(store)
            let retention = policy.retention
            print("Retention under policy \(policy.version): the text of items left alone is kept \(retention.allowedTextDays) days, "
                  + "of items acted on \(retention.actionedTextDays) days.")
            guard dryRun else {
                let counts = try await store.retention.purge(retention, by: CommandStore.actor(by), policyVersion: policy.version)
                print("Purged: \(Self.summary(counts))")
                print("Kept under legal hold: \(Self.items(counts.heldItems)). Recorded in the audit log (\(SQLRetention.event)).")
                return
            }
            let plan = try await store.retention.plan(retention, limit: limit)
            print("Would purge: \(Self.summary(plan.counts))")
            Self.list(plan.items, of: plan.counts.items, limit: limit)
            print("Kept under legal hold although past their period: \(Self.items(plan.counts.heldItems)).")
            Self.list(plan.held, of: plan.counts.heldItems, limit: limit)
            print("Nothing was changed (--dry-run).")
        }
    }

    static func summary(_ counts: RetentionCounts) -> String {
        "\(items(counts.items)) (\(counts.allowedItems) allowed, \(counts.actionedItems) actioned): their text, authors' names and "
            + "attachments, from \(counts.revisions) \(counts.revisions == 1 ? "revision" : "revisions"); the quoted words of "
            + "\(counts.decisions) \(counts.decisions == 1 ? "decision" : "decisions"); the raw bodies of \(counts.webhookEvents) "
            + "webhook \(counts.webhookEvents == 1 ? "delivery" : "deliveries"); \(counts.finishedJobs) finished "
            + "\(counts.finishedJobs == 1 ? "job" : "jobs")."
    }

    static func items(_ n: Int) -> String { n == 1 ? "1 item" : "\(n) items" }

    static func list(_ items: [RetentionPlan.Item], of total: Int, limit: Int) {
        guard !items.isEmpty else { return }
        let rows = [["ITEM", "STATUS", "PERIOD", "LAST SEEN"]] + items.map { item in
            [TerminalText.safe(item.itemID.rawValue), item.status.rawValue, item.retentionClass.rawValue, UsersCommand.time(item.lastSeen)]
        }
        for line in ColumnText.lines(rows, indent: "  ") { print(line) }
        if total > items.count { print("  … and \(total - items.count) more (--limit \(limit) lists \(limit)).") }
    }
}
