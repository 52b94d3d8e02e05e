/// Finds e-mail addresses ("jo.bloggs@gmail.com", "jo.bloggs [at] gmail.com") by scanning out from each "@".
enum EmailScanner {
    /// Top-level domains longer than two letters that people's addresses use; any two-letter country
    /// domain is accepted too. "msg@kiosk.Valid" and "5000@sq.mtr" are not addresses.
    static let longDomains: Set<String> = """
    com org net edu gov mil int info biz name pro mobi asia travel jobs tel aero coop museum
    app dev io online site website space store shop club live life world today email tech top xyz icu win vip
    fun cloud digital news media blog link click center centre company solutions services agency group global
    london scot wales cymru nhs health care clinic doctor family help support
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).reduce(into: []) { $0.insert(String($1)) }

    static func scan(_ text: AnalyzedText, into found: inout [IdentifierMatch]) {
        let f = text.folded
        let n = f.count
        var i = 0
        while i < n {
            // "@", or "(at)" / "[at]" written out to dodge scrapers.
            var atStart = -1, atEnd = -1
            if f[i] == "@" {
                atStart = i
                atEnd = i + 1
            } else if (f[i] == "(" || f[i] == "["), i + 3 < n, f[i + 1] == "a", f[i + 2] == "t", f[i + 3] == (f[i] == "(" ? ")" : "]") {
                atStart = i
                atEnd = i + 4
                if atStart > 0, f[atStart - 1] == " " { atStart -= 1 }
                if atEnd < n, f[atEnd] == " " { atEnd += 1 }
            }
            guard atStart >= 0 else { i += 1; continue }
            if let match = email(f, atStart: atStart, atEnd: atEnd) {
                found.append(match)
                i = match.span.end
            } else {
                i = atEnd
            }
        }
    }

    private static func email(_ f: [Unicode.Scalar], atStart: Int, atEnd: Int) -> IdentifierMatch? {
        let n = f.count
        // The local part, backwards.
        var l = atStart
        while l > 0, isLocal(f[l - 1]) { l -= 1 }
        while l < atStart, f[l] == "." || f[l] == "-" || f[l] == "'" { l += 1 }
        guard l < atStart, f[atStart - 1] != ".", atStart - l <= 64 else { return nil }
        if l > 0, f[l - 1] == "@" || f[l - 1] == "/" || f[l - 1] == ":" { return nil }
        for k in l..<(atStart - 1) where f[k] == "." && f[k + 1] == "." { return nil }
        // The domain, forwards: labels of letters, digits and dashes joined by dots.
        var d = atEnd
        while d < n, Tokenizer.isLetter(f[d]) || NumberScanner.isDigit(f[d].value) || f[d] == "-" || f[d] == "." { d += 1 }
        while d > atEnd, f[d - 1] == "." || f[d - 1] == "-" { d -= 1 }
        guard d > atEnd else { return nil }
        var domain = String.UnicodeScalarView()
        domain.append(contentsOf: f[atEnd..<d])
        let host = String(domain)
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.count <= 63 && $0.first != "-" && $0.last != "-" }),
              let tld = labels.last, tld.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }),
              tld.count == 2 || longDomains.contains(String(tld)) else { return nil }
        var local = String.UnicodeScalarView()
        local.append(contentsOf: f[l..<atStart].lazy.filter { $0 != " " })
        return IdentifierMatch(kind: .email, span: TextSpan(l, d), value: String(local) + "@" + host)
    }

    @inline(__always)
    private static func isLocal(_ s: Unicode.Scalar) -> Bool {
        if Tokenizer.isLetter(s) || NumberScanner.isDigit(s.value) { return true }
        switch s {
        case ".", "_", "%", "+", "-", "'": return true
        default: return false
        }
    }
}
