extension StringProtocol {
    /// True when `needle`'s UTF-8 bytes occur in this string's: byte-wise, without the string-processing
    /// library's generic search (costly on the hot path), and without Unicode canonical equivalence, which
    /// folded keys and host names do not need.
    func containsBytes(_ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        let h = Array(utf8)
        guard h.count >= n.count else { return false }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
            var k = 1
            while k < n.count, h[start + k] == n[k] { k += 1 }
            if k == n.count { return true }
        }
        return false
    }
}
