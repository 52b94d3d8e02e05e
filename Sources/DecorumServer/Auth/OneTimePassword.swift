/// Passwords Decorum makes for a person to type once (first run, a reset) and then replace.
public enum OneTimePassword {
    /// Letters and digits that cannot be mistaken for one another: no 0/O/o, 1/l/I/i, 2/Z, 5/S or 8/B.
    public static let alphabet = Array("abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789")

    /// 20 characters from ``alphabet`` (about 112 bits), in groups of five joined by hyphens to read aloud or copy.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        var groups = [String]()
        for _ in 0..<4 {
            groups.append(String((0..<5).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }))
        }
        return groups.joined(separator: "-")
    }
}
