/// Finds dates of birth: a date ("12/03/1958", "12.3.58", "12 March 1958", "March 12th 1958",
/// "3rd of June 1990") only when a cue says it is one ("DOB", "D.O.B", "date of birth", "born on",
/// "birthday is"). Any other date is an appointment, a deadline or an anecdote.
enum DateOfBirthScanner {
    /// A cue and how far after it a date may start: tokens between, and how many of those may be other
    /// than the small words of "born on the", "date of birth is".
    struct Cue {
        var first: Int
        var last: Int
        var maxGap: Int
        var maxOther: Int
    }

    static let months: [String: Int] = {
        let names = [
            ["january", "jan"], ["february", "feb", "febuary"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"],
            ["december", "dec"],
        ]
        var months = [String: Int]()
        for (i, words) in names.enumerated() { for w in words { months[Tokenizer.key(w)] = i + 1 } }
        return months
    }()

    /// Words that may stand between a cue and its date.
    static let fillers: WordSet = WordSet([
        "is", "was", "its", "on", "the", "of", "in", "at", "be", "my", "her", "his", "their", "our", "your", "and",
        "date", "birth", "dob", "d", "o", "b", "me", "him", "she", "he", "i", "im", "were", "are", "back",
    ].map { Tokenizer.key($0) })

    static func scan(_ text: AnalyzedText, into found: inout [IdentifierMatch]) {
        let cues = findCues(text)
        guard !cues.isEmpty else { return }
        let tokens = text.tokens
        var t = 0
        while t < tokens.count {
            guard let last = date(tokens, text.folded, at: t) else { t += 1; continue }
            if cues.contains(where: { near($0, t, last, tokens) }) {
                let span = text.span(tokens: t, last)
                found.append(IdentifierMatch(kind: .dateOfBirth, span: span, value: text.foldedText(span)))
            }
            t = last + 1
        }
    }

    private static func findCues(_ text: AnalyzedText) -> [Cue] {
        var cues = [Cue]()
        let tokens = text.tokens
        // Key hashes, not strings: this runs on every word of every item.
        let w = CueWords.shared
        for t in tokens.indices {
            let h = tokens[t].keyHash
            if h == w.dob || h == w.dateofbirth || h == w.birthdate {
                cues.append(Cue(first: t, last: t, maxGap: 6, maxOther: 2))
            } else if h == w.date, t + 2 < tokens.count, tokens[t + 1].keyHash == w.of, tokens[t + 2].keyHash == w.birth {
                cues.append(Cue(first: t, last: t + 2, maxGap: 6, maxOther: 2))
            } else if h == w.birth, t + 1 < tokens.count, tokens[t + 1].keyHash == w.date || tokens[t + 1].keyHash == w.day {
                cues.append(Cue(first: t, last: t + 1, maxGap: 6, maxOther: 2))
            } else if h == w.born {
                cues.append(Cue(first: t, last: t, maxGap: 4, maxOther: 0))
            } else if h == w.birthday || h == w.bday {
                cues.append(Cue(first: t, last: t, maxGap: 3, maxOther: 0))
            }
        }
        // "D.O.B" and "d o b" are joined from single letters.
        for joined in text.joinedTokens where joined.keyHash == w.dob {
            let first = text.tokenIndex(atOrAfter: joined.span.start)
            let last = text.tokenIndex(atOrAfter: joined.span.end) - 1
            cues.append(Cue(first: first, last: last, maxGap: 6, maxOther: 2))
        }
        return cues
    }

    /// The cue comes shortly before the date, or a strong cue just after it ("12/03/1958 (DOB)").
    private static func near(_ cue: Cue, _ first: Int, _ last: Int, _ tokens: [Token]) -> Bool {
        if cue.last < first {
            let gap = first - cue.last - 1
            guard gap <= cue.maxGap else { return false }
            var other = 0
            for k in (cue.last + 1)..<first where !fillers.contains(tokens[k]) { other += 1 }
            return other <= cue.maxOther
        }
        if cue.first > last, cue.maxOther > 0 { return cue.first - last - 1 <= 1 }
        return false
    }

    /// The last token of a date starting at token `t`, if one does.
    static func date(_ tokens: [Token], _ f: [Unicode.Scalar], at t: Int) -> Int? {
        if let last = numericDate(tokens, f, at: t) { return last }
        if compactDate(tokens[t]) { return t }
        // 12 March 1958, 12th of March 1958, 3rd of June.
        if let _ = day(tokens[t]) {
            var m = t + 1
            if m < tokens.count, tokens[m].key == "of" { m += 1 }
            if m < tokens.count, months[tokens[m].key] != nil, closeTogether(tokens, f, t, m) {
                return year(tokens, f, after: m) ?? m
            }
        }
        // March 12th 1958, March the 12th.
        if months[tokens[t].key] != nil {
            var d = t + 1
            if d < tokens.count, tokens[d].key == "the" { d += 1 }
            if d < tokens.count, day(tokens[d]) != nil, closeTogether(tokens, f, t, d) {
                // "May 5" alone is too often a plan; keep it only with a year or an ordinal.
                if let y = year(tokens, f, after: d) { return y }
                if tokens[d].shape.contains(.hasLetter) || tokens[t].key != "may" { return d }
            }
        }
        return nil
    }

    /// 12/03/1958, 12.3.58, 12-03-1958, 1958-03-12.
    private static func numericDate(_ tokens: [Token], _ f: [Unicode.Scalar], at t: Int) -> Int? {
        guard t + 2 < tokens.count, tokens[t].isNumber, tokens[t + 1].isNumber, tokens[t + 2].isNumber else { return nil }
        let a = tokens[t], b = tokens[t + 1], c = tokens[t + 2]
        guard b.span.start - a.span.end == 1, c.span.start - b.span.end == 1 else { return nil }
        let sep = f[a.span.end]
        guard sep == "/" || sep == "." || sep == "-", f[b.span.end] == sep else { return nil }
        if c.span.end < f.count, f[c.span.end] == sep { return nil }
        guard let x = Int(a.norm), let y = Int(b.norm), let z = Int(c.norm) else { return nil }
        let la = a.norm.utf8.count, lb = b.norm.utf8.count, lc = c.norm.utf8.count
        if la == 4, lb <= 2, lc <= 2 {
            return (1900...2099).contains(x) && (1...12).contains(y) && (1...31).contains(z) ? t + 2 : nil
        }
        guard la <= 2, lb <= 2, lc == 2 || (lc == 4 && (1900...2099).contains(z)) else { return nil }
        let dayMonth = (1...31).contains(x) && (1...12).contains(y)
        let monthDay = (1...12).contains(x) && (1...31).contains(y)
        return dayMonth || monthDay ? t + 2 : nil
    }

    /// 12031958 or 120358: day, month and year run together.
    private static func compactDate(_ token: Token) -> Bool {
        guard token.isNumber else { return false }
        let d = Array(token.norm.utf8).map { Int($0) - 0x30 }
        guard d.count == 6 || d.count == 8, d.allSatisfy({ (0...9).contains($0) }) else { return false }
        let day = d[0] * 10 + d[1], month = d[2] * 10 + d[3]
        if d.count == 8 {
            let year = d[4] * 1000 + d[5] * 100 + d[6] * 10 + d[7]
            guard (1900...2099).contains(year) else { return false }
        }
        return (1...31).contains(day) && (1...12).contains(month)
    }

    /// A day of the month: "12", "12th", "3rd", "1st".
    private static func day(_ token: Token) -> Int? {
        let bytes = Array(token.norm.utf8)
        var value = 0, k = 0
        while k < bytes.count, k < 3, bytes[k] >= 0x30, bytes[k] <= 0x39 {
            value = value * 10 + Int(bytes[k] - 0x30)
            k += 1
        }
        guard (1...2).contains(k), (1...31).contains(value) else { return nil }
        switch String(decoding: bytes[k...], as: UTF8.self) {
        case "", "st", "nd", "rd", "th": return value
        default: return nil
        }
    }

    /// A year right after token `t`: "1958", "'58", ", 1958".
    private static func year(_ tokens: [Token], _ f: [Unicode.Scalar], after t: Int) -> Int? {
        let y = t + 1
        guard y < tokens.count, tokens[y].isNumber, closeTogether(tokens, f, t, y), let value = Int(tokens[y].norm) else { return nil }
        switch tokens[y].norm.utf8.count {
        case 4: return (1900...2099).contains(value) ? y : nil
        case 2: return y
        default: return nil
        }
    }

    /// Tokens `a` to `b` are joined only by spaces and commas: "12th of March, 1958", not "October. 2".
    private static func closeTogether(_ tokens: [Token], _ f: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        for k in a..<b {
            let from = tokens[k].span.end, to = tokens[k + 1].span.start
            guard to - from <= 3 else { return false }
            for p in from..<to where f[p] != " " && f[p] != "," { return false }
        }
        return true
    }
}

/// The key hashes of the words that introduce a date of birth.
private struct CueWords: Sendable {
    let dob = KeyHash.of("dob"), dateofbirth = KeyHash.of("dateofbirth"), birthdate = KeyHash.of("birthdate")
    let date = KeyHash.of("date"), of = KeyHash.of("of"), birth = KeyHash.of("birth"), day = KeyHash.of("day")
    let born = KeyHash.of("born"), birthday = KeyHash.of("birthday"), bday = KeyHash.of("bday")
    static let shared = CueWords()
}
