import DecorumCore
import Foundation

/// Tables the train and eval-model commands print.
enum ModelReport {
    /// Counts of one category on one dataset's fold.
    struct Score {
        var dataset: String
        var category: Category
        var tp = 0, fp = 0, fn = 0, tn = 0
        var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0 }
        var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0 }
        var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
        var positives: Int { tp + fn }
        var count: Int { tp + fp + fn + tn }
    }

    static func f(_ x: Float) -> String { String(format: "%.3f", x) }
    static func f(_ x: Double) -> String { String(format: "%.3f", x) }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }

    /// Rows per source and fold, positives per category, dropped and duplicate rows.
    static func printInventory(_ sets: [Dataset]) {
        print("Read:")
        print(pad("source", 22) + pad("train", 8) + pad("dev", 7) + pad("test", 7) + pad("dropped", 9) + pad("dupes", 7) + pad("weight", 8) + "positives (all folds)")
        for d in sets {
            let folds = Fold.allCases.map { f in d.rows.count { $0.fold == f } }
            let positives = DatasetCatalog.categories.filter { d.labelled.contains($0) }.map { c in
                "\(c.rawValue) \(d.rows.count { $0.labels[c] == true })"
            }.joined(separator: ", ")
            print(pad(d.name, 22) + pad("\(folds[0])", 8) + pad("\(folds[1])", 7) + pad("\(folds[2])", 7) + pad("\(d.dropped)", 9)
                  + pad("\(d.duplicates)", 7) + pad(f(d.rowWeight), 8) + positives)
        }
    }

    /// The data summary stored in the model file.
    static func summary(_ sets: [Dataset]) -> String {
        sets.map { d in
            let train = d.rows.filter { $0.fold == .train }
            let positives = DatasetCatalog.categories.filter { d.labelled.contains($0) }.map { c in
                "\(c.rawValue)=\(train.count { $0.labels[c] == true })"
            }.joined(separator: " ")
            return "\(d.name): \(train.count) train rows, weight \(f(d.rowWeight)); \(positives)"
        }.joined(separator: "\n")
    }

    /// Scores of every category each dataset labels, on one fold, at the model's thresholds.
    static func evaluate(_ model: LinearModel, sets: [Dataset], fold: Fold) -> [Score] {
        var scores = [Score]()
        for d in sets {
            let rows = d.rows(in: fold)
            if rows.isEmpty { continue }
            let predictions = rows.map { row in model.probabilities(AnalyzedText(row.text)) }
            for (c, head) in model.heads.enumerated() where d.labelled.contains(head.category) {
                var s = Score(dataset: d.name, category: head.category)
                for (row, p) in zip(rows, predictions) {
                    guard let truth = row.labels[head.category] else { continue }
                    let said = p[c] >= head.threshold
                    switch (truth, said) {
                    case (true, true): s.tp += 1
                    case (true, false): s.fn += 1
                    case (false, true): s.fp += 1
                    case (false, false): s.tn += 1
                    }
                }
                scores.append(s)
            }
        }
        return scores
    }

    static func printScores(_ scores: [Score]) {
        print(pad("dataset", 22) + pad("category", 16) + pad("rows", 7) + pad("pos", 6) + pad("precision", 11) + pad("recall", 9) + "F1")
        for s in scores {
            print(pad(s.dataset, 22) + pad(s.category.rawValue, 16) + pad("\(s.count)", 7) + pad("\(s.positives)", 6)
                  + pad(f(s.precision), 11) + pad(f(s.recall), 9) + f(s.f1))
        }
    }

    /// Reads a model file, timing the load.
    static func loadModel(_ path: String) throws -> (LinearModel, Duration) {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let clock = ContinuousClock()
        let start = clock.now
        let file = try ModelFile(bytes: bytes)
        return (file.model, clock.now - start)
    }
}
