/// A word of an item's text, in the forms detectors compare.
public struct Token: Sendable, Hashable {
    /// Where the word stands in the original text (Unicode scalar offsets).
    public var span: TextSpan
    /// Lower-cased, accents and look-alike letters folded, otherwise as written ("sh1t", "f***").
    public var norm: String
    /// The comparison key: `norm` with leetspeak folded (1→i, 0→o, $→s, …), apostrophes dropped and
    /// repeated letters collapsed ("fuuuck" → "fuck", "bloody" → "blody"). Mask characters stay `*`.
    public var key: String
    /// `KeyHash.of(key)`, computed once.
    public var keyHash: UInt64
    /// The key's first two UTF-8 bytes (the second 0 for a one-byte key), so a phrase matcher can skip
    /// a word no prefix of its patterns can start.
    var keyHead: UInt16
    public var shape: Shape

    public init(span: TextSpan, norm: String, key: String, shape: Shape) {
        self.span = span
        self.norm = norm
        self.key = key
        // The key's hash and head in one pass over its bytes.
        var h = KeyHash.seed, head: UInt16 = 0, n = 0
        for b in key.utf8 {
            h = KeyHash.step(h, b)
            if n < 2 { head |= UInt16(b) << (n == 0 ? 8 : 0) }
            n += 1
        }
        self.keyHash = h == 0 ? 1 : h
        self.keyHead = head
        self.shape = shape
    }

    /// How the word was written.
    public struct Shape: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// First letter upper case.
        public static let capitalized = Shape(rawValue: 1 << 0)
        /// Every letter upper case (and more than one letter).
        public static let allCaps = Shape(rawValue: 1 << 1)
        public static let hasLetter = Shape(rawValue: 1 << 2)
        public static let hasDigit = Shape(rawValue: 1 << 3)
        /// Contains `*`, `#` or a similar mask character.
        public static let masked = Shape(rawValue: 1 << 4)
        /// Starts a sentence (first word, or after . ! ? or a line break).
        public static let sentenceStart = Shape(rawValue: 1 << 5)
        /// Made by joining spaced-out single letters ("f u c k").
        public static let joined = Shape(rawValue: 1 << 6)
        /// `norm` is ASCII a–z only, so it is already a name key.
        static let plainLetters = Shape(rawValue: 1 << 7)
    }

    public var isCapitalized: Bool { shape.contains(.capitalized) }
    public var isNumber: Bool { shape.contains(.hasDigit) && !shape.contains(.hasLetter) }
}
