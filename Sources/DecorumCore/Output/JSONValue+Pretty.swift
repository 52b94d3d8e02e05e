/// JSON laid out for people to read (evidence files a solicitor may open), with the same escaping as
/// ``JSONValue/serialized()``: the same value always gives the same text.
extension JSONValue {
    /// The value over several lines, each level indented by `indent` spaces, ending with a newline.
    public func prettyPrinted(indent: Int = 2) -> String {
        var out = ""
        writePretty(to: &out, level: 0, indent: indent)
        out += "\n"
        return out
    }

    private func writePretty(to out: inout String, level: Int, indent: Int) {
        let inner = String(repeating: " ", count: (level + 1) * indent)
        let closing = String(repeating: " ", count: level * indent)
        switch self {
        case .array(let values) where !values.isEmpty:
            out += "[\n"
            for (i, value) in values.enumerated() {
                out += inner
                value.writePretty(to: &out, level: level + 1, indent: indent)
                out += i < values.count - 1 ? ",\n" : "\n"
            }
            out += closing + "]"
        case .object(let pairs) where !pairs.isEmpty:
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += inner
                Self.writeString(key, to: &out)
                out += ": "
                value.writePretty(to: &out, level: level + 1, indent: indent)
                out += i < pairs.count - 1 ? ",\n" : "\n"
            }
            out += closing + "}"
        default:
            write(to: &out)
        }
    }
}
