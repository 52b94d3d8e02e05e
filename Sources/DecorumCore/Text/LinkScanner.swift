/// Finds web addresses in a text: full URLs ("https://…"), "www." addresses, and bare domains
/// ("bit.ly/3xYz", "nhs-login-verify.co") whose ending is a known top-level domain.
public enum LinkScanner {
    /// One web address found in a text.
    public struct Link: Sendable, Hashable {
        /// The whole address as written, path included.
        public var span: TextSpan
        /// Lower case, without "www.", a port or a trailing dot.
        public var host: String
        /// True when written with a scheme or "www.", so certainly meant as a link.
        public var isExplicit: Bool

        public init(span: TextSpan, host: String, isExplicit: Bool) {
            self.span = span
            self.host = host
            self.isExplicit = isExplicit
        }
    }

    /// Endings a bare "word.word" must have to count as a domain. Kept to real, commonly abused or
    /// common endings; words that end sentences often ("in", "it", "at", "so") are left out.
    static let topLevelDomains: Set<String> = Set("""
    com co uk org net io info xyz top ly gl me biz online site click link live shop store app ru cn tk ml ga cf gq
    buzz cam icu club vip win bid loan pro gg to be de eu us tv cc ws pw ai page website space fun today news life
    world best sbs cfd lol health care pharmacy help support gov edu int ie sh gd la nl pl se ch fr es ng pk ua ro
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Every link in the text, in order.
    public static func links(in text: AnalyzedText) -> [Link] {
        let f = text.folded
        let n = f.count
        var links = [Link]()
        var i = 0
        while i < n {
            let c = f[i]
            guard isHostChar(c), i == 0 || !continuesWord(f[i - 1]) else { i += 1; continue }
            // Every explicit link starts "http", "hxxp" or "www".
            if c == "h" || c == "w", let link = explicitLink(f, at: i) {
                links.append(link)
                i = link.span.end
                continue
            }
            var end = i
            while end < n, isHostChar(f[end]) || f[end] == "." { end += 1 }
            if end < n, f[end] == "@" { i = end + 1; continue }  // an e-mail address's name
            if let link = bareDomain(text, from: i, to: end) { links.append(link); i = link.span.end } else { i = max(end, i + 1) }
        }
        return links
    }

    /// A URL starting with a scheme or "www." at `i`.
    private static func explicitLink(_ f: [Unicode.Scalar], at i: Int) -> Link? {
        var hostStart: Int
        if hasPrefix(f, i, "https://") { hostStart = i + 8 }
        else if hasPrefix(f, i, "http://") { hostStart = i + 7 }
        else if hasPrefix(f, i, "hxxps://") { hostStart = i + 8 }
        else if hasPrefix(f, i, "hxxp://") { hostStart = i + 7 }
        else if hasPrefix(f, i, "www.") { hostStart = i }
        else { return nil }
        if hasPrefix(f, hostStart, "www.") { hostStart += 4 }
        var hostEnd = hostStart
        while hostEnd < f.count, isHostChar(f[hostEnd]) || f[hostEnd] == "." { hostEnd += 1 }
        let host = hostString(f, hostStart, hostEnd)
        guard host.contains(".") else { return nil }
        return Link(span: TextSpan(i, pathEnd(f, from: hostEnd)), host: host, isExplicit: true)
    }

    /// A bare "name.tld" in f[start..<end] (letters, digits, dots and dashes).
    private static func bareDomain(_ text: AnalyzedText, from start: Int, to end: Int) -> Link? {
        let f = text.folded
        var last = end
        while last > start, f[last - 1] == "." || f[last - 1] == "-" { last -= 1 }
        guard let dot = f[start..<last].lastIndex(of: "."), dot > start, dot + 1 < last, f[dot - 1] != "." else { return nil }
        let tld = hostString(f, dot + 1, last)
        guard topLevelDomains.contains(tld) else { return nil }
        // "everything.Me and my mum": a capital after the dot is a missing space, unless all is in capitals.
        let upper = text.scalars[dot + 1].properties.isUppercase
        if upper, text.scalars[start..<last].contains(where: { $0.properties.isLowercase }) { return nil }
        var hasLetter = false
        for k in start..<dot where Tokenizer.isLetter(f[k]) { hasLetter = true; break }
        guard hasLetter else { return nil }
        let spanEnd = last == end && end < f.count && f[end] == "/" ? pathEnd(f, from: end) : last
        return Link(span: TextSpan(start, spanEnd), host: hostString(f, start, last), isExplicit: false)
    }

    /// The end of a URL's path: up to white space or a bracket, without trailing punctuation.
    private static func pathEnd(_ f: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < f.count, !isURLStop(f[end]) { end += 1 }
        while end > start, ".,;:!?'\"".unicodeScalars.contains(f[end - 1]) { end -= 1 }
        return end
    }

    private static func hostString(_ f: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var last = end
        while last > start, f[last - 1] == "." || f[last - 1] == "\u{0}" { last -= 1 }
        return String(scalars: f[start..<last].lazy.filter { $0 != "\u{0}" })
    }

    @inline(__always)
    private static func hasPrefix(_ f: [Unicode.Scalar], _ i: Int, _ prefix: StaticString) -> Bool {
        var k = i
        for byte in UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount) {
            guard k < f.count, f[k].value == UInt32(byte) else { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    private static func isHostChar(_ s: Unicode.Scalar) -> Bool {
        Tokenizer.isLetter(s) || Tokenizer.isDigit(s) || s == "-" || s == "\u{0}"
    }

    /// Characters that make a preceding run part of something else (an e-mail, a path, a number).
    @inline(__always)
    private static func continuesWord(_ s: Unicode.Scalar) -> Bool {
        isHostChar(s) || s == "." || s == "@" || s == "/" || s == ":" || s == "_"
    }

    @inline(__always)
    private static func isURLStop(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case " ", "\n", "\t", "\r", "<", ">", "\"", "(", ")", "[", "]", "{", "}", "|": true
        default: false
        }
    }
}
