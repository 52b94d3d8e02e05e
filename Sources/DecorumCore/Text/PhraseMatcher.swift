/// Finds many phrase patterns in a text's words at once. Patterns are indexed by the key hashes of
/// their first element, so a text is scanned once whatever the number of patterns, and no string is
/// hashed per token.
public struct PhraseMatcher<Label: Sendable & Hashable>: Sendable {
    /// One occurrence of a pattern.
    public struct Match: Sendable, Hashable {
        public var label: Label
        /// Token indices, inclusive.
        public var first: Int
        public var last: Int
        public var span: TextSpan
    }

    private var labels: [Label] = []
    /// The patterns' elements, flattened into plain values so that matching retains and copies nothing:
    /// pattern `p` is `steps[stepStart[p]..<stepStart[p + 1]]`.
    private var steps: [Step] = []
    private var stepStart: [Int32] = [0]
    private var words: [UInt64] = []
    private var prefixes: [PhrasePattern.Prefix] = []
    private var wordIndex = HashIndex()
    /// The first words' key hashes: most words start no pattern, and a bit test is cheaper than a probe.
    private var firstWords = HashBits()
    /// For steps with many alternatives: (step, word) pairs, so accepting a word is one probe, not a scan.
    private var stepWords = HashIndex()
    /// One index per prefix length, shortest first.
    private var prefixIndex: [(length: Int, index: HashIndex)] = []
    /// Which first two bytes (`Token.keyHead`) some prefix starts with; a word whose head is not in it
    /// skips the prefix lookups. One-byte prefixes switch the filter off.
    private var prefixHeads = HashBits()
    private var hasOneBytePrefix = false

    /// One element of a pattern: any of `words[wordStart..<wordEnd]` or `prefixes[prefixStart..<prefixEnd]`
    /// (optional or not), any one word, or a gap of up to `gap` words.
    private struct Step: Sendable {
        enum Kind: UInt8 { case words, any, gap }
        var kind: Kind
        var optional = false
        var gap: Int32 = 0
        var wordStart: Int32 = 0, wordEnd: Int32 = 0
        var prefixStart: Int32 = 0, prefixEnd: Int32 = 0
    }

    public init() {}

    public init(_ entries: [(String, Label)]) {
        for (source, label) in entries { add(PhrasePattern(literal: source), label: label) }
    }

    public mutating func add(_ pattern: PhrasePattern, label: Label) {
        let index = labels.count
        labels.append(label)
        for element in pattern.elements {
            switch element {
            case .any: steps.append(Step(kind: .any))
            case .gap(let n): steps.append(Step(kind: .gap, gap: Int32(n)))
            case .words(let w, let p, let optional):
                let ws = Int32(words.count), ps = Int32(prefixes.count)
                if w.count > Self.scanLimit {
                    for word in w { stepWords.insert(Self.stepWordKey(steps.count, word), steps.count) }
                }
                words.append(contentsOf: w)
                prefixes.append(contentsOf: p)
                steps.append(Step(kind: .words, optional: optional, wordStart: ws, wordEnd: Int32(words.count),
                                  prefixStart: ps, prefixEnd: Int32(prefixes.count)))
            }
        }
        stepStart.append(Int32(steps.count))
        guard case .words(let words, let prefixes, _) = pattern.elements[0] else { return }
        for w in words {
            wordIndex.insert(w, index)
            firstWords.insert(w)
        }
        for p in prefixes {
            if p.length == 1 { hasOneBytePrefix = true } else { prefixHeads.insert(Self.headHash(p.head)) }
            if let i = prefixIndex.firstIndex(where: { $0.length == p.length }) {
                prefixIndex[i].index.insert(p.hash, index)
            } else {
                var fresh = HashIndex()
                fresh.insert(p.hash, index)
                prefixIndex.append((p.length, fresh))
                prefixIndex.sort { $0.length < $1.length }
            }
        }
    }

    public var count: Int { labels.count }

    /// Every match, in text order; overlapping matches of different patterns are all reported.
    public func matches(in tokens: [Token]) -> [Match] {
        var result = [Match]()
        guard !labels.isEmpty else { return result }
        for i in tokens.indices {
            let h = tokens[i].keyHash
            if firstWords.mayContain(h) {
                wordIndex.forEach(h) { match($0, tokens, i, &result) }
            }
            if !prefixIndex.isEmpty, hasOneBytePrefix || prefixHeads.mayContain(Self.headHash(tokens[i].keyHead)) {
                // One pass over the key's bytes; the running hash is each prefix's hash in turn.
                var h = KeyHash.seed, n = 0, j = 0
                for byte in tokens[i].key.utf8 {
                    h = KeyHash.step(h, byte)
                    n += 1
                    while j < prefixIndex.count, prefixIndex[j].length < n { j += 1 }
                    guard j < prefixIndex.count else { break }
                    if prefixIndex[j].length == n { prefixIndex[j].index.forEach(h == 0 ? 1 : h) { match($0, tokens, i, &result) } }
                }
            }
        }
        return result
    }

    /// Two bytes spread over 64 bits, for `HashBits`.
    @inline(__always)
    private static func headHash(_ head: UInt16) -> UInt64 { UInt64(head) &* 0x9E37_79B9_7F4A_7C15 }

    /// True when any pattern matches.
    public func containsMatch(in tokens: [Token]) -> Bool { !matches(in: tokens).isEmpty }

    @inline(__always)
    private func match(_ p: Int, _ tokens: [Token], _ start: Int, _ result: inout [Match]) {
        let first = Int(stepStart[p]), last = Int(stepStart[p + 1])
        let end: Int?
        if last - first == 1 {
            end = start + 1
        } else {
            end = steps.withUnsafeBufferPointer { steps in
                words.withUnsafeBufferPointer { words in
                    prefixes.withUnsafeBufferPointer { prefixes in
                        tokens.withUnsafeBufferPointer { tokens in
                            stepWords.withKeys { stepWords in
                                Self.matchSteps(Matching(steps: steps, last: last, words: words, prefixes: prefixes, tokens: tokens, stepWords: stepWords), first + 1, start + 1)
                            }
                        }
                    }
                }
            }
        }
        if let end {
            result.append(Match(label: labels[p], first: start, last: end - 1, span: TextSpan(tokens[start].span.start, tokens[end - 1].span.end)))
        }
    }

    /// Steps with more alternatives than this look a word up in `stepWords`.
    private static var scanLimit: Int { 4 }

    @inline(__always)
    private static func stepWordKey(_ step: Int, _ word: UInt64) -> UInt64 {
        let k = (word ^ (UInt64(truncatingIfNeeded: step) &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        return k == 0 ? 1 : k
    }

    /// What one match attempt reads, borrowed.
    private struct Matching {
        let steps: UnsafeBufferPointer<Step>
        /// The index after the pattern's last step.
        let last: Int
        let words: UnsafeBufferPointer<UInt64>
        let prefixes: UnsafeBufferPointer<PhrasePattern.Prefix>
        let tokens: UnsafeBufferPointer<Token>
        /// `stepWords`' slot keys.
        let stepWords: UnsafeBufferPointer<UInt64>
    }

    /// Matches steps[e..<last] from token t; returns the index after the last token matched.
    private static func matchSteps(_ m: Matching, _ e: Int, _ t: Int) -> Int? {
        if e == m.last { return t }
        let step = m.steps[e]
        switch step.kind {
        case .any:
            guard t < m.tokens.count else { return nil }
            return matchSteps(m, e + 1, t + 1)
        case .gap:
            for skip in 0...Int(step.gap) where t + skip <= m.tokens.count {
                if let end = matchSteps(m, e + 1, t + skip) { return end }
            }
            return nil
        case .words:
            if t < m.tokens.count, accepts(m, step, e, t), let end = matchSteps(m, e + 1, t + 1) { return end }
            return step.optional ? matchSteps(m, e + 1, t) : nil
        }
    }

    @inline(__always)
    private static func accepts(_ m: Matching, _ step: Step, _ e: Int, _ t: Int) -> Bool {
        let h = m.tokens[t].keyHash
        if step.wordEnd - step.wordStart > Self.scanLimit {
            if HashIndex.contains(Self.stepWordKey(e, h), in: m.stepWords) { return true }
        } else {
            for w in Int(step.wordStart)..<Int(step.wordEnd) where m.words[w] == h { return true }
        }
        let head = m.tokens[t].keyHead
        for p in Int(step.prefixStart)..<Int(step.prefixEnd) {
            let prefix = m.prefixes[p]
            // The first two bytes decide most words before any hashing.
            guard prefix.length == 1 ? head >> 8 == prefix.head >> 8 : head == prefix.head else { continue }
            if KeyHash.prefix(m.tokens[t].key, length: prefix.length) == prefix.hash { return true }
        }
        return false
    }
}
