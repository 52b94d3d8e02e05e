/// Precision, recall and F1 per category over labelled items, and the clean items wrongly flagged.
public struct EvaluationReport: Sendable {
    /// One labelled item and what Decorum said of it.
    public struct Outcome: Sendable {
        public var id: ItemID
        public var text: String
        public var expected: Set<Category>
        public var predicted: Set<Category>
        public init(id: ItemID, text: String, expected: Set<Category>, predicted: Set<Category>) {
            self.id = id
            self.text = text
            self.expected = expected
            self.predicted = predicted
        }
    }

    /// Counts and scores for one category.
    public struct Score: Sendable, Hashable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        public init() {}
        public var support: Int { truePositives + falseNegatives }
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    public let outcomes: [Outcome]
    public let perCategory: [Category: Score]
    public let micro: Score

    public init(outcomes: [Outcome]) {
        self.outcomes = outcomes
        var per: [Category: Score] = [:]
        var micro = Score()
        for o in outcomes {
            for c in Category.allCases {
                let e = o.expected.contains(c), p = o.predicted.contains(c)
                if e && p { per[c, default: Score()].truePositives += 1; micro.truePositives += 1 }
                if !e && p { per[c, default: Score()].falsePositives += 1; micro.falsePositives += 1 }
                if e && !p { per[c, default: Score()].falseNegatives += 1; micro.falseNegatives += 1 }
            }
        }
        perCategory = per
        self.micro = micro
    }

    /// The mean of per-category F1 over categories present in the labels.
    public var macroF1: Double {
        let present = Category.allCases.compactMap { c in perCategory[c].flatMap { $0.support > 0 ? $0.f1 : nil } }
        return present.isEmpty ? 0 : present.reduce(0, +) / Double(present.count)
    }

    /// Items labelled clean that Decorum flagged.
    public var wronglyFlagged: [Outcome] { outcomes.filter { $0.expected.isEmpty && !$0.predicted.isEmpty } }

    /// Items where Decorum and the labels differ.
    public var mistakes: [Outcome] { outcomes.filter { $0.expected != $0.predicted } }

    public var cleanCount: Int { outcomes.filter { $0.expected.isEmpty }.count }
}
