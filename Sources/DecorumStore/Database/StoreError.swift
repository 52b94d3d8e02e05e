/// What went wrong in the store, in words an operator can act on.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database URL could not be understood (the URL is shown with its password hidden).
    case invalidDatabaseURL(String, reason: String)
    /// The database could not be opened or reached (the URL is shown with its password hidden).
    case cannotConnect(String, reason: String)
    /// A migration failed; the database is left at the version before it.
    case migrationFailed(version: Int, name: String, reason: String)
    /// The database was migrated by a newer Decorum than this one.
    case schemaTooNew(databaseVersion: Int, knownVersion: Int)
    /// No row with this identifier exists in the table.
    case notFound(table: String, id: String)
    /// A state change that the row's current state does not allow.
    case invalidTransition(table: String, id: String, from: String, to: String)
    /// A worker tried to finish a job whose lease it no longer holds (it expired and another worker took the job).
    case leaseLost(job: Int64, worker: String)
    /// A value read from the database is not one Decorum writes.
    case corruptRow(table: String, column: String, value: String)
    /// A value passed to the store is out of range.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .invalidDatabaseURL(let url, let reason):
            "The database URL \"\(url)\" is not valid: \(reason). Use a file path (./decorum.sqlite), "
                + "sqlite:///absolute/path.sqlite, sqlite::memory: or postgres://user:password@host:5432/database."
        case .cannotConnect(let url, let reason):
            "Decorum could not open the database \(url): \(reason). Check DECORUM_DATABASE_URL, that the server is running, and the credentials."
        case .migrationFailed(let version, let name, let reason):
            "Database migration \(version) (\(name)) failed: \(reason). Nothing of it was applied; fix the cause and start Decorum again."
        case .schemaTooNew(let databaseVersion, let knownVersion):
            "The database is at schema version \(databaseVersion) but this Decorum knows only up to \(knownVersion): "
                + "it was used by a newer Decorum. Run the newer version, or restore a backup taken before the upgrade."
        case .notFound(let table, let id):
            "There is no \(table) row with id \(id)."
        case .invalidTransition(let table, let id, let from, let to):
            "The \(table) row \(id) is \(from) and cannot become \(to)."
        case .leaseLost(let job, let worker):
            "Worker \(worker) no longer holds job \(job): its lease expired and the job was claimed again or finished, so this result is discarded."
        case .corruptRow(let table, let column, let value):
            "The \(table).\(column) value \"\(value.prefix(64))\" is not one Decorum writes; the database may have been edited by hand."
        case .invalidArgument(let message):
            message
        }
    }
}
