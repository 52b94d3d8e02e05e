/// A bounded Damerau–Levenshtein distance for near-miss spellings of names.
enum EditDistance {
    /// True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of neighbours.
    static func withinOne(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let m = a.count, n = b.count
        if abs(m - n) > 1 { return false }
        var i = 0
        while i < m && i < n && a[i] == b[i] { i += 1 }
        if i == m && i == n { return true }
        if m == n {
            // One substitution, or a swap of neighbours.
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < m && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        // One insertion or deletion.
        return m > n ? a[(i + 1)...] == b[i...] : a[i...] == b[(i + 1)...]
    }
}
