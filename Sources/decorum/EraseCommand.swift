import ArgumentParser
import DecorumCore
import DecorumStore
import Foundation

/// `decorum erase AUTHOR`: the right to erasure, except what is under legal hold.
struct EraseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase one author's personal data (UK GDPR art. 17), keeping whatever is under legal hold, and say what was kept and why.",
        discussion: """
            From every item of the author not under legal hold: the words, their name and id, attachments, raw payloads and \
            webhook deliveries, the quoted words in decisions, and the team's notes go; what Decorum decided and did stays as \
            metadata, and the audit log records the counts. Run `decorum sar AUTHOR` first if they asked for a copy. \
            Works on the database in DECORUM_DATABASE_URL (by default ./decorum.sqlite).
            """
    )

    @Argument(help: "The author's Facebook user id.")
    var author: String

    @Option(help: "Who is doing it, for the audit log (default: the account running the command).")
    var by: String?

    @Flag(help: "Say what would be erased and kept, and change nothing.")
    var dryRun = false

    func validate() throws {
        guard !author.isEmpty, author.count <= 64, author.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
            throw ValidationError("\"\(TerminalText.safe(String(author.prefix(64))))\" is not an author id: use the Facebook user id, letters and digits only")
        }
    }

    func run() async throws {
        try await CommandStore.with("erase") { store in
            let id = AuthorID(author)
            if dryRun {
                var cursor: ItemCursor?
                var items = [StoredItem]()
                repeat {
                    let page = try await store.items.list(ItemQuery(author: id, limit: 500, after: cursor))
                    items += page
                    cursor = page.count == 500 ? page.last.map { ItemCursor(lastSeen: $0.lastSeen, id: $0.item.id) } : nil
                } while cursor != nil
                let held = try await store.holds.held(among: items.map(\.item.id))
                print("Would erase \(items.count - held.count) item(s) of author \(author); would keep \(held.count) under legal hold\(held.isEmpty ? "" : ": " + held.map(\.rawValue).sorted().joined(separator: ", ")).")
                return
            }
            let result = try await store.retention.erase(author: id, by: CommandStore.actor(by))
            print("Erased \(result.erased) item(s) of author \(author): their words, name and id, attachments, \(result.counts.revisions) revision(s), "
                  + "\(result.counts.webhookEvents) webhook delivery body(ies) and the quoted words of \(result.counts.decisions) decision(s).")
            if result.kept.isEmpty {
                print("Nothing was kept: none of their items is under legal hold.")
            } else {
                print("Kept whole, under legal hold (release with `decorum hold --release ITEM --reason …`, then erase again):")
                for kept in result.kept { print("  \(kept.item): \(TerminalText.safe(kept.reason))") }
            }
        }
    }
}
