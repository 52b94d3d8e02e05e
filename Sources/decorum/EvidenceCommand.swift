import ArgumentParser
import DecorumCore
import DecorumServer
import DecorumStore
import Foundation

/// `decorum evidence ITEM [--out FILE] [--force]`: writes an item's evidence pack, for defamation and threats.
struct EvidenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Write the evidence pack (a ZIP) for a defamation or threat item, for legal advice.",
        discussion: """
            The pack holds the item as received (the webhook deliveries and what the Graph API returned), its edits, \
            author, times and address on Facebook, Decorum's decisions, every action with Facebook's answers, the \
            item's audit trail, a readable summary.html, a draft notice of complaint (Defamation Act 2013 s.5 and \
            the 2013 Regulations) to complete, and manifest.sha256 (check it with sha256sum -c). The same records \
            always give the same bytes. Works on the database in DECORUM_DATABASE_URL with the policy in force; \
            each pack made is recorded in the audit log.
            """
    )

    @Argument(help: "The item's id, as shown on its page in the dashboard.")
    var item: String

    @Option(help: "Where to write the ZIP (default: evidence-ITEM-DATE.zip in this folder). Another file of that name is never overwritten.")
    var out: String?

    @Flag(help: "Make the pack even though Decorum found neither defamation nor a threat in the item (the audit log says so).")
    var force = false

    @Option(help: "Who is making the pack, for the audit log (default: the account running this command).")
    var by: String?

    func run() async throws {
        try await CommandStore.with("evidence") { store in
            let practice = try await CommandStore.policyInForce(store).practice
            // Written before the audit entry commits: a pack that could not be saved is not recorded as made.
            let pack = try await EvidencePackMaker(store: store, practice: practice).make(ItemID(item), by: CommandStore.actor(by), force: force) { pack in
                try Self.save(pack, to: out ?? pack.fileName)
            }
            print("Wrote \(out ?? pack.fileName): the evidence pack for item \(item), \(pack.files.count) files, \(pack.archive.count) bytes.")
            print("Manifest SHA-256 \(pack.manifestSHA256) (recorded in the audit log). Complete notice-of-complaint.txt before it is sent.")
            if try await store.holds.hold(on: ItemID(item)) == nil {
                print("The item is not under legal hold, so the retention purge will take its words in time: decorum hold \(item) --reason … keeps them.")
            }
        }
    }

    /// Writes the ZIP to `file`, readable by its owner only (it holds a patient's words); an identical file
    /// already there is the same pack, and any other file is left alone.
    private static func save(_ pack: EvidencePack, to file: String) throws {
        if let existing = FileManager.default.contents(atPath: file) {
            guard [UInt8](existing) == pack.archive else {
                throw CLIError.invalid("\(file) already exists and is not this pack; give another --out, or move it away first.")
            }
            return
        }
        guard FileManager.default.createFile(atPath: file, contents: Data(pack.archive), attributes: [.posixPermissions: 0o600]) else {
            throw CLIError.invalid("cannot write \(file): check the folder exists and can be written to.")
        }
    }

}
