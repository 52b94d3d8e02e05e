extension String {
    /// The text with NUL replaced by U+FFFD: PostgreSQL's TEXT cannot hold NUL, and both dialects must store the same.
    var storable: String {
        guard utf8.contains(0) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 }))
    }
}

extension Optional<String> {
    var storable: String? { map(\.storable) }
}
