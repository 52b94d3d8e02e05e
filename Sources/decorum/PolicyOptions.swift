import ArgumentParser
import DecorumCore
import Foundation

/// `--policy FILE` and `--staff FILE`, shared by the commands that judge items.
struct PolicyOptions: ParsableArguments {
    @Option(name: .long, help: "A policy YAML file (default: the built-in Quorn Medical Centre guidance).")
    var policy: String?

    @Option(name: .long, help: "A staff roster CSV: name,role,aliases (aliases separated by ';').")
    var staff: String?

    /// The effective policy, or a message listing everything wrong with it.
    func load() throws -> Policy {
        try PolicyFiles.load(policyPath: policy, staffPath: staff)
    }
}

/// Reads policy and roster files from disk for the pure loader.
enum PolicyFiles {
    static func load(policyPath: String?, staffPath: String?) throws -> Policy {
        var policy: Policy
        if let policyPath {
            let yaml = try readText(policyPath, what: "policy")
            var staffCSV: String? = nil, staffFile: String? = nil
            if let relative = PolicyLoader.staffFile(inYAML: yaml) {
                let base = URL(fileURLWithPath: policyPath).deletingLastPathComponent()
                let path = relative.hasPrefix("/") ? relative : base.appendingPathComponent(relative).path
                staffCSV = try readText(path, what: "staff roster named by staff_file")
                staffFile = path
            }
            do {
                policy = try PolicyLoader.load(yaml: yaml, staffCSV: staffCSV, file: policyPath, staffFile: staffFile)
            } catch {
                throw CLIError.invalid("\(error)")
            }
        } else {
            policy = Policy.builtIn
        }
        if let staffPath {
            let csv = try readText(staffPath, what: "staff roster")
            do {
                policy.staff = try StaffRoster.parse(csv: csv, file: staffPath)
            } catch {
                throw CLIError.invalid("\(error)")
            }
        }
        return policy
    }

    static func readText(_ path: String, what: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.invalid("cannot read the \(what) file \(path): it does not exist or is not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError.invalid("the \(what) file \(path) is not UTF-8 text")
        }
        return text
    }
}

/// An error the command line prints as it is, without a stack of context.
enum CLIError: Error, CustomStringConvertible {
    case invalid(String)
    var description: String {
        switch self {
        case .invalid(let message): message
        }
    }
}
