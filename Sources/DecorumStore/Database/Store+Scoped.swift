public import Logging

extension Store {
    /// Opens and migrates the database at `url`, runs `body` with it, and closes it whether `body` returns or throws.
    public static func withOpenMigrated<R: Sendable>(
        _ url: DatabaseURL, logger: Logger, clock: StoreClock = .system, _ body: (Store) async throws -> R
    ) async throws -> R {
        let store = try await openMigrated(url, logger: logger, clock: clock)
        let result: R
        do {
            result = try await body(store)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
        return result
    }
}
