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

    private var patterns: [(PhrasePattern, Label)] = []
    /// The same patterns' elements and labels, kept apart so matching copies nothing.
    private var elements: [[PhrasePattern.Element]] = []
    private var labels: [Label] = []
    private var wordIndex = HashIndex()
    /// One index per prefix length, shortest first.
    private var prefixIndex: [(length: Int, index: HashIndex)] = []

    public init() {}

    public init(_ entries: [(String, Label)]) {
        for (source, label) in entries { add(PhrasePattern(literal: source), label: label) }
    }

    public mutating func add(_ pattern: PhrasePattern, label: Label) {
        let index = patterns.count
        patterns.append((pattern, label))
        elements.append(pattern.elements)
        labels.append(label)
        guard case .words(let words, let prefixes, _) = pattern.elements[0] else { return }
        for w in words { wordIndex.insert(w, index) }
        for p in prefixes {
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

    public var count: Int { patterns.count }

    /// Every match, in text order; overlapping matches of different patterns are all reported.
    public func matches(in tokens: [Token]) -> [Match] {
        var result = [Match]()
        guard !patterns.isEmpty else { return result }
        for i in tokens.indices {
            wordIndex.forEach(tokens[i].keyHash) { match($0, tokens, i, &result) }
            if !prefixIndex.isEmpty {
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

    /// True when any pattern matches.
    public func containsMatch(in tokens: [Token]) -> Bool { !matches(in: tokens).isEmpty }

    @inline(__always)
    private func match(_ p: Int, _ tokens: [Token], _ start: Int, _ result: inout [Match]) {
        let end: Int?
        if elements[p].count == 1 {
            end = start + 1
        } else {
            end = elements.withUnsafeBufferPointer { Self.matchElements($0[p], 1, tokens, start + 1) }
        }
        if let end {
            result.append(Match(label: labels[p], first: start, last: end - 1, span: TextSpan(tokens[start].span.start, tokens[end - 1].span.end)))
        }
    }

    /// Matches elements[e...] from token t; returns the index after the last token matched.
    private static func matchElements(_ elements: [PhrasePattern.Element], _ e: Int, _ tokens: [Token], _ t: Int) -> Int? {
        if e == elements.count { return t }
        switch elements[e] {
        case .any:
            guard t < tokens.count else { return nil }
            return matchElements(elements, e + 1, tokens, t + 1)
        case .gap(let n):
            for skip in 0...n where t + skip <= tokens.count {
                if let end = matchElements(elements, e + 1, tokens, t + skip) { return end }
            }
            return nil
        case .words(let words, let prefixes, let optional):
            if t < tokens.count, accepts(tokens, t, words, prefixes),
               let end = matchElements(elements, e + 1, tokens, t + 1) { return end }
            return optional ? matchElements(elements, e + 1, tokens, t) : nil
        }
    }

    @inline(__always)
    private static func accepts(_ tokens: [Token], _ t: Int, _ words: [UInt64], _ prefixes: [PhrasePattern.Prefix]) -> Bool {
        let h = tokens[t].keyHash
        for w in words where w == h { return true }
        for p in prefixes where KeyHash.prefix(tokens[t].key, length: p.length) == p.hash { return true }
        return false
    }
}
