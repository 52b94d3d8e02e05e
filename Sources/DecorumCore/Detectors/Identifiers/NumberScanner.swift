/// Finds NHS numbers and phone numbers: runs of digit groups ("+44 (0)7700 900123", "943 476 5919"),
/// split into the longest groupings that make a valid number.
enum NumberScanner {
    /// One group of digits in a run, with how it was joined to the one before.
    struct Group {
        var start: Int
        var end: Int
        /// Indices into the run's digit values.
        var digits: Range<Int>
        /// How this group follows the previous one: 0 directly, or " ", "-", ".".
        var separator: UInt32
        var parenthesized: Bool
        /// Touches a letter, a currency sign, a slash or a colon: part of something else.
        var tainted = false
    }

    /// Words before a number that make it a reference rather than a personal identifier.
    static let referenceWords: Set<String> = [
        "order", "ref", "reference", "tracking", "invoice", "account", "acc", "acct", "booking", "ticket", "parcel",
        "policy", "membership", "serial", "transaction", "confirmation", "case", "claim", "barcode", "isbn",
        "customer", "receipt", "item", "product", "model", "code", "voucher", "pin", "card",
    ].reduce(into: []) { $0.insert(Tokenizer.key($1)) }

    /// Words that say a number is to be rung or texted.
    static let phoneWords: Set<String> = [
        "call", "calling", "ring", "dial", "phone", "ph", "tel", "telephone", "text", "txt", "whatsapp", "mobile", "mob",
        "contact", "helpline", "landline", "cell", "fone",
    ].reduce(into: []) { $0.insert(Tokenizer.key($1)) }

    /// Words that may stand between a reference word and its number: "order number is".
    static let numberWords: Set<String> = ["no", "number", "num", "nr", "id", "code", "is", "was", "its", "my", "our", "your", "the"]

    static func scan(_ text: AnalyzedText, into found: inout [IdentifierMatch]) {
        let f = text.folded
        let n = f.count
        var groups = [Group]()
        var digits = [UInt8]()
        var i = 0
        while i < n {
            let v = f[i].value
            let starts = isDigit(v) || ((v == 0x2B || v == 0x28) && i + 1 < n && isDigit(f[i + 1].value))
            guard starts else { i += 1; continue }
            groups.removeAll(keepingCapacity: true)
            digits.removeAll(keepingCapacity: true)
            let plus = v == 0x2B
            let end = readRun(f, from: plus ? i + 1 : i, &groups, &digits)
            if !groups.isEmpty {
                if taintedBefore(f, i) { groups[0].tainted = true }
                if taintedAfter(f, groups[groups.count - 1].end) { groups[groups.count - 1].tainted = true }
                segment(text, groups, digits, plus: plus, into: &found)
            }
            i = max(end, i + 1)
        }
    }

    /// Reads digit groups joined by a space, dash or dot (or parentheses) from `start`; returns the end.
    private static func readRun(_ f: [Unicode.Scalar], from start: Int, _ groups: inout [Group], _ digits: inout [UInt8]) -> Int {
        let n = f.count
        var p = start
        var separator: UInt32 = 0
        while p < n {
            let groupStart = p
            var paren = false
            if f[p] == "(" { paren = true; p += 1 }
            guard p < n, isDigit(f[p].value) else { return groupStart }
            let first = digits.count
            while p < n, isDigit(f[p].value), digits.count - first < 16 {
                digits.append(UInt8(f[p].value - 0x30))
                p += 1
            }
            if paren {
                guard p < n, f[p] == ")" else { return groupStart }
                p += 1
            }
            groups.append(Group(start: groupStart, end: p, digits: first..<digits.count, separator: separator, parenthesized: paren))
            if digits.count > 24 { return p }
            // The separator to the next group: spaces, one dash or dot, spaces; or nothing after ")".
            var q = p, spaces = 0
            var mark: UInt32 = 0
            while q < n, f[q] == " ", spaces < 2 { q += 1; spaces += 1 }
            if q < n, f[q] == "-" || f[q] == "." {
                mark = f[q].value
                q += 1
                spaces = 0
                while q < n, f[q] == " ", spaces < 2 { q += 1; spaces += 1 }
            }
            guard q < n else { return p }
            let next = f[q]
            let nextStarts = isDigit(next.value) || (next == "(" && q + 1 < n && isDigit(f[q + 1].value))
            guard nextStarts else { return p }
            if q == p, !(paren || next == "(") { return p }
            // A dot followed by a space ends a sentence rather than joining groups.
            if mark == 0x2E, q > p + 1 { return p }
            separator = mark != 0 ? mark : (q > p ? 0x20 : 0)
            p = q
        }
        return p
    }

    /// The longest runs of whole groups that make a number, left to right.
    private static func segment(_ text: AnalyzedText, _ groups: [Group], _ digits: [UInt8], plus: Bool, into found: inout [IdentifierMatch]) {
        var a = 0
        while a < groups.count {
            var best: (end: Int, match: IdentifierMatch)?
            var b = a + 1
            while b <= groups.count, groups[b - 1].digits.upperBound - groups[a].digits.lowerBound <= 15 {
                if let match = classify(text, groups[a..<b], digits, plus: plus && a == 0) { best = (b, match) }
                b += 1
            }
            if let best {
                found.append(best.match)
                a = best.end
            } else {
                a += 1
            }
        }
    }

    private static func classify(_ text: AnalyzedText, _ gs: ArraySlice<Group>, _ all: [UInt8], plus: Bool) -> IdentifierMatch? {
        guard let first = gs.first, let last = gs.last else { return nil }
        if gs.contains(where: \.tainted) { return nil }
        let d = all[first.digits.lowerBound..<last.digits.upperBound]
        var span = TextSpan(first.start, last.end)
        if plus { span.start -= 1 }
        // Abroad: "+33 6 12 34 56 78".
        let intl44 = plus ? d.starts(with: [4, 4]) : d.starts(with: [0, 0, 4, 4])
        if !intl44, plus || d.starts(with: [0, 0]) {
            let count = plus ? d.count : d.count - 2
            guard (10...15).contains(count), gs.count <= 7 else { return nil }
            return IdentifierMatch(kind: .phone, span: span, value: "+" + string(plus ? d : d.dropFirst(2)))
        }
        if intl44 {
            var rest = d.dropFirst(plus ? 2 : 4)
            if rest.first == 0 { rest = rest.dropFirst() }
            // Every group after the country code has two digits or more, except a trunk "(0)".
            let codeEnd = first.digits.lowerBound + (plus ? 2 : 4)
            for g in gs where g.digits.lowerBound >= codeEnd && g.digits.count < 2 && all[g.digits.lowerBound] != 0 { return nil }
            let national = [0] + rest
            guard isUKPhone(national) else { return nil }
            return IdentifierMatch(kind: .phone, span: span, value: string(national))
        }
        guard !plus, d.count >= 10, d.count <= 11 else { return nil }
        if gs.contains(where: { $0.digits.count < 2 }) { return nil }
        let cue = hasNHSCue(text, span)
        // "call 7679046492": a ten-digit number to ring is a phone number abroad, whatever its check digit.
        if d.count == 10, d.first != 0, !cue, gs.count <= 3, hasPhoneCue(text, span) {
            return IdentifierMatch(kind: .phone, span: span, value: string(d))
        }
        if d.count == 10, gs.allSatisfy({ $0.separator != 0x2E && !$0.parenthesized }), NHSNumber.isValid(d),
           d.contains(where: { $0 != d.first }) {
            let shape334 = gs.count == 3 && gs.map(\.digits.count) == [3, 3, 4]
            if d.first != 0, gs.count == 1 || shape334 || cue, cue || !isReference(text, span) {
                return IdentifierMatch(kind: .nhsNumber, span: span, value: string(d))
            }
            if d.first == 0, shape334 || cue {
                return IdentifierMatch(kind: .nhsNumber, span: span, value: string(d))
            }
        }
        guard d.first == 0, gs.count <= 5, gs.count == 1 || first.digits.count >= 3, isUKPhone(d),
              !isReference(text, span) else { return nil }
        return IdentifierMatch(kind: .phone, span: span, value: string(d))
    }

    /// A UK number in national form, by the length its prefix allows.
    static func isUKPhone(_ d: some Collection<UInt8>) -> Bool {
        let a = Array(d.prefix(4))
        guard a.count == 4, a[0] == 0 else { return false }
        switch a[1] {
        case 7: return d.count == 11
        case 1: return d.count == 10 || d.count == 11
        case 2, 3, 5, 9: return d.count == 11
        case 8: return d.count == 11 || (d.count == 10 && a[2] == 0 && (a[3] == 0 || a[3] == 8))
        default: return false
        }
    }

    /// "NHS" within a few words of the number.
    private static func hasNHSCue(_ text: AnalyzedText, _ span: TextSpan) -> Bool {
        let t = text.tokenIndex(atOrAfter: span.start)
        let lo = max(0, t - 8)
        var hi = t
        while hi < text.tokens.count, text.tokens[hi].span.start < span.end { hi += 1 }
        hi = min(text.tokens.count, hi + 4)
        for k in lo..<hi where text.tokens[k].key == "nhs" || text.tokens[k].key == "nhsno" { return true }
        return false
    }

    /// "call", "ring", "text" or "mobile" just before the number.
    private static func hasPhoneCue(_ text: AnalyzedText, _ span: TextSpan) -> Bool {
        let t = text.tokenIndex(atOrAfter: span.start)
        for k in max(0, t - 6)..<t where phoneWords.contains(text.tokens[k].key) { return true }
        return false
    }

    /// An order, account or tracking number rather than a person's: "order 123…", "ref no. 123…",
    /// "our order number is 123…".
    private static func isReference(_ text: AnalyzedText, _ span: TextSpan) -> Bool {
        let t = text.tokenIndex(atOrAfter: span.start)
        var k = t - 1
        while k >= max(0, t - 5) {
            let key = text.tokens[k].key
            if referenceWords.contains(key) { return true }
            guard numberWords.contains(key) else { return false }
            k -= 1
        }
        return false
    }

    private static func taintedBefore(_ f: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = f[i - 1]
        if Tokenizer.isLetter(p) || isDigit(p.value) { return true }
        switch p {
        case "£", "$", "€", "#", "/", "=", "&", "_", "@", "%", "*", "\\": return true
        case ".", ",", ":", "-": return i > 1 && isDigit(f[i - 2].value)
        default: return false
        }
    }

    private static func taintedAfter(_ f: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i < f.count else { return false }
        let p = f[i]
        if Tokenizer.isLetter(p) || isDigit(p.value) { return true }
        switch p {
        case "£", "$", "€", "%", "/", "=", "&", "_", "@", "*", "\\": return true
        case ".", ",", ":", "-": return i + 1 < f.count && isDigit(f[i + 1].value)
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    private static func string(_ d: some Collection<UInt8>) -> String {
        String(decoding: d.map { $0 + 0x30 }, as: UTF8.self)
    }
}
