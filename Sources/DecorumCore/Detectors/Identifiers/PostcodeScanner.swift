/// Finds full UK postcodes ("LE12 8BP", "le128bp", "SW1A 1AA", "GIR 0AA"). An outward code alone
/// ("LE12") is a district, not an address, and is left alone.
enum PostcodeScanner {
    static func scan(_ text: AnalyzedText, into found: inout [IdentifierMatch]) {
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token.shape.contains(.hasLetter), token.shape.contains(.hasDigit) || token.norm == "gir" else { i += 1; continue }
            let chars = Array(token.norm.utf8)
            // Written together: "le128bp".
            if (5...7).contains(chars.count), isInward(chars.suffix(3)), isOutward(chars.dropLast(3)) {
                found.append(IdentifierMatch(kind: .postcode, span: token.span, value: token.norm.uppercased()))
                i += 1
                continue
            }
            // Written apart: "LE12 8BP".
            if (2...4).contains(chars.count), i + 1 < tokens.count, isOutward(chars[...]) {
                let next = tokens[i + 1]
                let gap = next.span.start - token.span.end
                let inward = Array(next.norm.utf8)
                if gap >= 1, gap <= 2, onlySpaces(text.folded, token.span.end, next.span.start), inward.count == 3, isInward(inward[...]),
                   !isOrdinal(next, inward) {
                    found.append(IdentifierMatch(kind: .postcode, span: TextSpan(token.span.start, next.span.end),
                                                 value: (token.norm + next.norm).uppercased()))
                    i += 2
                    continue
                }
            }
            i += 1
        }
    }

    /// The outward code: A9, A99, AA9, AA99, A9A, AA9A (or GIR), with the letters each position allows.
    static func isOutward(_ c: ArraySlice<UInt8>) -> Bool {
        let c = Array(c)
        if c == Array("gir".utf8) { return true }
        guard (2...4).contains(c.count), isLetter(c[0]), !"qvx".utf8.contains(c[0]) else { return false }
        switch c.count {
        case 2:
            return isDigit(c[1])
        case 3:
            if isDigit(c[1]) && isDigit(c[2]) { return true }                                      // A99
            if isLetter(c[1]) && isDigit(c[2]) { return !"ijz".utf8.contains(c[1]) }                  // AA9
            if isDigit(c[1]) && isLetter(c[2]) { return "abcdefghjkpstuw".utf8.contains(c[2]) }       // A9A
            return false
        default:
            guard isLetter(c[1]), !"ijz".utf8.contains(c[1]), isDigit(c[2]) else { return false }
            if isDigit(c[3]) { return true }                                                         // AA99
            return isLetter(c[3]) && "abehmnprvwxy".utf8.contains(c[3])                                // AA9A
        }
    }

    /// The inward code: a digit and two letters other than C, I, K, M, O, V.
    static func isInward(_ c: ArraySlice<UInt8>) -> Bool {
        guard c.count == 3 else { return false }
        let a = Array(c)
        return isDigit(a[0]) && isLetter(a[1]) && isLetter(a[2])
            && !"cikmov".utf8.contains(a[1]) && !"cikmov".utf8.contains(a[2])
    }

    /// "b4 2nd": an ordinal in lower case is text-speak, though "B4 2ND" would be a postcode.
    private static func isOrdinal(_ token: Token, _ c: [UInt8]) -> Bool {
        guard !token.shape.contains(.allCaps), !token.isCapitalized else { return false }
        switch (c[0], c[1], c[2]) {
        case (0x31, 0x73, 0x74), (0x32, 0x6E, 0x64), (0x33, 0x72, 0x64): return true       // 1st 2nd 3rd
        case (_, 0x74, 0x68): return c[0] != 0x31 && c[0] != 0x32 && c[0] != 0x33          // 4th … 9th, 0th
        default: return false
        }
    }

    private static func onlySpaces(_ f: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        for k in from..<to where f[k] != " " { return false }
        return true
    }

    @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
