/// Writes CSV (RFC 4180: fields with commas, quotes or line breaks quoted, quotes doubled, CRLF between
/// records) that is safe to open in a spreadsheet.
///
/// Every field is guarded first: characters that disguise or reorder text are written as their code
/// (`[U+202E]`, ``DisplayText/plain(_:)``), and a field a spreadsheet would run as a formula — one that begins
/// with `=`, `+`, `-`, `@`, a tab or a carriage return, even after leading spaces — gets a leading `'` (OWASP's
/// advice), so `=HYPERLINK(…)` arrives as text.
public struct CSVWriter: Sendable {
    /// The document so far.
    public private(set) var text: String

    /// An empty document; with `byteOrderMark`, it starts with U+FEFF, which Excel needs to read UTF-8.
    public init(byteOrderMark: Bool = false) {
        text = byteOrderMark ? "\u{FEFF}" : ""
    }

    /// Appends one record.
    public mutating func append(_ fields: [String]) {
        var first = true
        for field in fields {
            if !first { text += "," }
            text += Self.field(field)
            first = false
        }
        text += "\r\n"
    }

    /// One field, guarded and quoted as needed.
    public static func field(_ value: String) -> String {
        let guarded: String
        let needsQuotes: Bool
        if let ascii = ASCIIScan(value) {
            guarded = ascii.looksLikeFormula ? "'" + value : value
            needsQuotes = ascii.needsQuotes
        } else {
            guarded = Self.guarded(value)
            needsQuotes = guarded.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        }
        guard needsQuotes else { return guarded }
        var quoted = "\""
        for character in guarded.unicodeScalars {
            if character == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(character)
        }
        return quoted + "\""
    }

    /// The value made inert for a spreadsheet, before quoting: disguising characters shown, formulas neutralised.
    public static func guarded(_ value: String) -> String {
        if let ascii = ASCIIScan(value) { return ascii.looksLikeFormula ? "'" + value : value }
        let plain = DisplayText.plain(value)
        guard let first = plain.unicodeScalars.first else { return plain }
        if first == "\t" || first == "\r" { return "'" + plain }
        // Spreadsheets may trim leading spaces before deciding a cell is a formula.
        let start = plain.unicodeScalars.first { !$0.properties.isWhitespace }
        switch start {
        case "=", "+", "-", "@": return "'" + plain
        default: return plain
        }
    }

    /// Most cells are printable ASCII: one pass over their bytes says all a writer needs. Nil for anything else
    /// (other scalars, control characters), which takes the general path.
    private struct ASCIIScan {
        var needsQuotes = false
        var looksLikeFormula = false

        init?(_ value: String) {
            var leading = true
            var first = true
            for byte in value.utf8 {
                switch byte {
                case 0x09, 0x0A, 0x0D, 0x20...0x7E: break
                default: return nil
                }
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D { needsQuotes = true }
                if first && (byte == 0x09 || byte == 0x0D) { looksLikeFormula = true }
                first = false
                if leading && byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                    leading = false
                    if byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@") {
                        looksLikeFormula = true
                    }
                }
            }
        }
    }
}
