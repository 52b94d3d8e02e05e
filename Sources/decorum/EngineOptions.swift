import ArgumentParser
import DecorumCore
import Foundation

/// The options that make an engine: the policy, the staff roster and the learned model.
struct EngineOptions: ParsableArguments {
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "The learned text model (default: $DECORUM_MODEL, else models/decorum-text.model if present).")
    var model: String?

    @Flag(help: "Judge with the rule detectors only, without the learned model.")
    var rulesOnly = false

    /// The engine, and a line saying which model it uses (for stderr).
    func makeModerator() throws -> (Moderator, String) {
        let policy = try policyOptions.load()
        if rulesOnly { return (Moderator(policy: policy), "rules only") }
        guard let path = ModelLocator.find(explicit: model) else {
            return (Moderator(policy: policy), "rules only (no model file found)")
        }
        let loaded = try ModelLocator.load(path)
        return (Moderator(policy: policy, model: loaded), "model \(loaded.metadata.version) from \(path)")
    }
}

/// Finds and reads the learned model file; Core does no I/O.
enum ModelLocator {
    static let defaultPath = "models/decorum-text.model"

    static func find(explicit: String?) -> String? {
        if let explicit { return explicit }
        if let env = ProcessInfo.processInfo.environment["DECORUM_MODEL"], !env.isEmpty { return env }
        return ExampleFiles.find(defaultPath)
    }

    static func load(_ path: String) throws -> LinearModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.invalid("cannot read the model file \(path): it does not exist or is not readable")
        }
        do {
            return try ModelFile(bytes: [UInt8](data)).model
        } catch {
            throw CLIError.invalid("the model file \(path) cannot be used: \(error)")
        }
    }
}
