/// Reads the conduct lexicons: one entry a line, blank lines and `#` comments skipped.
enum ConductLexicon {
    /// The entries of a lexicon literal, trimmed.
    static func lines(_ source: String) -> [Substring] {
        source.split(separator: "\n").compactMap { raw in
            let line = raw.drop(while: { $0 == " " || $0 == "\t" })
            guard let first = line.first, first != "#" else { return nil }
            return line
        }
    }

    /// A phrase line `0.90 reason-word pattern…`: confidence, a one-word reason key, the pattern.
    static func phrases(_ source: String) -> [(confidence: Double, reason: Substring, pattern: String)] {
        lines(source).map { line in
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let confidence = Double(parts[0]) else { preconditionFailure("bad lexicon line: \(line)") }
            return (confidence, parts[1], String(parts[2]))
        }
    }

    /// The comparison keys of every word on every line.
    static func keys(_ source: String) -> Set<String> {
        var set = Set<String>()
        for line in lines(source) {
            for word in line.split(separator: " ") { set.insert(Tokenizer.key(String(word))) }
        }
        return set
    }
}
