/// Turns analysed text into hashed n-gram features: word 1- and 2-grams over token keys, and
/// character 3–4-grams over the keys joined with spaces, so obfuscated spellings ("sh1t", "fuuuck")
/// give the same features as plain ones. Hashes are stable across processes and machines.
///
/// A feature's value is its count divided by the square root of the number of feature occurrences in
/// the text, so a text's vector has length close to 1 and long texts do not score higher for length.
public struct FeatureHasher: Sendable, Hashable {
    /// log2 of the number of buckets.
    public let bits: Int
    /// Character n-grams are 3 to this many bytes long.
    static let longestCharGram = 4
    /// The number of buckets features are hashed into.
    public var bucketCount: Int { 1 << bits }

    /// Which kind of n-gram a feature is; part of its hash.
    enum Kind: UInt64 {
        case word = 0x5751_4F52_4431_0001
        case bigram = 0x5751_4249_4752_0002
        case chars = 0x4348_4152_5333_0003
    }

    /// A hasher with `2^bits` buckets (12…24).
    public init(bits: Int = 18) {
        precondition((12...24).contains(bits), "FeatureHasher bits must be 12…24")
        self.bits = bits
    }

    /// A sparse feature vector: bucket indices ascending, with their values.
    public struct Vector: Sendable, Hashable {
        public var indices: [Int32]
        public var values: [Float]
    }

    // MARK: Hashing

    /// 64-bit FNV-1a of a word key's UTF-8 bytes.
    @inline(__always)
    static func fnv1a(_ key: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var key = key
        key.withUTF8 { bytes in
            for b in bytes {
                h ^= UInt64(b)
                h = h &* 0x0000_0100_0000_01B3
            }
        }
        return h
    }

    /// MurmurHash3's 64-bit finaliser: spreads every input bit over the output.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var k = x
        k ^= k >> 33
        k = k &* 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k = k &* 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }

    @inline(__always)
    func bucket(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> UInt64(64 - bits)) }

    // MARK: Extraction

    /// Calls `body(bucket, unitA, unitB)` for every feature occurrence, in text order, and returns
    /// how many there were. Units name what a feature came from, for explanations: token indices
    /// `0..<tokens.count`, then joined tokens after them; `unitB` is the second word of a bigram or -1.
    /// Allocates nothing.
    @inline(__always)
    @discardableResult
    func forEachFeature(_ text: AnalyzedText, _ body: (Int, Int, Int) -> Void) -> Int {
        var count = 0
        var previousWord: UInt64 = 0
        // The last bytes of " key key … key ", newest in the low byte, and how many are valid.
        var window: UInt64 = 0
        var filled = 0

        @inline(__always)
        func push(_ byte: UInt8, unit: Int) {
            window = (window << 8) | UInt64(byte)
            filled += 1
            if filled >= 3 {
                let longest = min(filled, Self.longestCharGram)
                for n in 3...longest {
                    let gram = window & ((1 << UInt64(8 * n)) &- 1)
                    body(bucket(Self.mix(gram ^ (UInt64(n) << 58) ^ Kind.chars.rawValue)), unit, -1)
                }
                count &+= longest - 2
            }
        }

        push(0x20, unit: 0)
        let tokens = text.tokens
        for i in tokens.indices {
            let key = tokens[i].key
            // `keyHash` is FNV-1a of the key, computed once by the tokenizer (fnv1a(key) but for 0 → 1).
            let h = tokens[i].keyHash
            body(bucket(Self.mix(h ^ Kind.word.rawValue)), i, -1)
            count &+= 1
            if i > 0 {
                body(bucket(Self.mix((previousWord &* 0x9E37_79B9_7F4A_7C15) ^ h ^ Kind.bigram.rawValue)), i - 1, i)
                count &+= 1
            }
            previousWord = h
            for b in key.utf8 { push(b, unit: i) }
            push(0x20, unit: i)
        }
        let joined = text.joinedTokens
        for j in joined.indices {
            body(bucket(Self.mix(joined[j].keyHash ^ Kind.word.rawValue)), tokens.count + j, -1)
            count &+= 1
        }
        return count
    }

    /// The text's feature vector, duplicates summed, indices ascending.
    public func vector(_ text: AnalyzedText) -> Vector {
        var raw = [Int32]()
        raw.reserveCapacity(text.scalars.count * 3 + text.tokens.count * 2 + 8)
        let total = forEachFeature(text) { b, _, _ in raw.append(Int32(truncatingIfNeeded: b)) }
        raw.sort()
        var indices = [Int32](), values = [Float]()
        indices.reserveCapacity(raw.count)
        values.reserveCapacity(raw.count)
        let scale = total > 0 ? 1 / Float(total).squareRoot() : 0
        var k = 0
        while k < raw.count {
            var m = k + 1
            while m < raw.count, raw[m] == raw[k] { m += 1 }
            indices.append(raw[k])
            values.append(Float(m - k) * scale)
            k = m
        }
        return Vector(indices: indices, values: values)
    }

    /// The vector of a plain string.
    public func vector(_ string: String) -> Vector { vector(AnalyzedText(string)) }
}
