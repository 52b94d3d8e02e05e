/// Reports the categories the learned text model sees, with the words that weighed most as evidence.
///
/// Confidence follows the model's calibrated probability p: at or above a category's threshold it is
/// 0.55…0.95 (so the engine reports the category); between half the threshold and the threshold it
/// is a weak hint of 0.2…0.45 that only counts together with another detector's finding; below
/// that nothing is said. A category whose threshold did not reach its target precision on GP-page
/// comments the model had not seen (out-of-fold) only ever gives weak hints: the model adds recall,
/// the rules keep precision.
public struct ClassifierDetector: Detector {
    public let name = "learned-model"
    let model: LinearModel
    /// How probabilities become confidences.
    public var tuning: Tuning

    /// How the model's calibrated probabilities become finding confidences.
    public struct Tuning: Sendable, Hashable {
        /// Confidence at the threshold (the category is reported alone at ≥ 0.5), rising to 0.95 at p = 1.
        public var alone: Double = 0.55
        /// Weak hints start at this fraction of the threshold…
        public var weakFrom: Float = 0.5
        /// …and rise from `weakLow` to `weakHigh` just below the threshold.
        public var weakLow: Double = 0.20
        public var weakHigh: Double = 0.45
        /// Categories the model may only hint at, never report alone (besides those whose threshold
        /// missed its target precision on GP-page comments, which only ever hint).
        public var hintOnly: Set<Category> = []
        /// Categories the model says nothing about.
        public var silent: Set<Category> = []

        /// The standard tuning.
        public init() {}

        /// The finding's confidence for a calibrated probability, or nil when too low to mention.
        public func confidence(probability p: Float, threshold t: Float) -> Double? {
            let t = min(max(t, 0.05), 0.99)
            if p >= t { return alone + (0.95 - alone) * Double(min(1, (p - t) / (1 - t))) }
            let weak = t * weakFrom
            guard p >= weak, weak < t else { return nil }
            return weakLow + (weakHigh - weakLow) * Double((p - weak) / (t - weak))
        }
    }

    /// Each head's evidence reason, written once.
    private let reasons: [String]

    /// A detector for a trained model.
    public init(model: LinearModel, tuning: Tuning = Tuning()) {
        self.model = model
        self.tuning = tuning
        reasons = model.heads.map { "words the learned model links with \($0.category.phrase)" }
    }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        guard !text.tokens.isEmpty else { return .none }
        // One pass over the features gives the scores and what each word contributed, for evidence.
        var units = [SIMD8<Int32>]()
        let scores = model.scores(text, units: &units)
        var findings = [Finding]()
        for c in model.heads.indices {
            let head = model.heads[c]
            if tuning.silent.contains(head.category) { continue }
            let p = head.probability(score: scores[c])
            guard var confidence = tuning.confidence(probability: p, threshold: head.threshold) else { continue }
            if head.devPrecision < head.targetPrecision || tuning.hintOnly.contains(head.category) { confidence = min(confidence, tuning.weakHigh) }
            let evidence = explain(text, head: c, units: units)
            findings.append(Finding(category: head.category, confidence: confidence, evidence: evidence))
        }
        return Detection(findings: findings)
    }

    /// The finding's confidence with the standard tuning.
    static func confidence(probability p: Float, threshold t: Float) -> Double? {
        Tuning().confidence(probability: p, threshold: t)
    }

    /// Up to three short runs of words (one to three words each) that pushed head `c` up most.
    func explain(_ text: AnalyzedText, head c: Int, units: [SIMD8<Int32>]) -> [Evidence] {
        let contributions = units.map { Float($0[c]) }
        let tokenCount = text.tokens.count
        var used = [Bool](repeating: false, count: contributions.count)
        var evidence = [Evidence]()
        let reason = reasons[c]
        while evidence.count < 3 {
            var best = -1
            for u in contributions.indices where !used[u] && contributions[u] > 0 && (best < 0 || contributions[u] > contributions[best]) { best = u }
            guard best >= 0 else { break }
            var span: TextSpan
            if best >= tokenCount {
                span = text.joinedTokens[best - tokenCount].span
                used[best] = true
                for t in 0..<tokenCount where span.contains(text.tokens[t].span) { used[t] = true }
            } else {
                // Grow to a neighbour that also pushes up, up to three words.
                var lo = best, hi = best
                while hi - lo < 2 {
                    let left = lo > 0 && !used[lo - 1] ? contributions[lo - 1] : 0
                    let right = hi + 1 < tokenCount && !used[hi + 1] ? contributions[hi + 1] : 0
                    let threshold = contributions[best] * 0.25
                    if left >= right, left > threshold { lo -= 1 } else if right > threshold { hi += 1 } else { break }
                }
                for t in lo...hi { used[t] = true }
                span = text.span(tokens: lo, hi)
            }
            if evidence.contains(where: { $0.span.overlaps(span) }) { continue }
            evidence.append(Evidence(span: span, text: text.text(span), detector: name, reason: reason))
        }
        return evidence.sorted { $0.span < $1.span }
    }
}
