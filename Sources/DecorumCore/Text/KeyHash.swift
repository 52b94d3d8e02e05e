/// FNV-1a over the UTF-8 bytes of a comparison key: stable across runs (unlike `Hasher`), cheap, and
/// incremental, so the hash of every prefix of a key comes for free.
public enum KeyHash {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always)
    public static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    /// The hash of a whole key. Never 0 (0 marks an empty slot in `HashIndex`).
    @inline(__always)
    public static func of(_ key: String) -> UInt64 {
        var h = seed
        for b in key.utf8 { h = step(h, b) }
        return h == 0 ? 1 : h
    }

    /// The hash of the key's first `length` UTF-8 bytes, or nil when the key is shorter.
    @inline(__always)
    public static func prefix(_ key: String, length: Int) -> UInt64? {
        var h = seed
        var n = 0
        for b in key.utf8 {
            if n == length { break }
            h = step(h, b)
            n += 1
        }
        guard n == length else { return nil }
        return h == 0 ? 1 : h
    }
}

/// An open-addressing table from key hashes to lists of values (kept in insertion order as linked
/// chains), for the phrase matcher's first-word lookups: no string hashing per token, O(1) inserts.
struct HashIndex: Sendable {
    private var keys = [UInt64](repeating: 0, count: 16)
    private var heads = [Int32](repeating: -1, count: 16)
    private var tails = [Int32](repeating: -1, count: 16)
    private var values: [Int32] = []
    private var next: [Int32] = []
    private var count = 0

    init() {}

    mutating func insert(_ key: UInt64, _ value: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let node = Int32(values.count)
        values.append(Int32(value))
        next.append(-1)
        let slot = Self.findSlot(key, in: keys)
        if keys[slot] == key {
            next[Int(tails[slot])] = node
            tails[slot] = node
        } else {
            keys[slot] = key
            heads[slot] = node
            tails[slot] = node
            count += 1
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private static func findSlot<Keys: RandomAccessCollection<UInt64>>(_ key: UInt64, in keys: Keys) -> Int where Keys.Index == Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let oldKeys = keys, oldHeads = heads, oldTails = tails
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        heads = [Int32](repeating: -1, count: keys.count)
        tails = [Int32](repeating: -1, count: keys.count)
        for (i, k) in oldKeys.enumerated() where k != 0 {
            let slot = Self.findSlot(k, in: keys)
            keys[slot] = k
            heads[slot] = oldHeads[i]
            tails[slot] = oldTails[i]
        }
    }

    /// The slot keys, borrowed, for `contains(_:in:)` inside a loop that must not retain anything.
    @inline(__always)
    func withKeys<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R { keys.withUnsafeBufferPointer(body) }

    /// True when anything is stored for `key`, given the table's slot keys.
    @inline(__always)
    static func contains(_ key: UInt64, in keys: UnsafeBufferPointer<UInt64>) -> Bool {
        keys[findSlot(key, in: keys)] == key
    }

    /// Calls `body` with each value stored for `key`, in insertion order.
    @inline(__always)
    func forEach(_ key: UInt64, _ body: (Int) -> Void) {
        let slot = Self.findSlot(key, in: keys)
        guard keys[slot] == key else { return }
        var node = heads[slot]
        while node >= 0 {
            body(Int(values[Int(node)]))
            node = next[Int(node)]
        }
    }
}
