/// One reply from the mail server: a three-digit code and its lines of text (several for a multi-line reply,
/// `250-first` … `250 last`).
struct SMTPReply: Sendable, Hashable {
    let code: Int
    let lines: [String]

    /// The text of the reply, shortened: enough for an operator to see what the server said.
    var summary: String {
        let text = lines.joined(separator: " ")
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }

    /// Keywords of an EHLO reply (its lines after the first), upper-cased, each with its parameters.
    var extensions: [String: [String]] {
        var found = [String: [String]]()
        for line in lines.dropFirst() {
            // Some old servers write AUTH=LOGIN PLAIN.
            let words = line.split(whereSeparator: { $0 == " " || $0 == "=" }).map(String.init)
            guard let keyword = words.first?.uppercased() else { continue }
            found[keyword, default: []] += words.dropFirst().map { $0.uppercased() }
        }
        return found
    }

    /// Reads one line of a reply: its code, whether more lines follow, and its text.
    static func parse(line: String) -> (code: Int, more: Bool, text: String)? {
        let bytes = Array(line.utf8)
        guard bytes.count >= 3, bytes[0...2].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let code = Int(String(decoding: bytes[0...2], as: UTF8.self)), (200..<600).contains(code)
        else { return nil }
        if bytes.count == 3 { return (code, false, "") }
        switch bytes[3] {
        case UInt8(ascii: "-"): return (code, true, String(decoding: bytes[4...], as: UTF8.self))
        case UInt8(ascii: " "): return (code, false, String(decoding: bytes[4...], as: UTF8.self))
        default: return nil
        }
    }
}
