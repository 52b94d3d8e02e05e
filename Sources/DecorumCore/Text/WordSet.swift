/// A fixed set of words (comparison keys), looked up by key hash: what `Set<String>` does for the
/// detectors' word lists, without running SipHash over a word for every lookup.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: KeyTable<Bool>

    init(_ words: some Sequence<String>) { table = KeyTable(set: words.lazy.map(KeyHash.of)) }
    init(arrayLiteral words: String...) { self.init(words) }

    /// True when `key` is one of the words.
    @inline(__always)
    func contains(_ key: String) -> Bool { table.contains(KeyHash.of(key)) }

    /// True when the token's key is one of the words (its hash is already computed).
    @inline(__always)
    func contains(_ token: Token) -> Bool { table.contains(token.keyHash) }
}
