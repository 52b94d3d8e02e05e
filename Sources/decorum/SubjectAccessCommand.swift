import ArgumentParser
import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Logging

/// `decorum sar AUTHOR`: everything Decorum holds about one Facebook user, as JSON and as a page they can read.
struct SubjectAccessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sar",
        abstract: "Export everything held about one author (a subject access request): JSON and readable HTML.",
        discussion: "Uses the same settings as `decorum serve` (DECORUM_DATABASE_URL…). The export is recorded in the audit log, with counts only."
    )

    @Argument(help: "The author's Facebook user id (as shown on the item page).")
    var author: String

    @Option(help: "The folder to write sar-<author>.json and sar-<author>.html into.")
    var out = "."

    @Option(help: "A YAML settings file (default: $DECORUM_CONFIG); environment variables override it.")
    var config: String?

    @Option(help: "Who is making the export, for the audit log.")
    var by = ProcessInfo.processInfo.environment["USER"] ?? "decorum sar"

    func validate() throws {
        guard !author.isEmpty, author.count <= 64, author.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
            throw ValidationError("\"\(author.prefix(64))\" is not an author id: use the Facebook user id, letters and digits only")
        }
    }

    func run() async throws {
        var logger = Logger(label: "decorum.sar")
        logger.logLevel = .warning
        let setup = try await ServiceSetup.open(configFile: config, logger: logger)
        do {
            let export = try await SubjectAccessExport.build(
                author: AuthorID(author), store: setup.store, practiceName: setup.policy.practice.name, now: Date())
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let json = folder.appendingPathComponent("sar-\(author).json")
            let html = folder.appendingPathComponent("sar-\(author).html")
            try Data(export.json.utf8).write(to: json, options: .atomic)
            try Data(export.html.utf8).write(to: html, options: .atomic)
            try await setup.store.audit.append(actor: String(by.prefix(100)), event: "subject_access_export", itemID: nil, details: .object([
                ("author", .string(author)), ("items", .int(export.itemCount)),
            ]))
            print("\(export.itemCount) item\(export.itemCount == 1 ? "" : "s") of author \(author): \(json.path) and \(html.path)")
        } catch {
            try? await setup.store.close()
            throw error
        }
        try await setup.store.close()
    }
}
