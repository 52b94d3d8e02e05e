/// A read-only map from key hashes (never 0) to values, by open addressing: a lookup is a multiply, a
/// mask and a probe or two, where `Dictionary<UInt64, _>` runs SipHash on every word of every item.
struct KeyTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let shift: UInt64

    init(_ entries: some Sequence<(UInt64, Value)>) {
        let entries = Array(entries)
        var bits = 4
        while (1 << bits) < entries.count * 2 + 1 { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [Value?](repeating: nil, count: 1 << bits)
        let shift = UInt64(64 - bits)
        for (key, value) in entries {
            precondition(key != 0, "KeyTable keys are key hashes, never 0")
            var slot = Self.slot(key, shift)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
            if keys[slot] == 0 { keys[slot] = key; values[slot] = value }
        }
        self.keys = keys
        self.values = values
        self.shift = shift
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        keys.withUnsafeBufferPointer { k in
            let mask = k.count - 1
            var slot = Self.slot(key, shift)
            while true {
                let found = k[slot]
                if found == key { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}

extension KeyTable where Value == Bool {
    /// A set of key hashes.
    init(set: some Sequence<UInt64>) { self.init(set.lazy.map { ($0, true) }) }
}
