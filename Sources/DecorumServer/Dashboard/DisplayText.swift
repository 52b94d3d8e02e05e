/// A patient's words made safe to show: Mustache escapes HTML, and this makes invisible characters that
/// could disguise or reorder the text (bidirectional overrides, zero-width characters) visible and inert.
public enum DisplayText {
    /// A run of the text: plain, or a control character shown by its code (`U+202E`).
    public struct Run: Sendable, Hashable {
        public var text: String
        public var isControl: Bool
    }

    /// The text as runs for a template (`{{#runs}}{{#isControl}}<span class="control-char">{{text}}</span>{{/isControl}}…`).
    public static func runs(_ text: String) -> [Run] {
        var runs = [Run]()
        var plain = ""
        for scalar in text.unicodeScalars {
            if isDisguising(scalar) {
                if !plain.isEmpty {
                    runs.append(Run(text: plain, isControl: false))
                    plain = ""
                }
                runs.append(Run(text: "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4), isControl: true))
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        if !plain.isEmpty { runs.append(Run(text: plain, isControl: false)) }
        return runs
    }

    /// The text with every disguising character replaced by its code in brackets, for plain-text places
    /// (CSV cells, page titles).
    public static func plain(_ text: String) -> String {
        runs(text).map { $0.isControl ? "[\($0.text)]" : $0.text }.joined()
    }

    /// Bidirectional embeddings, overrides and isolates, directional marks, zero-width characters and the
    /// like: they change how text reads without being seen.
    public static func isDisguising(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true  // bidi embeddings, overrides, isolates, marks
        case 0x200B...0x200D, 0x2060, 0xFEFF: true  // zero-width space, joiners, word joiner, BOM
        case 0x0000...0x0008, 0x000B, 0x000C, 0x000E...0x001F, 0x007F...0x009F: true  // other control characters
        default: false
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
