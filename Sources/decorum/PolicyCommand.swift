import ArgumentParser
import DecorumCore

/// `decorum policy check|show`.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Check or show the practice's policy.",
        subcommands: [Check.self, Show.self, Init.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Report every error in a policy file, with its line and column.")

        @Argument(help: "The policy YAML file.")
        var file: String

        @Option(help: "A staff roster CSV to check with it.")
        var staff: String?

        func run() throws {
            do {
                let policy = try PolicyFiles.load(policyPath: file, staffPath: staff)
                let judgeable = policy.rules.filter(\.judgeable).count
                print("\(file): OK — policy \(policy.version) for \(policy.practice.name): \(policy.rules.count) rules (\(judgeable) judged online), \(policy.staff.count) staff.")
            } catch {
                StandardError.write("\(error)")
                throw ExitCode(1)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the effective policy (the built-in one unless --policy is given).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case yaml, summary }

        @OptionGroup var policyOptions: PolicyOptions

        @Option(help: "yaml (a policy file you can edit) or summary (clause by clause, for people).")
        var format: Format = .yaml

        func run() throws {
            let policy = try policyOptions.load()
            switch format {
            case .yaml: print(renderYAML(policy), terminator: "")
            case .summary: print(renderSummary(policy), terminator: "")
            }
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the built-in policy with its comments, to start a practice's own policy file.")

        func run() {
            print(Policy.builtInYAML, terminator: "")
        }
    }
}
