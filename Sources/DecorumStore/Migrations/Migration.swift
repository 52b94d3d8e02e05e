/// One versioned step of the schema, as DDL statements for each dialect.
struct Migration: Sendable {
    let version: Int
    let name: String
    /// The statements, in order; fixed text only, never data.
    let statements: @Sendable (Dialect) -> [String]
}
