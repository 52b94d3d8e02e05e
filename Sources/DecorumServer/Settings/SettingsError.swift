/// Settings that cannot be used, each said as a sentence naming the variable to fix.
public struct SettingsError: Error, Sendable, CustomStringConvertible {
    public var problems: [String]
    public var description: String {
        "Decorum's settings cannot be used:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
