import struct Foundation.Date

/// Times are stored as whole milliseconds since 1970 (BIGINT), which both dialects compare and index alike.
extension Date {
    var storeMillis: Int64 { Int64((timeIntervalSince1970 * 1000).rounded(.down)) }

    init(storeMillis: Int64) { self.init(timeIntervalSince1970: Double(storeMillis) / 1000) }
}

extension Duration {
    /// The duration in whole milliseconds, rounded up so a short lease is never zero.
    var storeMillis: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    }
}
