import SQLKit

/// One versioned step of the schema, as DDL statements for each dialect, and perhaps work on the rows
/// already there.
struct Migration: Sendable {
    let version: Int
    let name: String
    /// The statements, in order; fixed text only, never data.
    let statements: @Sendable (Dialect) -> [String]
    /// Run after the statements, in the same transaction: what SQL alone cannot do to the existing rows the
    /// same way in both dialects (hashing them, say).
    let data: (@Sendable (any SQLDatabase, Dialect) async throws -> Void)?

    init(
        version: Int, name: String, data: (@Sendable (any SQLDatabase, Dialect) async throws -> Void)? = nil,
        statements: @escaping @Sendable (Dialect) -> [String]
    ) {
        self.version = version
        self.name = name
        self.data = data
        self.statements = statements
    }
}
