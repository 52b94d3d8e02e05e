import DecorumCore

/// A readable view of a judgement for a terminal, with the evidence highlighted. The item's text is
/// hostile input: control characters and direction overrides are shown as escapes, never obeyed.
struct TableFormatter {
    var colour: Bool

    func format(item: Item, judgement: Judgement) -> String {
        let d = judgement.decision
        var lines = [String]()
        let categories = judgement.categories.map { "\($0.category.rawValue) \(Int(($0.confidence * 100).rounded()))%" }
        lines.append("\(bold(TerminalText.safe(item.id.rawValue)))  \(bold(d.action.rawValue.uppercased()))\(d.needsApproval ? " (needs approval)" : "")  rules: \(d.rules.map(\.rawValue).joined(separator: ", ").ifEmpty("—"))")
        lines.append("  categories: \(categories.joined(separator: ", ").ifEmpty("none"))")
        let spans = judgement.categories.flatMap { $0.evidence.map(\.span) } + judgement.entities.map(\.span)
        lines.append("  text: " + highlight(item.text, spans: spans))
        for c in judgement.categories {
            for e in c.evidence {
                lines.append("    · \(c.category.rawValue): \"\(TerminalText.safe(e.text))\" — \(e.reason) [\(e.detector)]")
            }
        }
        if !judgement.entities.isEmpty {
            lines.append("  entities: " + judgement.entities.map { "\($0.kind.rawValue)(\($0.subject.rawValue)) \"\(TerminalText.safe($0.text))\"" }.joined(separator: ", "))
        }
        for r in d.replies { lines.append("  \(r.channel.rawValue) reply: \(r.text)") }
        if !d.escalations.isEmpty {
            lines.append("  tell: " + d.escalations.map { "\($0.role.title)\($0.urgency == .urgent ? " (urgent)" : "")" }.joined(separator: ", "))
        }
        lines.append("  why: \(TerminalText.safe(d.explanation))")
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }

    /// The text with evidence spans marked: reverse video on a terminal, [[…]] otherwise.
    private func highlight(_ text: String, spans: [TextSpan]) -> String {
        let scalars = Array(text.unicodeScalars)
        var marked = [Bool](repeating: false, count: scalars.count)
        for s in spans { for i in max(0, s.start)..<min(scalars.count, max(s.start, s.end)) { marked[i] = true } }
        var out = ""
        var inside = false
        for (i, scalar) in scalars.enumerated() {
            if marked[i] != inside {
                inside = marked[i]
                out += inside ? (colour ? "\u{1B}[7m" : "[[") : (colour ? "\u{1B}[0m" : "]]")
            }
            out += TerminalText.safe(scalar)
        }
        if inside { out += colour ? "\u{1B}[0m" : "]]" }
        return out
    }
}

/// Makes untrusted text safe to print on a terminal.
enum TerminalText {
    static func safe(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars { out += safe(scalar) }
        return out
    }

    static func safe(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: return "⏎ "
        case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return "\\u{\(String(scalar.value, radix: 16))}"
        default: return String(scalar)
        }
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
