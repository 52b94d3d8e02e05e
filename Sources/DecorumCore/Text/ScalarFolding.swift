/// Folds one Unicode scalar to the lower-case ASCII-like form detectors compare: accents removed,
/// Cyrillic and Greek look-alikes mapped to Latin, typographic quotes to ASCII.
enum ScalarFolding {
    /// The folded scalar, or nil when the scalar is invisible (zero-width, direction controls).
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 32)! }
            return s
        }
        switch v {
        case 0x0300...0x036F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFE00...0xFE0F, 0xFEFF, 0x00AD: return nil
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC: return "'"
        case 0x201C, 0x201D, 0x201E, 0x2033: return "\""
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0xFF01...0xFF5E: return fold(Unicode.Scalar(v - 0xFEE0)!)
        default: break
        }
        if v >= 0xC0 && v <= 0x17F, let mapped = latinTable[Int(v - 0xC0)] { return mapped }
        if let mapped = lookalikes[v] { return mapped }
        // Other letters: lower-case them when that stays one scalar.
        let lower = s.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let first = lower.first { return first }
        return s
    }

    /// U+00C0…U+017F folded to ASCII lower case.
    private static let latinTable: [Unicode.Scalar?] = {
        let source =
            "aaaaaaaceeeeiiiidnooooo*ouuuuyts" +  // C0–DF (× at D7 → *, Þ → t, ß → s)
            "aaaaaaaceeeeiiiidnooooo/ouuuuyty" +  // E0–FF
            "aaaaaaccccccccddddeeeeeeeeeegggg" +  // 100–11F
            "gggghhhhiiiiiiiiiijjjjkkklllllll" +  // 120–13F
            "lllnnnnnnnnnoooooooorrrrrrssssss" +  // 140–15F
            "sstttttt" + "uuuuuuuuuuuuwwyyyzzzzzzs"  // 160–17F (ſ → s)
        var table = source.unicodeScalars.map { Optional($0) }
        while table.count < 0x17F - 0xC0 + 1 { table.append(nil) }
        return table
    }()

    /// Cyrillic and Greek letters that look Latin, used to dodge filters ("fаck" with a Cyrillic а).
    private static let lookalikes: [UInt32: Unicode.Scalar] = [
        0x0430: "a", 0x0410: "a", 0x0435: "e", 0x0415: "e", 0x043E: "o", 0x041E: "o", 0x0440: "p", 0x0420: "p",
        0x0441: "c", 0x0421: "c", 0x0445: "x", 0x0425: "x", 0x0443: "y", 0x0423: "y", 0x0456: "i", 0x0406: "i",
        0x0455: "s", 0x0405: "s", 0x043A: "k", 0x041A: "k", 0x043C: "m", 0x041C: "m", 0x0442: "t", 0x0422: "t",
        0x0412: "b", 0x043D: "h", 0x041D: "h", 0x0458: "j", 0x0408: "j",
        0x03B1: "a", 0x0391: "a", 0x03B5: "e", 0x0395: "e", 0x03BF: "o", 0x039F: "o", 0x03C1: "p", 0x03A1: "p",
        0x03BA: "k", 0x039A: "k", 0x03C4: "t", 0x03A4: "t", 0x03BD: "v", 0x03B9: "i", 0x0399: "i", 0x03C5: "u",
    ]

    /// Leetspeak digits and symbols read as letters inside a word.
    @inline(__always)
    static func leet(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s {
        case "0": "o"
        case "1", "!", "|": "i"
        case "3": "e"
        case "4", "@": "a"
        case "5", "$": "s"
        case "7", "+": "t"
        case "8": "b"
        case "9": "g"
        default: s
        }
    }
}
