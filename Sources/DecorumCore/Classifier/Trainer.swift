/// Rows of hashed features with, per head, a label (1, 0, or -1 for unknown) and a sample weight.
public struct TrainingData: Sendable {
    /// The number of heads (categories) each row is labelled for.
    public let headCount: Int
    /// Row `r` has features `offsets[r]..<offsets[r + 1]`.
    public private(set) var offsets: [Int] = [0]
    public private(set) var indices: [Int32] = []
    public private(set) var values: [Float] = []
    /// `labels[r * headCount + c]`: 1 positive, 0 negative, -1 not labelled.
    public private(set) var labels: [Int8] = []
    /// `weights[r * headCount + c]`: how much the row counts for head c.
    public private(set) var weights: [Float] = []

    /// Empty data for `headCount` heads.
    public init(headCount: Int) { self.headCount = headCount }

    /// The number of rows.
    public var count: Int { offsets.count - 1 }

    /// Adds a row.
    public mutating func append(_ vector: FeatureHasher.Vector, labels rowLabels: [Int8], weights rowWeights: [Float]) {
        precondition(rowLabels.count == headCount && rowWeights.count == headCount)
        indices.append(contentsOf: vector.indices)
        values.append(contentsOf: vector.values)
        offsets.append(indices.count)
        labels.append(contentsOf: rowLabels)
        weights.append(contentsOf: rowWeights)
    }

    /// The row's features.
    public func vector(_ r: Int) -> FeatureHasher.Vector {
        FeatureHasher.Vector(indices: Array(indices[offsets[r]..<offsets[r + 1]]), values: Array(values[offsets[r]..<offsets[r + 1]]))
    }
}

/// How to train.
public struct TrainingOptions: Sendable, Hashable {
    public var seed: UInt64
    public var epochs: Int
    /// AdaGrad's base learning rate.
    public var learningRate: Float
    /// L2 penalty, applied to the weights a row touches.
    public var l2: Float
    /// Class weights balance positives and negatives, but no class is weighted more than this.
    public var maxClassWeight: Float

    public init(seed: UInt64 = 1, epochs: Int = 6, learningRate: Float = 0.25, l2: Float = 2e-6, maxClassWeight: Float = 8) {
        self.seed = seed
        self.epochs = epochs
        self.learningRate = learningRate
        self.l2 = l2
        self.maxClassWeight = maxClassWeight
    }
}

/// Trains one-vs-rest logistic regression heads with AdaGrad, calibrates them and picks thresholds.
/// Pure functions of their inputs: the same data and seed give the same model.
public enum Trainer {
    /// Weights (one per bucket) and bias of head `c`, trained on the rows labelled for it (and, with
    /// `include`, only on rows where it is true: cross-validation leaves a group of rows out).
    public static func trainHead(_ c: Int, data: TrainingData, bucketCount: Int, options: TrainingOptions,
                                 include: [Bool]? = nil) -> (weights: [Float], bias: Float) {
        let k = data.headCount
        var rows = [Int]()
        var positive: Double = 0, negative: Double = 0
        for r in 0..<data.count where data.labels[r * k + c] >= 0 && data.weights[r * k + c] > 0 && include?[r] != false {
            rows.append(r)
            if data.labels[r * k + c] == 1 { positive += Double(data.weights[r * k + c]) } else { negative += Double(data.weights[r * k + c]) }
        }
        var w = [Float](repeating: 0, count: bucketCount)
        guard positive > 0, negative > 0 else { return (w, positive > 0 ? 4 : -4) }
        let total = positive + negative
        let positiveWeight = Float(min(Double(options.maxClassWeight), total / (2 * positive)))
        let negativeWeight = Float(min(Double(options.maxClassWeight), total / (2 * negative)))
        var g2 = [Float](repeating: 0, count: bucketCount)
        var bias: Float = 0
        var biasG2: Float = 0
        var rng = SplitMix64(seed: options.seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(c + 1))
        let lr = options.learningRate, l2 = options.l2
        data.indices.withUnsafeBufferPointer { idx in
            data.values.withUnsafeBufferPointer { val in
                w.withUnsafeMutableBufferPointer { w in
                    g2.withUnsafeMutableBufferPointer { g2 in
                        for _ in 0..<options.epochs {
                            rows.shuffle(using: &rng)
                            for r in rows {
                                let lo = data.offsets[r], hi = data.offsets[r + 1]
                                var z = bias
                                for j in lo..<hi { z += w[Int(idx[j])] * val[j] }
                                let y: Float = data.labels[r * k + c] == 1 ? 1 : 0
                                let p = sigmoid(z)
                                let g = (p - y) * data.weights[r * k + c] * (y == 1 ? positiveWeight : negativeWeight)
                                for j in lo..<hi {
                                    let i = Int(idx[j])
                                    let gi = g * val[j] + l2 * w[i]
                                    g2[i] += gi * gi
                                    w[i] -= lr * gi / (g2[i].squareRoot() + 1e-6)
                                }
                                biasG2 += g * g
                                bias -= lr * g / (biasG2.squareRoot() + 1e-6)
                            }
                        }
                    }
                }
            }
        }
        return (w, bias)
    }

    /// Platt scaling: a > 0 and b so that σ(a × score + b) fits the labels (weighted log loss, Newton's method).
    public static func calibrate(scores: [Float], labels: [Bool], weights: [Float]) -> (a: Float, b: Float) {
        let pos = zip(labels, weights).reduce(0.0) { $0 + ($1.0 ? Double($1.1) : 0) }
        let neg = zip(labels, weights).reduce(0.0) { $0 + ($1.0 ? 0 : Double($1.1)) }
        guard pos > 0, neg > 0 else { return (1, 0) }
        // Platt's smoothed targets keep the fit finite on separable data.
        let hi = (pos + 1) / (pos + 2), lo = 1 / (neg + 2)
        var a = 1.0, b = 0.0
        for _ in 0..<100 {
            var ga = 0.0, gb = 0.0, haa = 1e-9, hab = 0.0, hbb = 1e-9
            for i in scores.indices {
                let s = Double(scores[i]), t = labels[i] ? hi : lo, wt = Double(weights[i])
                let p = 1 / (1 + Math.exp(-(a * s + b)))
                let d = (p - t) * wt, h = p * (1 - p) * wt
                ga += d * s; gb += d
                haa += h * s * s; hab += h * s; hbb += h
            }
            let det = haa * hbb - hab * hab
            guard det > 1e-12 else { break }
            let da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det
            a -= da; b -= db
            if abs(da) < 1e-7 && abs(db) < 1e-7 { break }
        }
        if !(a > 1e-3) || !a.isFinite || !b.isFinite { return (1, 0) }
        return (Float(a), Float(b))
    }

    /// The result of choosing a threshold.
    public struct ThresholdChoice: Sendable, Hashable {
        public var threshold: Float
        public var precision: Float
        public var recall: Float
        public var f1: Float
        /// True when the target precision was reached; otherwise the threshold gives the best F1.
        public var reachedTarget: Bool
    }

    /// The lowest probability threshold whose weighted precision is at least `targetPrecision`
    /// (most recall), else the one with the best F1. Never below `floor`.
    public static func chooseThreshold(probabilities: [Float], labels: [Bool], weights: [Float], targetPrecision: Float,
                                       floor: Float = 0.3) -> ThresholdChoice {
        let order = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }
        let totalPositive = zip(labels, weights).reduce(Float(0)) { $0 + ($1.0 ? $1.1 : 0) }
        var tp: Float = 0, fp: Float = 0
        var best = ThresholdChoice(threshold: 0.5, precision: 0, recall: 0, f1: 0, reachedTarget: false)
        var bestTarget: ThresholdChoice?
        var k = 0
        while k < order.count {
            let t = probabilities[order[k]]
            if t < floor { break }
            // Take every row with this same probability together.
            while k < order.count, probabilities[order[k]] == t {
                if labels[order[k]] { tp += weights[order[k]] } else { fp += weights[order[k]] }
                k += 1
            }
            let precision = tp + fp > 0 ? tp / (tp + fp) : 0
            let recall = totalPositive > 0 ? tp / totalPositive : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            let choice = ThresholdChoice(threshold: t, precision: precision, recall: recall, f1: f1, reachedTarget: true)
            if precision >= targetPrecision && recall >= 0.05 { bestTarget = choice }
            if f1 > best.f1 { best = choice; best.reachedTarget = false }
        }
        return bestTarget ?? best
    }

    @inline(__always)
    static func sigmoid(_ z: Float) -> Float {
        if z >= 0 { return 1 / (1 + Math.expf(-z)) }
        let e = Math.expf(z)
        return e / (1 + e)
    }
}
