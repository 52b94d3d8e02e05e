import ArgumentParser
import DecorumCore
import DecorumStore
import Foundation

/// `decorum hold ITEM --reason …`, `decorum hold --release ITEM --reason …`, `decorum hold --list`: legal holds.
struct HoldCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold",
        abstract: "Put an item under legal hold, release it, or list the holds.",
        discussion: """
            An item under legal hold is kept whole (its text, author, attachments and raw payloads) whatever the retention \
            policy says, and erasure passes it over, until the hold is released. Placing and releasing are recorded in the \
            audit log with who and why. Works on the database in DECORUM_DATABASE_URL (by default ./decorum.sqlite).
            """
    )

    @Argument(help: "The item to put under hold (its id, as in the dashboard).")
    var item: String?

    @Option(help: ArgumentHelp("Release the hold on this item.", valueName: "item"))
    var release: String?

    @Flag(help: "List the items under hold.")
    var list = false

    @Option(help: "Why (a complaint reference, a solicitor's letter, the matter): required to place or release a hold.")
    var reason: String?

    @Option(help: "Who is doing it, for the audit log (default: the account running the command).")
    var by: String?

    func validate() throws {
        let chosen = [item != nil, release != nil, list].filter { $0 }.count
        guard chosen == 1 else {
            throw ValidationError("Give one of: an item to hold, --release ITEM, or --list.")
        }
        if !list, reason?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            throw ValidationError("--reason is required: say why the hold is \(release == nil ? "placed" : "released"); it goes in the audit log.")
        }
    }

    func run() async throws {
        try await CommandStore.with("hold") { store in
            if list {
                let holds = try await store.holds.all()
                guard !holds.isEmpty else { return print("No item is under legal hold.") }
                for hold in holds {
                    print("\(hold.itemID)  since \(UsersCommand.time(hold.placedAt))  by \(TerminalText.safe(hold.placedBy)): \(TerminalText.safe(hold.reason))")
                }
            } else if let release {
                let hold = try await store.holds.release(ItemID(release), by: CommandStore.actor(by), reason: reason ?? "")
                print("Item \(hold.itemID) is no longer under legal hold (placed by \(TerminalText.safe(hold.placedBy)) on \(UsersCommand.time(hold.placedAt))); "
                      + "the retention policy applies to it again.")
            } else if let item {
                let hold = try await store.holds.place(on: ItemID(item), by: CommandStore.actor(by), reason: reason ?? "")
                print("Item \(hold.itemID) is under legal hold: the retention purge and erasure pass it over until "
                      + "`decorum hold --release \(hold.itemID) --reason …`.")
                if let purged = try await store.items.item(hold.itemID)?.textPurgedAt {
                    print("Its text was purged on \(UsersCommand.time(purged)) under the retention policy, before this hold; what is left is kept.")
                }
            }
        }
    }
}
