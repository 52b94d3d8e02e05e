import DecorumCore
import DecorumStore

/// Why an item warrants an evidence pack: a decision about it found defamation, or abuse that is a threat
/// (evidence the abusive-language detector gave as a threat). Any of the item's decisions counts, so an edit
/// that took the words out does not take the grounds away.
struct EvidenceGrounds: Sendable, Hashable {
    /// What was found.
    enum Kind: String, Sendable, Hashable {
        case defamation
        case threat
    }

    /// Words Decorum marked as grounds, with its reason.
    struct Words: Sendable, Hashable {
        var kind: Kind
        var text: String
        var reason: String
        var decision: DecisionID
    }

    /// The kinds found, defamation first.
    var kinds: [Kind]
    /// The words behind them, in decision order without repeats.
    var words: [Words]
    /// Every category any decision found, for a refusal that says what was found instead.
    var categoriesFound: [String]

    /// True when nothing in the decisions is defamation or a threat.
    var isEmpty: Bool { kinds.isEmpty }

    init(_ decisions: [StoredDecision]) {
        var kinds = Set<Kind>()
        var words = [Words]()
        var categories = [String]()
        for stored in decisions {
            let recorded = RecordedDecision(stored)
            for finding in recorded.findings {
                if !categories.contains(finding.category) { categories.append(finding.category) }
                let kind: Kind
                var evidence = finding.evidence
                switch finding.category {
                case DecorumCore.Category.defamation.rawValue: kind = .defamation
                case DecorumCore.Category.abusive.rawValue:
                    evidence = evidence.filter { AbusiveDetector.threatReasons.contains($0.reason) }
                    guard !evidence.isEmpty else { continue }
                    kind = .threat
                default: continue
                }
                kinds.insert(kind)
                for span in evidence {
                    let marked = Words(kind: kind, text: span.text, reason: span.reason, decision: stored.id)
                    if !words.contains(where: { $0.kind == kind && $0.text == marked.text && $0.reason == marked.reason }) { words.append(marked) }
                }
            }
        }
        self.kinds = [Kind.defamation, .threat].filter(kinds.contains)
        self.words = words
        categoriesFound = categories
    }

    /// "defamation", "a threat", "defamation and a threat".
    var phrase: String {
        kinds.map { $0 == .defamation ? "defamation" : "a threat" }.joined(separator: " and ")
    }
}
