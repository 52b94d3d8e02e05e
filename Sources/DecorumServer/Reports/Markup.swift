/// Text made safe for SVG and HTML, in element content and in quoted attribute values alike.
///
/// Labels can come from a practice's policy, so nothing is trusted: characters that disguise or reorder text
/// are shown by their code (``DisplayText/plain(_:)``), characters XML cannot hold become U+FFFD, and
/// `&`, `<`, `>`, `"` and `'` become entities.
enum Markup {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in DisplayText.plain(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{FFFE}", "\u{FFFF}": out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An identifier for `id` attributes and `url(#…)` references: lower-case letters, digits and hyphens only.
    static func identifier(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "0"..."9", "-": Character(scalar)
            default: "-"
            }
        }
        let id = String(kept)
        return id.first.map { ("a"..."z").contains($0) } == true ? id : "c-" + id
    }
}
