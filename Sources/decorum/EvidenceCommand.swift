import ArgumentParser
import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Logging

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
            always give the same bytes. Uses the same settings as `decorum serve` (DECORUM_DATABASE_URL, \
            DECORUM_POLICY…); each pack made is recorded in the audit log.
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

    @Option(help: "A YAML settings file (default: $DECORUM_CONFIG); environment variables override it.")
    var config: String?

    func run() async throws {
        do {
            let written = try await write()
            print("Wrote \(written.file): the evidence pack for item \(item), \(written.pack.files.count) files, \(written.pack.archive.count) bytes.")
            print("Manifest SHA-256 \(written.pack.manifestSHA256) (recorded in the audit log). Complete notice-of-complaint.txt before it is sent.")
        } catch {
            StandardError.write("decorum evidence: \(error)")
            throw ExitCode(1)
        }
    }

    /// Where the pack was written, and the pack.
    struct Written: Sendable {
        var file: String
        var pack: EvidencePack
    }

    private func write() async throws -> Written {
        let configFile = config ?? ProcessInfo.processInfo.environment["DECORUM_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        let settings: ServerSettings
        do { settings = try ServerSettings(reader: try await SettingsSource.reader(configFile: configFile)) } catch { throw CLIError.invalid("\(error)") }
        let url: DatabaseURL
        do { url = try DatabaseURL(settings.databaseURL) } catch { throw CLIError.invalid("DECORUM_DATABASE_URL: \(error)") }
        var logger = Logger(label: "decorum.evidence")
        logger.logLevel = .warning
        return try await Store.withOpenMigrated(url, logger: logger) { store in
            let practice = try await Self.policyInForce(store, settings: settings).practice
            let actor = by.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? "command-line (\(ProcessInfo.processInfo.userName))"
            // Written before the audit entry commits: a pack that could not be saved is not recorded as made.
            let pack = try await EvidencePackMaker(store: store, practice: practice).make(ItemID(item), by: actor, force: force) { pack in
                try Self.save(pack, to: out ?? pack.fileName)
            }
            return Written(file: out ?? pack.fileName, pack: pack)
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

    /// The policy Decorum enforces: the newest saved from the dashboard, else DECORUM_POLICY and DECORUM_STAFF.
    private static func policyInForce(_ store: Store, settings: ServerSettings) async throws -> Policy {
        guard let saved = try await store.policyVersions.latest() else {
            return try PolicyFiles.load(policyPath: settings.policyPath, staffPath: settings.staffPath)
        }
        do {
            return try PolicyLoader.load(yaml: saved.yaml, staffCSV: saved.staffCSV, file: "policy version \(saved.id)")
        } catch {
            throw CLIError.invalid("the policy saved from the dashboard (version \(saved.id)) cannot be loaded: \(error)")
        }
    }
}
