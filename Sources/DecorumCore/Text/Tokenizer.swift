/// Splits folded text into words, keeping leetspeak and masked spellings together ("sh1t", "f***").
enum Tokenizer {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Characters that can stand for a letter or hide one inside a word.
    @inline(__always)
    static func isInWordSymbol(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "*", "#", "@", "$", "!", "|", "+", "'", "\u{0}", "_": true
        default: false
        }
    }

    static func tokens(scalars: [Unicode.Scalar], folded: [Unicode.Scalar]) -> [Token] {
        var tokens = [Token]()
        tokens.reserveCapacity(folded.count / 5 + 1)
        let n = folded.count
        var i = 0
        var sentenceStart = true
        while i < n {
            let c = folded[i]
            if !(isLetter(c) || isDigit(c) || c == "*" || c == "$" || c == "@" || c == "#") {
                if c == "." || c == "!" || c == "?" || c == "\n" { sentenceStart = true }
                i += 1
                continue
            }
            var j = i
            while j < n {
                let d = folded[j]
                if isLetter(d) || isDigit(d) { j += 1; continue }
                if isInWordSymbol(d) {
                    // A symbol belongs to the word when a letter, digit or another mask follows,
                    // or when it masks letters of a short word ("f***").
                    if d == "'" || d == "!" || d == "|" || d == "+" || d == "_" || d == "@" {
                        if j + 1 < n, isLetter(folded[j + 1]) || isDigit(folded[j + 1]) || folded[j + 1] == "*" { j += 1; continue }
                        break
                    }
                    j += 1
                    continue
                }
                break
            }
            // Drop leading symbols other than masks inside letters ("@karen" → "karen").
            var start = i
            while start < j, folded[start] == "@" || folded[start] == "#" || folded[start] == "$" { start += 1 }
            if start < j, let token = makeToken(scalars: scalars, folded: folded, start: start, end: j, sentenceStart: sentenceStart) {
                tokens.append(token)
                sentenceStart = false
            }
            i = max(j, i + 1)
        }
        return tokens
    }

    static func makeToken(scalars: [Unicode.Scalar], folded: [Unicode.Scalar], start: Int, end: Int, sentenceStart: Bool) -> Token? {
        var shape: Token.Shape = sentenceStart ? [.sentenceStart] : []
        var letters = 0, uppers = 0, visible = 0, plain = 0
        // Whether the key can differ from the norm: leetspeak, apostrophes, '#' or a repeated letter.
        var keyDiffers = false
        var previous: Unicode.Scalar = "\u{0}"
        for k in start..<end {
            let f = folded[k]
            if f == "\u{0}" { continue }
            visible += 1
            if f == previous && f != "*" || f == "'" || f == "_" || f == "#" || ScalarFolding.leet(f) != f { keyDiffers = true }
            previous = f
            if f.value >= 0x61 && f.value <= 0x7A { plain += 1 }
            if isLetter(f) {
                letters += 1
                let upper = isUppercase(scalars[k])
                if upper { uppers += 1 }
                if letters == 1, upper { shape.insert(.capitalized) }
            } else if isDigit(f) {
                shape.insert(.hasDigit)
            } else if f == "*" || f == "#" {
                shape.insert(.masked)
            }
        }
        if letters > 0 { shape.insert(.hasLetter) }
        if letters > 1 && uppers == letters { shape.insert(.allCaps) }
        if visible == 0 { return nil }
        if plain == visible { shape.insert(.plainLetters) }
        let word = folded[start..<end]
        let norm = visible == end - start ? String(scalars: word) : String(scalars: word.lazy.filter { $0 != "\u{0}" })
        let key = letters > 0 && keyDiffers ? makeKey(word, hasLetters: true) : norm
        return Token(span: TextSpan(start, end), norm: norm, key: key, shape: shape)
    }

    /// Leetspeak folded and repeats collapsed; numbers stay as written. Invisible characters (U+0000 in
    /// folded text) are skipped.
    static func makeKey<C: Collection<Unicode.Scalar>>(_ norm: C, hasLetters: Bool) -> String {
        if !hasLetters { return String(scalars: norm.lazy.filter { $0 != "\u{0}" }) }
        let count = norm.count
        guard count > 0 else { return "" }
        return String.utf8(capacity: count * 4) { buffer in
            var i = 0
            var last: Unicode.Scalar = "\u{0}"
            for s in norm {
                if s == "'" || s == "_" || s == "\u{0}" { continue }
                var c = ScalarFolding.leet(s)
                if c == "#" { c = "*" }
                if c == last && c != "*" { continue }
                i = String.encode(c, into: buffer, at: i)
                last = c
            }
            return i
        }
    }

    /// The comparison key of a plain word, as patterns and lexicons use it.
    public static func key(_ word: String) -> String {
        var norm = [Unicode.Scalar]()
        var letters = false
        for s in word.unicodeScalars {
            guard let f = ScalarFolding.fold(s) else { continue }
            norm.append(f)
            if isLetter(f) { letters = true }
        }
        return makeKey(norm, hasLetters: letters)
    }

    /// Runs of three or more single letters separated by single spaces, dots or dashes, joined.
    static func joinSpacedLetters(_ tokens: [Token], folded: [Unicode.Scalar]) -> [Token] {
        var joined = [Token]()
        var i = 0
        while i < tokens.count {
            guard tokens[i].span.length == 1, tokens[i].shape.contains(.hasLetter) || tokens[i].norm == "*" else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, tokens[j].span.length == 1,
                  tokens[j].span.start - tokens[j - 1].span.end <= 2,
                  gapIsSeparator(folded, tokens[j - 1].span.end, tokens[j].span.start)
            { j += 1 }
            if j - i >= 3 {
                var norm = [Unicode.Scalar]()
                for k in i..<j { norm.append(contentsOf: tokens[k].norm.unicodeScalars) }
                var shape: Token.Shape = [.joined, .hasLetter]
                if tokens[i].shape.contains(.sentenceStart) { shape.insert(.sentenceStart) }
                joined.append(Token(span: TextSpan(tokens[i].span.start, tokens[j - 1].span.end), norm: String(scalars: norm),
                                    key: makeKey(norm, hasLetters: true), shape: shape))
            }
            i = j
        }
        return joined
    }

    private static func gapIsSeparator(_ folded: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        for k in from..<to where !(folded[k] == " " || folded[k] == "." || folded[k] == "-" || folded[k] == "_") { return false }
        return true
    }
}
