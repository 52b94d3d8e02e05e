/// One section of an intent lexicon: what its phrases show and how strongly.
struct IntentCue: Sendable, Hashable {
    /// The section's kind, which the detector interprets ("self", "veto", "target", …).
    let tag: String
    let weight: Double
    /// Plain words for the evidence ("talk of suicide").
    let reason: String
    /// The phrase counts only at the end of a clause ("can't go on." but not "can't go on Tuesday").
    let needsClauseEnd: Bool
}

/// A cue found in a text.
struct IntentMatch: Sendable {
    let cue: IntentCue
    /// Token indices, inclusive.
    let first: Int
    let last: Int
    let span: TextSpan
}

/// The phrases of an intent lexicon, compiled once into one matcher so a text is scanned once.
///
/// A lexicon is text, one phrase pattern a line (see `PhrasePattern`); a line `@tag weight reason`
/// starts a section whose phrases share a tag, a weight and a reason. A pattern ending in ` $` counts
/// only at the end of a clause. Phrases of the section tagged `veto` cancel any cue they overlap, for
/// idiom that looks like a cue ("recorded delivery", "killing me laughing"). `#` starts a comment line.
struct IntentPhraseSet: Sendable {
    private var matcher = PhraseMatcher<Int>()
    private var cues: [IntentCue] = []

    init(_ sources: String...) {
        for source in sources {
            var section = IntentCue(tag: "", weight: 0, reason: "", needsClauseEnd: false)
            for rawLine in source.split(separator: "\n") {
                let line = rawLine.drop { $0 == " " }
                if line.isEmpty || line.hasPrefix("#") { continue }
                if line.hasPrefix("@") {
                    let parts = line.dropFirst().split(separator: " ", maxSplits: 2)
                    precondition(parts.count == 3, "an intent lexicon section needs '@tag weight reason': \(line)")
                    section = IntentCue(tag: String(parts[0]), weight: Double(parts[1]) ?? 0, reason: String(parts[2]), needsClauseEnd: false)
                    continue
                }
                var pattern = String(line)
                var atEnd = false
                if pattern.hasSuffix(" $") {
                    pattern.removeLast(2)
                    atEnd = true
                }
                precondition(!section.tag.isEmpty, "an intent lexicon phrase comes before any section: \(line)")
                cues.append(IntentCue(tag: section.tag, weight: section.weight, reason: section.reason, needsClauseEnd: atEnd))
                matcher.add(PhrasePattern(literal: pattern), label: cues.count - 1)
            }
        }
    }

    /// The cues in a text, in text order, without those a veto phrase overlaps.
    func matches(in text: AnalyzedText) -> [IntentMatch] {
        let raw = matcher.matches(in: text.tokens)
        if raw.isEmpty { return [] }
        var vetoes = [TextSpan]()
        for m in raw where cues[m.label].tag == "veto" { vetoes.append(m.span) }
        var result = [IntentMatch]()
        for m in raw {
            let cue = cues[m.label]
            if cue.tag == "veto" { continue }
            if cue.needsClauseEnd, !Self.endsClause(text, after: m.last) { continue }
            if vetoes.contains(where: { $0.overlaps(m.span) }) { continue }
            result.append(IntentMatch(cue: cue, first: m.first, last: m.last, span: m.span))
        }
        return result
    }

    /// True when token `index` is the last of the text or punctuation follows it.
    static func endsClause(_ text: AnalyzedText, after index: Int) -> Bool {
        let tokens = text.tokens
        guard index + 1 < tokens.count else { return true }
        for k in tokens[index].span.end..<tokens[index + 1].span.start {
            let c = text.folded[k]
            if c != " " && c != "\u{0}" && c != "\"" && c != "'" && c != "\t" { return true }
        }
        return false
    }

    /// Words that negate what follows them closely ("not", "never", "don't", "wouldn't").
    static let negators: Set<String> = [
        "not", "never", "no", "dont", "didnt", "doesnt", "wont", "wouldnt", "isnt", "wasnt", "arent", "werent",
        "aint", "couldnt", "shouldnt", "havent", "hasnt", "nt", "nor", "neither", "nothing", "nobody",
    ].reduce(into: Set<String>()) { $0.insert(Tokenizer.key($1)) }

    /// True when a negating word stands within `window` words before token `first`, in the same sentence.
    static func isNegated(_ text: AnalyzedText, before first: Int, window: Int = 3) -> Bool {
        let tokens = text.tokens
        var k = first - 1
        while k >= 0, k >= first - window {
            if tokens[k + 1].shape.contains(.sentenceStart) { return false }
            if negators.contains(tokens[k].key) { return true }
            k -= 1
        }
        return false
    }
}

/// Adds up the cues of one category: the strongest of each reason, combined by noisy-or.
struct IntentTally {
    private var byReason: [(reason: String, weight: Double, span: TextSpan)] = []

    var isEmpty: Bool { byReason.isEmpty }

    mutating func add(_ weight: Double, _ span: TextSpan, _ reason: String) {
        guard weight > 0 else { return }
        if let i = byReason.firstIndex(where: { $0.reason == reason }) {
            if weight > byReason[i].weight { byReason[i] = (reason, weight, span) }
        } else {
            byReason.append((reason, weight, span))
        }
    }

    /// The combined confidence, at most 0.97.
    var confidence: Double {
        var miss = 1.0
        for entry in byReason { miss *= 1 - entry.weight }
        return min(0.97, 1 - miss)
    }

    /// The finding, with the strongest three cues as evidence; nil when nothing was added.
    func finding(_ category: Category, _ text: AnalyzedText, detector: String) -> Finding? {
        if byReason.isEmpty { return nil }
        let strongest = byReason.sorted { $0.weight > $1.weight }.prefix(3).sorted { $0.span < $1.span }
        let evidence = strongest.map { Evidence(span: $0.span, text: text.text($0.span), detector: detector, reason: $0.reason) }
        return Finding(category: category, confidence: confidence, evidence: evidence)
    }
}
