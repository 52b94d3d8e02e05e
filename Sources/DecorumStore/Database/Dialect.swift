/// The SQL database behind a store.
public enum Dialect: String, Sendable, Hashable, CaseIterable {
    case sqlite
    case postgres
}
