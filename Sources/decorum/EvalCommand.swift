import ArgumentParser
import DecorumCore
import Foundation

/// `decorum eval`: labelled items in, precision, recall and F1 per category out.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure Decorum against labelled items (JSON Lines with \"expected\": [categories]).",
        discussion: "Prints precision, recall and F1 per category, micro-F1, and the clean items wrongly flagged."
    )

    @OptionGroup var engine: EngineOptions

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(help: "Also list every item where Decorum and the labels differ.")
    var mistakes = false

    enum Split: String, ExpressibleByArgument, CaseIterable { case all, train, heldOut = "held-out" }

    @Option(help: "Which part of the development set: all, train (used to build Decorum) or held-out (kept out of training and tuning).")
    var split: Split = .all

    @Argument(help: "One or more labelled JSON Lines files (- for standard input).")
    var files: [String] = []

    func run() throws {
        let (moderator, modelNote) = try engine.makeModerator()
        var outcomes = [EvaluationReport.Outcome]()
        var problems = 0
        for file in files.isEmpty ? ["-"] : files {
            for entry in ItemReader(requireExpected: true).entries(from: try InputSource.read(file)) {
                switch entry {
                case .problem(let line, let message):
                    problems += 1
                    StandardError.write("decorum eval: \(file): line \(line): \(message)")
                case .item(_, let item, let expected):
                    if split != .all, DevSetSplit.isHeldOut(id: item.id.rawValue) != (split == .heldOut) { continue }
                    let predicted = moderator.judge(item).categorySet
                    outcomes.append(.init(id: item.id, text: item.text, expected: expected ?? [], predicted: predicted))
                }
            }
        }
        let report = EvaluationReport(outcomes: outcomes)
        if !json { print("engine: \(modelNote); split: \(split.rawValue)\n") }
        print(json ? EvaluationFormatter.json(report).serialized() : EvaluationFormatter.table(report, showMistakes: mistakes))
        if problems > 0 { throw ExitCode(1) }
    }
}

/// Prints an evaluation report for people or as JSON.
enum EvaluationFormatter {
    static func table(_ report: EvaluationReport, showMistakes: Bool) -> String {
        var lines = ["| category | precision | recall | F1 | support |", "|---|---:|---:|---:|---:|"]
        for c in DecorumCore.Category.allCases {
            let s = report.perCategory[c] ?? .init()
            if s.support == 0 && s.falsePositives == 0 { continue }
            lines.append("| \(c.rawValue) | \(f(s.precision)) | \(f(s.recall)) | \(f(s.f1)) | \(s.support) |")
        }
        let m = report.micro
        lines.append("| **micro** | \(f(m.precision)) | \(f(m.recall)) | \(f(m.f1)) | \(m.support) |")
        lines.append("")
        lines.append("items: \(report.outcomes.count), clean: \(report.cleanCount), clean items wrongly flagged: \(report.wronglyFlagged.count), macro-F1: \(f(report.macroF1))")
        for o in report.wronglyFlagged {
            lines.append("  flagged clean \(TerminalText.safe(o.id.rawValue)): \(o.predicted.sorted().map(\.rawValue).joined(separator: ", ")) — \(snippet(o.text))")
        }
        if showMistakes {
            lines.append("")
            lines.append("mistakes:")
            for o in report.mistakes where !o.expected.isEmpty {
                let missed = o.expected.subtracting(o.predicted).sorted().map(\.rawValue)
                let extra = o.predicted.subtracting(o.expected).sorted().map(\.rawValue)
                lines.append("  \(TerminalText.safe(o.id.rawValue)): missed [\(missed.joined(separator: ", "))] extra [\(extra.joined(separator: ", "))] — \(snippet(o.text))")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ report: EvaluationReport) -> JSONValue {
        func score(_ s: EvaluationReport.Score) -> JSONValue {
            .object([
                ("precision", .number(round3(s.precision))), ("recall", .number(round3(s.recall))), ("f1", .number(round3(s.f1))),
                ("support", .int(s.support)), ("true_positives", .int(s.truePositives)),
                ("false_positives", .int(s.falsePositives)), ("false_negatives", .int(s.falseNegatives)),
            ])
        }
        let categories: [(String, JSONValue)] = DecorumCore.Category.allCases.compactMap { c in
            report.perCategory[c].map { (c.rawValue, score($0)) }
        }
        return .object([
            ("items", .int(report.outcomes.count)),
            ("categories", .object(categories)),
            ("micro", score(report.micro)),
            ("macro_f1", .number(round3(report.macroF1))),
            ("clean_items", .int(report.cleanCount)),
            ("clean_wrongly_flagged", .array(report.wronglyFlagged.map { o in
                .object([("id", .string(o.id.rawValue)), ("predicted", .array(o.predicted.sorted().map { .string($0.rawValue) }))])
            })),
        ])
    }

    static func f(_ x: Double) -> String { String(format: "%.3f", x) }
    static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
    static func snippet(_ s: String) -> String {
        let flat = TerminalText.safe(s)
        return flat.count > 90 ? String(flat.prefix(87)) + "…" : flat
    }
}
