/// 4,096 bits addressed by the top 12 bits of a 64-bit hash: a filter that answers "certainly not" with one
/// bit test, before a costlier look-up. False positives only cost that look-up.
struct HashBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 64)

    mutating func insert(_ hash: UInt64) {
        words[Int(truncatingIfNeeded: hash >> 58)] |= 1 << ((hash >> 52) & 63)
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        words[Int(truncatingIfNeeded: hash >> 58)] & (1 << ((hash >> 52) & 63)) != 0
    }
}
