/// Patterns for SQL `LIKE … ESCAPE '\'` that take a person's or a platform's text literally: its own `%`,
/// `_` and `\` match only themselves. Both dialects read `ESCAPE '\'` the same way.
enum LikePattern {
    /// Text that contains `text`.
    static func containing(_ text: String) -> String { "%" + escaped(text) + "%" }

    /// Text that begins with `prefix`.
    static func startingWith(_ prefix: String) -> String { escaped(prefix) + "%" }

    private static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
