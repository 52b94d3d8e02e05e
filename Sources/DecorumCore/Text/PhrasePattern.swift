/// A phrase to look for in a text's words, written in a small pattern language:
///
/// - `word` matches a word whose comparison key equals the word's (so `fuck` matches "fuuuck", "f.u.c.k"
///   is a joined token and matches too);
/// - `a|b|c` matches any of the alternatives;
/// - `word*` matches any word starting with `word` ("nurs*" → nurse, nurses, nursing);
/// - `?` matches any one word; `~N` skips up to N words (0…N);
/// - `[word]` or `[a|b]` is optional.
///
/// Example: `"i|im|i'm ~2 going to|gonna kill|hurt|end my*"`.
public struct PhrasePattern: Sendable, Hashable {
    public enum Element: Sendable, Hashable {
        /// Any of these words (key hashes) or word prefixes (byte length and hash of the prefix).
        case words([UInt64], prefixes: [Prefix], optional: Bool)
        case any
        case gap(Int)
    }

    /// A word prefix: the hash of a key's first `length` UTF-8 bytes.
    public struct Prefix: Sendable, Hashable {
        public var length: Int
        public var hash: UInt64
        /// The prefix's first two UTF-8 bytes, as `Token.keyHead` holds a word's.
        var head: UInt16 = 0
    }

    public let source: String
    public let elements: [Element]

    public init(_ source: String) throws(PatternError) {
        self.source = source
        var elements = [Element]()
        for raw in source.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var part = String(raw)
            if part == "?" { elements.append(.any); continue }
            if part.hasPrefix("~") {
                guard let n = Int(part.dropFirst()), n > 0, n < 20 else { throw PatternError(pattern: source, problem: "'\(part)' needs a number from 1 to 19") }
                elements.append(.gap(n))
                continue
            }
            var optional = false
            if part.hasPrefix("["), part.hasSuffix("]") {
                optional = true
                part = String(part.dropFirst().dropLast())
            }
            var words = [UInt64](), prefixes = [Prefix]()
            for alt in part.split(separator: "|") {
                if alt.hasSuffix("*"), alt.count > 1 {
                    let key = Tokenizer.key(String(alt.dropLast()))
                    guard !key.isEmpty else { throw PatternError(pattern: source, problem: "'\(alt)' is not a word") }
                    let bytes = Array(key.utf8)
                    let head = UInt16(bytes[0]) << 8 | UInt16(bytes.count > 1 ? bytes[1] : 0)
                    prefixes.append(Prefix(length: bytes.count, hash: KeyHash.prefix(key, length: bytes.count)!, head: head))
                } else {
                    let key = Tokenizer.key(String(alt))
                    guard !key.isEmpty else { throw PatternError(pattern: source, problem: "'\(alt)' is not a word") }
                    let hash = KeyHash.of(key)
                    if !words.contains(hash) { words.append(hash) }
                }
            }
            guard !words.isEmpty || !prefixes.isEmpty else { throw PatternError(pattern: source, problem: "'\(part)' has no words") }
            elements.append(.words(words, prefixes: prefixes, optional: optional))
        }
        guard let first = elements.first, case .words(_, _, false) = first else {
            throw PatternError(pattern: source, problem: "a pattern must start with a word that is not optional")
        }
        if case .gap = elements.last! { throw PatternError(pattern: source, problem: "a pattern cannot end with a gap") }
        self.elements = elements
    }

    /// Builds a pattern from a literal known to be valid; for the lexicons compiled into Decorum.
    public init(literal: String) {
        do { try self.init(literal) } catch { preconditionFailure("\(error)") }
    }
}

/// A phrase pattern that cannot be read.
public struct PatternError: Error, Sendable, CustomStringConvertible {
    public var pattern: String
    public var problem: String
    public var description: String { "The phrase pattern \"\(pattern)\" cannot be used: \(problem)." }
}
