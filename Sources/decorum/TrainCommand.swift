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

    @Option(help: "Precision each category's threshold aims at on the development split.")
    var targetPrecision: Float = 0.85

    @Option(help: "How much one development-set comment counts in training, against 1 for a public row.")
    var devWeight: Float = 8

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        var sets = try DatasetCatalog.load(dataDirectory: data, devDirectory: dev)
        for k in sets.indices where sets[k].name == "gp-dev" { sets[k].rowWeight = devWeight }
        guard !sets.isEmpty else { throw ValidationError("No datasets found under \(data).") }
        ModelReport.printInventory(sets)

        let categories = DatasetCatalog.categories
        let hasher = FeatureHasher(bits: 18)
        let train = TrainingRows.make(sets, fold: .train, cropSeed: seed)
        let devRows = TrainingRows.make(sets, fold: .dev, cropSeed: nil)
        print("\nTraining rows: \(train.count) (with \(train.count { $0.augmented }) cropped copies of long texts); development rows: \(devRows.count)")

        let trainData = await TrainingRows.featurise(train, hasher: hasher)
        let devData = await TrainingRows.featurise(devRows, hasher: hasher)
        let featured = clock.now
        print("Features: \(trainData.indices.count) non-zero in training, in \(featured - start)")

        let options = TrainingOptions(seed: seed, epochs: epochs, learningRate: learningRate, l2: l2)
        let trained = await withTaskGroup(of: (Int, [Float], Float).self) { group in
            for c in categories.indices {
                group.addTask {
                    let (w, b) = Trainer.trainHead(c, data: trainData, bucketCount: hasher.bucketCount, options: options)
                    return (c, w, b)
                }
            }
            var out = [(Int, [Float], Float)]()
            for await r in group { out.append(r) }
            return out.sorted { $0.0 < $1.0 }
        }
        let fitted = clock.now
        print("Trained \(categories.count) categories in \(fitted - featured)")

        let summary = ModelReport.summary(sets)
        var heads = categories.enumerated().map { c, category in
            LinearModel.Head(category: category, scale: 1, bias: trained[c].2, targetPrecision: targetPrecision)
        }
        var model = LinearModel(metadata: .init(version: "decorum-text 1", seed: seed, dataSummary: summary),
                                hasher: hasher, heads: heads, floatWeights: trained.map(\.1))
        // Calibrate and choose thresholds on the development split, with the quantised weights.
        for c in heads.indices {
            var scores = [Float](), labels = [Bool](), weights = [Float]()
            for r in 0..<devData.count where devData.labels[r * categories.count + c] >= 0 {
                scores.append(model.score(devData.vector(r), head: c))
                labels.append(devData.labels[r * categories.count + c] == 1)
                weights.append(devData.weights[r * categories.count + c])
            }
            let (a, b) = Trainer.calibrate(scores: scores, labels: labels, weights: weights)
            heads[c] = model.heads[c]
            heads[c].calibrationA = a
            heads[c].calibrationB = b
            let probabilities = scores.map { heads[c].probability(score: $0) }
            let choice = Trainer.chooseThreshold(probabilities: probabilities, labels: labels, weights: weights, targetPrecision: targetPrecision)
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

        print("\nThresholds (chosen on the development split, target precision \(ModelReport.f(targetPrecision))):")
        print(ModelReport.pad("category", 16) + ModelReport.pad("threshold", 11) + ModelReport.pad("precision", 11) + ModelReport.pad("recall", 9) + "F1   target met")
        for h in model.heads {
            print(ModelReport.pad(h.category.rawValue, 16) + ModelReport.pad(ModelReport.f(h.threshold), 11) + ModelReport.pad(ModelReport.f(h.devPrecision), 11)
                  + ModelReport.pad(ModelReport.f(h.devRecall), 9) + ModelReport.f(h.devF1) + "  " + (h.devPrecision >= targetPrecision ? "yes" : "no (best F1)"))
        }
        print("\nDevelopment split, per dataset (categories it labels):")
        ModelReport.printScores(ModelReport.evaluate(model, sets: sets, fold: .dev))
        print("\nWrote \(out): \(bytes.count) bytes, seed \(seed), in \(clock.now - start) in all.")
    }
}

/// One row ready for training: its text and, per head, label and weight.
struct TrainingRow: Sendable {
    var text: String
    var labels: [Int8]
    var weights: [Float]
    var augmented = false
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
                out.append(TrainingRow(text: row.text, labels: labels, weights: weights))
                if cropSeed != nil, let crop = crop(row.text, using: &rng) {
                    out.append(TrainingRow(text: crop, labels: labels, weights: weights.map { $0 * 0.5 }, augmented: true))
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
