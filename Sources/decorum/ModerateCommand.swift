import ArgumentParser
import DecorumCore
import Foundation

/// `decorum moderate`: items in as JSON Lines, one decision a line out, in input order.
struct ModerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moderate",
        abstract: "Judge items (JSON Lines) against the policy and print one decision a line.",
        discussion: """
        Each input line is an item: {"id": "…", "text": "…", "author": {"id": "…", "name": "…"}, "attachments": [{"type": "photo", "url": "…"}], "created_time": "…", "parent_id": "…", "from_page": false}. Only id and text are required.
        A line that cannot be read is named on standard error; the other lines are still judged and the exit status is 1.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, table }

    @OptionGroup var engine: EngineOptions

    @Option(help: "Output: json (one decision a line) or table (for people, evidence highlighted).")
    var format: Format = .json

    @Argument(help: "A JSON Lines file, or - for standard input.")
    var input: String?

    func run() throws {
        let (moderator, _) = try engine.makeModerator()
        let entries = ItemReader().entries(from: try InputSource.read(input))
        var problems = 0
        let table = TableFormatter(colour: format == .table && isatty(STDOUT_FILENO) != 0)
        var out = ""
        for entry in entries {
            switch entry {
            case .problem(let line, let message):
                problems += 1
                StandardError.write("decorum moderate: line \(line): \(message)")
            case .item(_, let item, _):
                let judgement = moderator.judge(item)
                switch format {
                case .json:
                    judgement.json.write(to: &out)
                    out += "\n"
                case .table:
                    out += table.format(item: item, judgement: judgement)
                }
                if out.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(out.utf8))
                    out = ""
                }
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if problems > 0 {
            StandardError.write("decorum moderate: \(problems) line\(problems == 1 ? "" : "s") could not be judged")
            throw ExitCode(1)
        }
    }
}
