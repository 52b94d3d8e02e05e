import Foundation
public import Mustache

/// The dashboard's templates and static files, shipped as resources of this module.
public struct DashboardResources: Sendable {
    /// The Mustache templates, by name (`queue`, `item`, `layout`…).
    public let library: MustacheLibrary
    /// The folder `/static/` is served from.
    public let staticDirectory: String

    /// Loads the templates once at start-up; a broken template stops the server with its file and line.
    public static func load() async throws -> DashboardResources {
        // Foundation on Linux takes a bundle with a top-level Resources folder for an old-style bundle, whose
        // resourceURL is that folder already; on macOS it is the bundle's own resource folder.
        let candidates = [Bundle.module.resourceURL?.appendingPathComponent("Resources"), Bundle.module.resourceURL].compactMap { $0 }
        guard let root = candidates.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("templates").path) })
        else { throw DashboardError.resourcesMissing }
        let templates = root.appendingPathComponent("templates").path
        return DashboardResources(
            library: try await MustacheLibrary(directory: templates), staticDirectory: root.appendingPathComponent("static").path)
    }
}

/// Why the dashboard cannot be served.
public enum DashboardError: Error, CustomStringConvertible {
    case resourcesMissing
    case templateMissing(String)

    public var description: String {
        switch self {
        case .resourcesMissing:
            "The dashboard's templates are missing: the Decorum_DecorumServer.resources folder must sit beside the decorum program."
        case .templateMissing(let name): "The dashboard template \(name) is missing."
        }
    }
}
