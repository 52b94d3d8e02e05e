/// Finds street addresses: a house number, a street name and a street type ("Flat 2, 14 Meadow Close,
/// Quorn LE12 8BP"), or a street named after "lives at/on" without a number ("lives on Barrow Road").
enum AddressScanner {
    /// Words that are never part of a street name: they make "2 hours down the road" a distance.
    static let notNames: WordSet = WordSet("""
    the a an and or but of to for in on at by with from into onto my your his her our their its this that these
    those is was are were be been being i you he she we they it me him us them not no so very just more less
    than then there here what which who when where why how all any some every each both few many much most
    hours hour hrs hr minutes minute mins min seconds secs days day weeks week wks months month years year yrs
    times time people patients pounds quid miles mile metres meters yards feet foot tablets pills doses calls
    cars kids children down up across along over off out other wrong same whole entire only about around
    after before still again also too if as per via im ive id its one two three four five six seven eight nine ten
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Tokenizer.key(String($0)) })

    /// Verbs of "lives at/on Barrow Road".
    static let livingWords: WordSet = WordSet([
        "live", "lives", "living", "lived", "moved", "reside", "resides", "residing",
    ].map { Tokenizer.key($0) })
    /// Words before a number that make it something other than a house number ("Room 101").
    static let notHouseNumber: WordSet = WordSet([
        "room", "ward", "bay", "bed", "page", "level", "floor", "gate", "platform", "table", "bus", "route", "aged", "age", "size",
    ].map { Tokenizer.key($0) })
    static let flatWords: WordSet = WordSet(["flat", "apartment", "apt", "unit", "maisonette"].map { Tokenizer.key($0) })

    static func scan(_ text: AnalyzedText, postcodes: [IdentifierMatch], into found: inout [IdentifierMatch]) {
        let tokens = text.tokens
        var t = 0
        while t < tokens.count {
            guard let (first, type) = numbered(text, at: t) ?? cued(text, at: t) else { t += 1; continue }
            var start = first
            // "Flat 2, 14 Meadow Close".
            if first == t, t >= 2, flatWords.contains(tokens[t - 2]), tokens[t - 1].shape.contains(.hasDigit),
               tokens[t - 1].norm.utf8.count <= 4, tokens[t].span.start - tokens[t - 1].span.end <= 3 {
                start = t - 2
            }
            let (end, next) = extend(text, after: type, postcodes: postcodes)
            let span = TextSpan(tokens[start].span.start, end)
            found.append(IdentifierMatch(kind: .address, span: span, value: text.foldedText(span)))
            t = next
        }
    }

    /// "14 Meadow Close": returns the first token and the street type's token.
    private static func numbered(_ text: AnalyzedText, at t: Int) -> (Int, Int)? {
        let tokens = text.tokens
        guard isHouseNumber(tokens[t]) else { return nil }
        let start = tokens[t].span.start
        if start > 0 {
            switch text.folded[start - 1] {
            case "£", "$", "€", "/", ":", ".", ",", "-", "#", "+": return nil
            default: break
            }
        }
        if t > 0, notHouseNumber.contains(tokens[t - 1]) { return nil }
        guard let type = street(text, from: t + 1, requireCapitals: nil) else { return nil }
        return (t, type)
    }

    /// "lives on Barrow Road": returns the first word of the street and its type's token.
    private static func cued(_ text: AnalyzedText, at t: Int) -> (Int, Int)? {
        let tokens = text.tokens
        guard t + 3 < tokens.count, livingWords.contains(tokens[t]) else { return nil }
        switch tokens[t + 1].key {
        case "at", "on", "in", "to": break
        default: return nil
        }
        guard let type = street(text, from: t + 2, requireCapitals: false) else { return nil }
        return (t + 2, type)
    }

    /// One to four name words from token `s` and a street type after them; the longest such street.
    /// Everyday street types ("Close", "View") need capitals unless a cue says an address follows.
    private static func street(_ text: AnalyzedText, from s: Int, requireCapitals: Bool?) -> Int? {
        let tokens = text.tokens
        guard s < tokens.count else { return nil }
        var k = min(4, tokens.count - s - 1)
        while k >= 1 {
            let type = s + k
            if let everyday = StreetTypes.all[tokens[type].key], joinedBySpaces(text, s - 1, type) {
                let names = tokens[s..<type]
                // Capitals only tell a name from a word in mixed-case text: "2 GO N E WAY" is shouting.
                let shouting = names.allSatisfy { $0.shape.contains(.allCaps) || $0.norm.utf8.count == 1 }
                let capitals = !shouting && names.allSatisfy(\.isCapitalized) && tokens[type].isCapitalized
                let needsCapitals = requireCapitals ?? everyday
                let wordsOK = names.enumerated().allSatisfy { index, word in
                    word.shape.contains(.hasLetter) && !word.shape.contains(.hasDigit) && word.norm.utf8.count > 1
                        && (!notNames.contains(word.key) || (index == 0 && word.key == "the" && (k > 1 || capitals)))
                }
                if wordsOK, !needsCapitals || capitals { return type }
            }
            k -= 1
        }
        return nil
    }

    /// The end of an address after its street type: ", Town", ", Town" and a postcode.
    private static func extend(_ text: AnalyzedText, after type: Int, postcodes: [IdentifierMatch]) -> (end: Int, next: Int) {
        let tokens = text.tokens
        var end = tokens[type].span.end
        var next = type + 1
        var towns = 0
        while true {
            if let postcode = postcodes.first(where: { $0.span.start >= end && separators(text, end, $0.span.start, comma: false) }) {
                end = postcode.span.end
                next = text.tokenIndex(atOrAfter: end)
                break
            }
            guard towns < 2, next < tokens.count, isTownWord(tokens[next]), separators(text, end, tokens[next].span.start, comma: true) else { break }
            var w = next
            if w + 1 < tokens.count, isTownWord(tokens[w + 1]), separators(text, tokens[w].span.end, tokens[w + 1].span.start, comma: false),
               text.folded[tokens[w].span.end] == " " {
                w += 1
            }
            end = tokens[w].span.end
            next = w + 1
            towns += 1
        }
        return (end, next)
    }

    private static func isHouseNumber(_ token: Token) -> Bool {
        guard token.shape.contains(.hasDigit), token.span.length <= 5 else { return false }
        let bytes = Array(token.norm.utf8)
        var digits = 0
        while digits < bytes.count, bytes[digits] >= 0x30, bytes[digits] <= 0x39 { digits += 1 }
        guard (1...4).contains(digits), bytes[0] != 0x30 else { return false }
        return digits == bytes.count || (digits + 1 == bytes.count && bytes[digits] >= 0x61 && bytes[digits] <= 0x68)
    }

    private static func isTownWord(_ token: Token) -> Bool {
        token.isCapitalized && !token.shape.contains(.hasDigit) && !notNames.contains(token) && token.norm.utf8.count >= 3
    }

    /// Tokens from `a` to `b` are separated by single spaces, hyphens or an apostrophe's dot ("St. Mary's").
    private static func joinedBySpaces(_ text: AnalyzedText, _ a: Int, _ b: Int) -> Bool {
        let tokens = text.tokens
        for k in a..<b {
            let from = tokens[k].span.end, to = tokens[k + 1].span.start
            guard to - from <= 2 else { return false }
            for p in from..<to {
                let c = text.folded[p]
                guard c == " " || c == "-" || (c == "." && p == from && tokens[k].key == "st") else { return false }
            }
        }
        return true
    }

    /// Only spaces (and, when `comma`, exactly one comma) between two offsets, at most three characters.
    private static func separators(_ text: AnalyzedText, _ from: Int, _ to: Int, comma: Bool) -> Bool {
        guard to >= from, to - from <= 3 else { return false }
        var commas = 0
        for p in from..<to {
            switch text.folded[p] {
            case " ": continue
            case ",": commas += 1
            default: return false
            }
        }
        return comma ? commas == 1 : commas <= 1
    }
}
