extension String {
    /// A string of these scalars, encoded straight into the string's UTF-8 storage. Much cheaper than
    /// appending to a `UnicodeScalarView` one scalar at a time, and short results allocate nothing.
    @inline(__always)
    init<C: Collection<Unicode.Scalar>>(scalars: C) {
        let count = scalars.count
        guard count > 0 else { self = ""; return }
        self = String.utf8(capacity: count * 4) { buffer in
            var i = 0
            for s in scalars { i = Self.encode(s, into: buffer, at: i) }
            return i
        }
    }

    /// A string of the UTF-8 bytes `body` writes (at most `capacity`; it returns how many), through a
    /// stack buffer, so that results of up to 15 bytes are small strings: no allocation, no reference
    /// counting, and the fast path when compared.
    @inline(__always)
    static func utf8(capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let n = body(buffer)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
        }
    }

    /// Writes one scalar's UTF-8 bytes at `i`; returns the index after them.
    @inline(__always)
    static func encode(_ s: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
        let v = s.value
        if v < 0x80 {
            buffer[i] = UInt8(truncatingIfNeeded: v)
            return i + 1
        }
        if v < 0x800 {
            buffer[i] = 0xC0 | UInt8(truncatingIfNeeded: v >> 6)
            buffer[i + 1] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
            return i + 2
        }
        if v < 0x10000 {
            buffer[i] = 0xE0 | UInt8(truncatingIfNeeded: v >> 12)
            buffer[i + 1] = 0x80 | UInt8(truncatingIfNeeded: (v >> 6) & 0x3F)
            buffer[i + 2] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
            return i + 3
        }
        buffer[i] = 0xF0 | UInt8(truncatingIfNeeded: v >> 18)
        buffer[i + 1] = 0x80 | UInt8(truncatingIfNeeded: (v >> 12) & 0x3F)
        buffer[i + 2] = 0x80 | UInt8(truncatingIfNeeded: (v >> 6) & 0x3F)
        buffer[i + 3] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
        return i + 4
    }
}
