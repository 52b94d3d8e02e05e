import ArgumentParser
import DecorumCore
import Foundation

/// `decorum train`: trains the learned text model from the shared datasets and the development set.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the learned text model from labelled data (deterministic for a seed)."
    )

    @Option(help: "Folder of the shared public datasets.")
    var data = "../shared/datasets"

    @Option(help: "Folder of the hand-written development set (*.jsonl); its held-out part is never trained on.")
    var dev = "data/dev"

    @Option(help: "Where to write the model file.")
    var out = "models/decorum-text.model"

    @Option(help: "Random seed: the same seed and data give the same model.")
    var seed: UInt64 = 1

    @Option(help: "Training epochs.")
    var epochs = 6

    @Option(help: "AdaGrad's base learning rate.")
    var learningRate: Float = 0.25

    @Option(help: "L2 penalty on the weights.")
    var l2: Float = 2e-6

    @Option(help: "Precision each category's threshold aims at on GP-page comments (out of fold).")
    var targetPrecision: Float = 0.9

    @Option(help: "Folder of hand-written GP-page training comments (*.jsonl); all of it trains.")
    var train = "data/train"

    @Option(help: "How much one hand-written GP-page comment counts in training, against 1 for a public row.")
    var gpWeight: Float = 8

    @Option(help: "log2 of the number of feature buckets.")
    var bits = 19

    @Option(help: "Also write each cross-validation model and its left-out GP-page comments to this folder, to evaluate the whole engine out of fold.")
    var cvOut: String?

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        var sets = try DatasetCatalog.load(dataDirectory: data, devDirectory: dev, trainDirectory: train)
        for k in sets.indices where DatasetCatalog.gpSets.contains(sets[k].name) { sets[k].rowWeight = gpWeight }
        guard !sets.isEmpty else { throw ValidationError("No datasets found under \(data).") }
        ModelReport.printInventory(sets)

        let categories = DatasetCatalog.categories
        let k = categories.count
        let hasher = FeatureHasher(bits: bits)
        let rows = TrainingRows.make(sets, fold: .train, cropSeed: seed)
        let groups = DatasetCatalog.cvGroups
        print("\nTraining rows: \(rows.count) (with \(rows.count { $0.augmented }) cropped copies of long texts), of which \(rows.count { $0.cvGroup != nil }) GP-page comments in \(groups) cross-validation groups")

        let trainData = await TrainingRows.featurise(rows, hasher: hasher)
        let featured = clock.now
        print("Features: \(trainData.indices.count) non-zero, in \(featured - start)")

        // One model per cross-validation group (trained without that group's GP-page comments), then
        // the final model on everything: (group or nil, head) pairs, spread over the cores.
        let options = TrainingOptions(seed: seed, epochs: epochs, learningRate: learningRate, l2: l2)
        let runs: [Int?] = Array(0..<groups) + [nil]
        let trained = await withTaskGroup(of: (Int, Int, [Float], Float).self) { group in
            for (g, leftOut) in runs.enumerated() {
                let include = leftOut.map { out in rows.map { $0.cvGroup != out } }
                for c in categories.indices {
                    group.addTask {
                        let (w, b) = Trainer.trainHead(c, data: trainData, bucketCount: hasher.bucketCount, options: options, include: include)
                        return (g, c, w, b)
                    }
                }
            }
            var out = [[(weights: [Float], bias: Float)]](repeating: Array(repeating: ([], 0), count: k), count: runs.count)
            for await (g, c, w, b) in group { out[g][c] = (w, b) }
            return out
        }
        let fitted = clock.now
        print("Trained \(runs.count) × \(k) heads in \(fitted - featured)")

        func makeModel(_ g: Int, version: String, summary: String) -> LinearModel {
            let heads = categories.enumerated().map { c, category in
                LinearModel.Head(category: category, scale: 1, bias: trained[g][c].bias, targetPrecision: targetPrecision)
            }
            return LinearModel(metadata: .init(version: version, seed: seed, dataSummary: summary), hasher: hasher,
                               heads: heads, floatWeights: trained[g].map(\.weights))
        }

        // Out-of-fold scores of every GP-page comment (not the cropped copies), from the model that did not see it.
        var oofScores = [[Float]](repeating: [], count: k), oofLabels = [[Bool]](repeating: [], count: k)
        var foldModels = [LinearModel]()
        for g in 0..<groups {
            let m = makeModel(g, version: "decorum-text 2 (cross-validation model \(g + 1) of \(groups))", summary: "")
            foldModels.append(m)
            for r in rows.indices where rows[r].cvGroup == g && !rows[r].augmented {
                let v = trainData.vector(r)
                for c in 0..<k where trainData.labels[r * k + c] >= 0 {
                    oofScores[c].append(m.score(v, head: c))
                    oofLabels[c].append(trainData.labels[r * k + c] == 1)
                }
            }
        }

        let thresholdSource = "thresholds and calibration: \(groups)-fold out-of-fold scores on the GP-page comments trained on (data/train and the development set's train part; the held-out part is never used), target precision \(ModelReport.f(targetPrecision))"
        let summary = ModelReport.summary(sets) + "\n" + thresholdSource
        var model = makeModel(groups, version: "decorum-text 2", summary: summary)
        var heads = model.heads
        var calibrations = [(a: Float, b: Float)]()
        for c in heads.indices {
            let weights = [Float](repeating: 1, count: oofScores[c].count)
            let (a, b) = Trainer.calibrate(scores: oofScores[c], labels: oofLabels[c], weights: weights)
            calibrations.append((a, b))
            heads[c].calibrationA = a
            heads[c].calibrationB = b
            let probabilities = oofScores[c].map { heads[c].probability(score: $0) }
            let choice = Trainer.chooseThreshold(probabilities: probabilities, labels: oofLabels[c], weights: weights, targetPrecision: targetPrecision)
            heads[c].threshold = choice.threshold
            heads[c].devPrecision = choice.precision
            heads[c].devRecall = choice.recall
            heads[c].devF1 = choice.f1
        }
        model.heads = heads
        let bytes = ModelFile(model: model).serialize()
        let url = URL(fileURLWithPath: out)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)

        if let cvOut {
            // Each cross-validation model gets the final calibration and thresholds, and its left-out comments.
            try FileManager.default.createDirectory(atPath: cvOut, withIntermediateDirectories: true)
            for (g, var m) in foldModels.enumerated() {
                for c in m.heads.indices {
                    let scale = m.heads[c].scale
                    m.heads[c] = heads[c]
                    m.heads[c].scale = scale
                    m.heads[c].bias = trained[g][c].bias
                }
                try Data(ModelFile(model: m).serialize()).write(to: URL(fileURLWithPath: "\(cvOut)/fold-\(g).model"))
                let lines = sets.filter { DatasetCatalog.gpSets.contains($0.name) }.flatMap { d in
                    d.rows.filter { $0.cvGroup == g }.compactMap(\.raw)
                }
                try (lines.joined(separator: "\n") + "\n").write(toFile: "\(cvOut)/fold-\(g).jsonl", atomically: true, encoding: .utf8)
            }
            print("Wrote \(groups) cross-validation models and their left-out comments to \(cvOut)")
        }

        print("\nThresholds (\(thresholdSource)):")
        print(ModelReport.pad("category", 16) + ModelReport.pad("threshold", 11) + ModelReport.pad("precision", 11) + ModelReport.pad("recall", 9) + "F1   target met")
        for h in model.heads {
            print(ModelReport.pad(h.category.rawValue, 16) + ModelReport.pad(ModelReport.f(h.threshold), 11) + ModelReport.pad(ModelReport.f(h.devPrecision), 11)
                  + ModelReport.pad(ModelReport.f(h.devRecall), 9) + ModelReport.f(h.devF1) + "  " + (h.devPrecision >= targetPrecision ? "yes" : "no (best F1)"))
        }
        print("\nPublic development splits (never trained on), per dataset:")
        ModelReport.printScores(ModelReport.evaluate(model, sets: sets.filter { !DatasetCatalog.gpSets.contains($0.name) }, fold: .dev))
        print("\nWrote \(out): \(bytes.count) bytes, seed \(seed), in \(clock.now - start) in all.")
    }
}

/// One row ready for training: its text and, per head, label and weight.
struct TrainingRow: Sendable {
    var text: String
    var labels: [Int8]
    var weights: [Float]
    var augmented = false
    /// The GP-page comment's cross-validation group; nil for public rows.
    var cvGroup: Int? = nil
}

enum TrainingRows {
    /// Rows a dataset implies are negative for a category count this much (times the set's weight).
    static let impliedNegativeWeight: Float = 0.25
    /// Proxy labels (OLID's targeted insults for defamation) count this much.
    static let proxyWeight: Float = 0.3

    /// The rows of a fold with labels and weights per head; with a crop seed, long texts also give
    /// a cropped copy (a window of 80–240 characters) so length cannot stand in for the label.
    static func make(_ sets: [Dataset], fold: Fold, cropSeed: UInt64?) -> [TrainingRow] {
        let categories = DatasetCatalog.categories
        var rng = SplitMix64(seed: cropSeed ?? 0)
        var out = [TrainingRow]()
        var seen = Set<String>()
        // A text in any test split is never trained on, whichever set it also appears in.
        for d in sets where fold != .test { for row in d.rows where row.fold == .test { seen.insert(DatasetCatalog.dedupeKey(row.text)) } }
        for d in sets {
            for row in d.rows where row.fold == fold {
                // A text in several sets is trained on once, with the first set's labels.
                guard seen.insert(DatasetCatalog.dedupeKey(row.text)).inserted else { continue }
                var labels = [Int8](repeating: -1, count: categories.count)
                var weights = [Float](repeating: 0, count: categories.count)
                for (c, category) in categories.enumerated() {
                    if let l = row.labels[category] {
                        labels[c] = l ? 1 : 0
                        weights[c] = d.rowWeight * (row.proxyLabels.contains(category) ? proxyWeight : 1)
                    } else if d.impliedNegatives.contains(category) {
                        labels[c] = 0
                        weights[c] = d.rowWeight * impliedNegativeWeight
                    }
                }
                out.append(TrainingRow(text: row.text, labels: labels, weights: weights, cvGroup: row.cvGroup))
                if cropSeed != nil, let crop = crop(row.text, using: &rng) {
                    out.append(TrainingRow(text: crop, labels: labels, weights: weights.map { $0 * 0.5 }, augmented: true, cvGroup: row.cvGroup))
                }
            }
        }
        return out
    }

    /// A word-aligned window of a long text.
    static func crop(_ text: String, using rng: inout SplitMix64) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 280 else { return nil }
        let length = 80 + Int(rng.next() % 161)
        var start = Int(rng.next() % UInt64(scalars.count - length))
        while start > 0, scalars[start - 1] != " " { start -= 1 }
        var end = min(scalars.count, start + length)
        while end < scalars.count, scalars[end] != " " { end += 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// Hashed features of every row, computed on both cores.
    static func featurise(_ rows: [TrainingRow], hasher: FeatureHasher) async -> TrainingData {
        let chunks = 8
        let size = (rows.count + chunks - 1) / max(chunks, 1)
        let vectors = await withTaskGroup(of: (Int, [FeatureHasher.Vector]).self) { group in
            for k in 0..<chunks {
                group.addTask {
                    let lo = min(rows.count, k * size), hi = min(rows.count, lo + size)
                    return (k, rows[lo..<hi].map { hasher.vector($0.text) })
                }
            }
            var parts = [(Int, [FeatureHasher.Vector])]()
            for await p in group { parts.append(p) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
        var data = TrainingData(headCount: DatasetCatalog.categories.count)
        for (row, v) in zip(rows, vectors) { data.append(v, labels: row.labels, weights: row.weights) }
        return data
    }
}
