/// A multi-label linear text classifier: one logistic regression per category over hashed n-gram
/// features, with int8 weights, Platt calibration and a decision threshold per category.
public struct LinearModel: Sendable {
    /// The categories the model can learn, in file order.
    public static let learnableCategories: [Category] = [
        .abusive, .fraud, .misinformation, .complaint, .review, .safeguarding, .defamation,
    ]
    /// At most this many categories; weights of one bucket are stored together.
    public static let maxCategories = 8

    /// One category's head: scale of its int8 weights, bias, calibration and threshold.
    public struct Head: Sendable, Hashable {
        public var category: Category
        /// Weight = int8 value × scale.
        public var scale: Float
        public var bias: Float
        /// Platt calibration: p = 1 / (1 + exp(-(a × score + b))), a > 0.
        public var calibrationA: Float
        public var calibrationB: Float
        /// Calibrated probability at or above which the model reports the category.
        public var threshold: Float
        /// The precision the threshold aimed at on the development split.
        public var targetPrecision: Float
        /// Precision, recall and F1 reached at the threshold on the development split.
        public var devPrecision: Float
        public var devRecall: Float
        public var devF1: Float

        public init(category: Category, scale: Float, bias: Float, calibrationA: Float = 1, calibrationB: Float = 0,
                    threshold: Float = 0.5, targetPrecision: Float = 0, devPrecision: Float = 0, devRecall: Float = 0, devF1: Float = 0) {
            self.category = category
            self.scale = scale
            self.bias = bias
            self.calibrationA = calibrationA
            self.calibrationB = calibrationB
            self.threshold = threshold
            self.targetPrecision = targetPrecision
            self.devPrecision = devPrecision
            self.devRecall = devRecall
            self.devF1 = devF1
        }

        /// The calibrated probability of a raw score.
        @inline(__always)
        public func probability(score: Float) -> Float {
            let z = calibrationA * score + calibrationB
            return 1 / (1 + Math.expf(-z))
        }
    }

    /// Where the model came from.
    public struct Metadata: Sendable, Hashable {
        /// Free-form model version, e.g. "decorum-text 1 (2026-11-25)".
        public var version: String
        /// The training seed.
        public var seed: UInt64
        /// Rows per source and category used in training, one line each.
        public var dataSummary: String
        public init(version: String, seed: UInt64, dataSummary: String) {
            self.version = version
            self.seed = seed
            self.dataSummary = dataSummary
        }
    }

    public var metadata: Metadata
    public let hasher: FeatureHasher
    public var heads: [Head]
    /// Eight int8 weights per bucket (one per head, the rest zero).
    let weights: [SIMD8<Int8>]

    /// A model from float weights, one array of `hasher.bucketCount` per head, quantised to int8.
    public init(metadata: Metadata, hasher: FeatureHasher, heads: [Head], floatWeights: [[Float]]) {
        precondition(heads.count == floatWeights.count && heads.count <= Self.maxCategories)
        var heads = heads
        var packed = [SIMD8<Int8>](repeating: .zero, count: hasher.bucketCount)
        for (c, w) in floatWeights.enumerated() {
            precondition(w.count == hasher.bucketCount)
            let largest = w.reduce(Float(0)) { max($0, abs($1)) }
            let scale = largest > 0 ? largest / 127 : 1
            heads[c].scale = scale
            for i in w.indices {
                packed[i][c] = Int8(clamping: Int((w[i] / scale).rounded()))
            }
        }
        self.init(metadata: metadata, hasher: hasher, heads: heads, packedWeights: packed)
    }

    init(metadata: Metadata, hasher: FeatureHasher, heads: [Head], packedWeights: [SIMD8<Int8>]) {
        self.metadata = metadata
        self.hasher = hasher
        self.heads = heads
        self.weights = packedWeights
    }

    /// The head of a category, if the model learned it.
    public func head(_ category: Category) -> Head? { heads.first { $0.category == category } }

    /// The dequantised weight of a bucket for head `c`.
    @inline(__always)
    func weight(_ bucket: Int, head c: Int) -> Float { Float(weights[bucket][c]) * heads[c].scale }

    /// Raw (uncalibrated) scores of every head, in head order. Allocates only the result.
    public func scores(_ text: AnalyzedText) -> [Float] {
        var sum = SIMD8<Int32>.zero
        let n = hasher.forEachFeature(text) { b, _, _ in
            sum &+= SIMD8<Int32>(truncatingIfNeeded: weights[b])
        }
        let norm = n > 0 ? 1 / Float(n).squareRoot() : 0
        var out = [Float](repeating: 0, count: heads.count)
        for c in heads.indices { out[c] = Float(sum[c]) * heads[c].scale * norm + heads[c].bias }
        return out
    }

    /// Calibrated probabilities of every head, in head order.
    public func probabilities(_ text: AnalyzedText) -> [Float] {
        var s = scores(text)
        for c in heads.indices { s[c] = heads[c].probability(score: s[c]) }
        return s
    }

    /// The raw score of a sparse vector for head `c`, as training sees it.
    public func score(_ vector: FeatureHasher.Vector, head c: Int) -> Float {
        var s: Float = 0
        for k in vector.indices.indices { s += weight(Int(vector.indices[k]), head: c) * vector.values[k] }
        return s + heads[c].bias
    }

    /// Raw scores of every head, in head order, and in the same single pass how much each unit (token,
    /// then joined token) of the text pushes each head up: `units[u][c]`, in units of half an int8 weight
    /// (a word counts its features twice, a bigram once for each of its two words). `units` is resized
    /// to the text's unit count.
    func scores(_ text: AnalyzedText, units: inout [SIMD8<Int32>]) -> [Float] {
        let unitCount = text.tokens.count + text.joinedTokens.count
        units.removeAll(keepingCapacity: true)
        units.append(contentsOf: repeatElement(.zero, count: unitCount))
        var sum = SIMD8<Int32>.zero
        let n = units.withUnsafeMutableBufferPointer { u in
            weights.withUnsafeBufferPointer { table in
                hasher.forEachFeature(text) { b, a, c in
                    let w = SIMD8<Int32>(truncatingIfNeeded: table[b])
                    sum &+= w
                    if c >= 0 {
                        u[a] &+= w
                        u[c] &+= w
                    } else {
                        u[a] &+= w &+ w
                    }
                }
            }
        }
        let norm = n > 0 ? 1 / Float(n).squareRoot() : 0
        var out = [Float](repeating: 0, count: heads.count)
        for c in heads.indices { out[c] = Float(sum[c]) * heads[c].scale * norm + heads[c].bias }
        return out
    }
}
