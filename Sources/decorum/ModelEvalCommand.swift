import ArgumentParser
import DecorumCore
import Foundation

/// `decorum eval-model`: the learned model alone on the held-out test split of every dataset.
struct ModelEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-model",
        abstract: "Evaluate the learned text model on held-out test splits (or dump or score one split)."
    )

    @Option(help: "Folder of the shared public datasets.")
    var data = "../shared/datasets"

    @Option(help: "Folder of the hand-written development set (its held-out part is scored).")
    var dev = "data/dev"

    @Option(help: "The model file.")
    var model = "models/decorum-text.model"

    @Option(help: "Write this dataset's test split as JSON Lines {id, text, label} for --category, then stop.")
    var dumpSplit: String?

    @Option(help: "Score the model on a JSON Lines file {id, text, label} for --category: F1 and items/s.")
    var score: String?

    @Option(help: "The category for --dump-split and --score.")
    var category = "abusive"

    @Option(help: "Output file for --dump-split.")
    var out = "-"

    func run() async throws {
        guard let category = Category(rawValue: category) else { throw ValidationError("Unknown category \(self.category).") }
        if let name = dumpSplit { return try dump(name, category: category) }
        let (model, loadTime) = try ModelReport.loadModel(model)
        if let score { return try scoreFile(score, model: model, category: category) }

        print("Model \(model.metadata.version), seed \(model.metadata.seed), loaded in \(loadTime)")
        let sets = try DatasetCatalog.load(dataDirectory: data, devDirectory: dev)
        print("Held-out test splits (10% of each public set by text hash; \(DevSetSplit.heldOutPercent)% of the development set by id):")
        ModelReport.printScores(ModelReport.evaluate(model, sets: sets, fold: .test))

        if let suicidal = sets.first(where: { $0.name == "suicidal_intent" }), let c = model.heads.firstIndex(where: { $0.category == .safeguarding }) {
            let positives = suicidal.rows(in: .test).filter { $0.labels[.safeguarding] == true }
            for (label, rows) in [("under 200 characters", positives.filter { $0.text.unicodeScalars.count < 200 }),
                                  ("200 characters or more", positives.filter { $0.text.unicodeScalars.count >= 200 })] {
                let found = rows.count { model.probabilities(AnalyzedText($0.text))[c] >= model.heads[c].threshold }
                print("suicidal_intent positives \(label): recall \(ModelReport.f(Double(found) / Double(max(rows.count, 1)))) (\(found)/\(rows.count))")
            }
            let negatives = suicidal.rows(in: .test).filter { $0.labels[.safeguarding] == false }
            let longNegatives = negatives.filter { $0.text.unicodeScalars.count >= 200 }
            print("suicidal_intent negatives: \(negatives.count), of which \(longNegatives.count) are 200 characters or more")
        }
    }

    func dump(_ name: String, category: Category) throws {
        let sets = try DatasetCatalog.load(dataDirectory: data, devDirectory: dev)
        guard let d = sets.first(where: { $0.name == name }) else { throw ValidationError("No dataset \(name).") }
        guard d.labelled.contains(category) else { throw ValidationError("\(name) does not label \(category.rawValue).") }
        var lines = ""
        for row in d.rows(in: .test) {
            guard let label = row.labels[category] else { continue }
            let object: [String: Any] = ["id": row.id, "text": row.text, "label": label]
            let json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines += String(decoding: json, as: UTF8.self) + "\n"
        }
        if out == "-" { print(lines, terminator: "") } else { try lines.write(toFile: out, atomically: true, encoding: .utf8) }
    }

    func scoreFile(_ path: String, model: LinearModel, category: Category) throws {
        guard let c = model.heads.firstIndex(where: { $0.category == category }) else { throw ValidationError("The model has no \(category.rawValue) head.") }
        struct Row: Decodable { var text: String; var label: Bool }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let rows = try data.split(separator: UInt8(ascii: "\n")).filter { !$0.isEmpty }.map { try JSONDecoder().decode(Row.self, from: Data($0)) }
        let threshold = model.heads[c].threshold
        var s = ModelReport.Score(dataset: path, category: category)
        let clock = ContinuousClock()
        // Time text analysis and the model together, repeated for at least a second.
        var passes = 0
        var said = [Bool](repeating: false, count: rows.count)
        let start = clock.now
        repeat {
            for (k, row) in rows.enumerated() { said[k] = model.probabilities(AnalyzedText(row.text))[c] >= threshold }
            passes += 1
        } while clock.now - start < .seconds(1)
        let elapsed = clock.now - start
        for (row, p) in zip(rows, said) {
            switch (row.label, p) {
            case (true, true): s.tp += 1
            case (true, false): s.fn += 1
            case (false, true): s.fp += 1
            case (false, false): s.tn += 1
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(rows.count * passes) / seconds
        // Text analysis alone (shared with the rule detectors in the engine), to see the model's own cost.
        var tokens = 0
        let analysisStart = clock.now
        for _ in 0..<passes { for row in rows { tokens &+= AnalyzedText(row.text).tokens.count } }
        let a = clock.now - analysisStart
        let analysisSeconds = Double(a.components.seconds) + Double(a.components.attoseconds) / 1e18
        let modelMicros = (seconds - analysisSeconds) / Double(rows.count * passes) * 1e6
        var each = [Duration]()
        for row in rows {
            let t0 = clock.now
            _ = model.probabilities(AnalyzedText(row.text))
            each.append(clock.now - t0)
        }
        each.sort()
        let p99 = each.isEmpty ? .zero : each[min(each.count - 1, each.count * 99 / 100)]
        print("timing: analysis+model \(ModelReport.f(1e6 / rate)) µs/item (p99 \(p99)), of which the model \(ModelReport.f(modelMicros)) µs; \(tokens) tokens")
        print("decorum rows=\(rows.count) precision=\(ModelReport.f(s.precision)) recall=\(ModelReport.f(s.recall)) f1=\(ModelReport.f(s.f1)) items_per_s=\(Int(rate))")
    }
}
