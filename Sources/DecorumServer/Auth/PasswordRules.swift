/// What a password chosen by a person must be: long, not their login, not one of the passwords tried first
/// by anyone guessing. Length matters more than symbols, so there is no rule about character classes.
public enum PasswordRules {
    /// Fewest characters.
    public static let minimumLength = 12
    /// bcrypt reads only the first 72 bytes of a password; a longer one would be silently cut.
    public static let maximumBytes = 72

    /// Every way `password` falls short, as sentences saying what to change; empty when it is acceptable.
    public static func problems(_ password: String, login: String) -> [String] {
        var problems = [String]()
        let length = password.count
        if length < minimumLength {
            problems.append("Use at least \(minimumLength) characters (this one has \(length)); a few unrelated words together make a long password that is easy to remember.")
        }
        if password.utf8.count > maximumBytes {
            problems.append("Use at most \(maximumBytes) bytes: that is \(maximumBytes) plain letters, fewer with accented letters or emoji.")
        }
        if password.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            problems.append("Leave out control characters such as tabs and line breaks.")
        }
        let folded = password.lowercased()
        let loginFolded = login.lowercased()
        if !loginFolded.isEmpty && (folded == loginFolded || (loginFolded.count >= 4 && folded.contains(loginFolded))) {
            problems.append("Do not use your login (\(login)) in your password.")
        }
        if length >= minimumLength && isCommon(folded) {
            problems.append("This password is one of the first that anyone guessing would try; choose one that is yours alone.")
        }
        return problems
    }

    /// Well-known passwords of 12 or more characters, and ones built from a single repeated character or a
    /// keyboard or counting run.
    static func isCommon(_ folded: String) -> Bool {
        if common.contains(folded) { return true }
        if Set(folded).count <= 2 { return true }
        let stripped = String(folded.reversed().drop(while: { $0.isNumber || $0 == "!" }).reversed())
        if common.contains(stripped) || commonStems.contains(stripped) { return true }
        for run in ["0123456789", "1234567890", "9876543210", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1q2w3e4r5t6y7u8i9o0p"]
            where folded.count >= minimumLength && (run + run).contains(folded) {
            return true
        }
        return false
    }

    /// Whole passwords from breach lists that pass the length rule.
    static let common: Set<String> = [
        "123456789012", "1234567890123", "12345678910111213", "password1234", "password12345", "password123456",
        "passwordpassword", "qwertyuiop12", "qwerty123456", "qwertyqwerty", "1q2w3e4r5t6y", "1qaz2wsx3edc",
        "iloveyou1234", "administrator", "administrator1", "welcome12345", "letmein12345", "changeme1234",
        "trustno11234", "football1234", "baseball1234", "monkey123456", "sunshine1234", "princess1234",
        "starwars1234", "superman1234", "abc123456789", "aaaaaaaaaaaa", "111111111111", "000000000000",
        "123123123123", "picture12345", "passw0rd1234", "p@ssw0rd1234", "p@ssword1234", "qwerty123456789",
        "asdfghjkl123", "zxcvbnm12345", "correcthorsebatterystaple", "iloveyouiloveyou", "mypassword123",
        "secretpassword", "password!234", "password1!23", "welcomewelcome", "nhspassword123", "surgery12345",
        "doctor123456", "practice1234", "decorum12345", "facebook1234", "letmeinletmein",
    ]

    /// Words that, with only digits or `!` after them, make a password anyone would guess.
    static let commonStems: Set<String> = [
        "password", "passw0rd", "p@ssw0rd", "p@ssword", "qwerty", "qwertyuiop", "welcome", "letmein", "iloveyou",
        "admin", "administrator", "changeme", "football", "monkey", "sunshine", "princess", "dragon", "master",
        "summer", "winter", "spring", "autumn", "decorum", "surgery", "practice", "doctor", "nurse", "reception",
        "abc", "abcdef", "qazwsx", "trustno",
    ]
}
