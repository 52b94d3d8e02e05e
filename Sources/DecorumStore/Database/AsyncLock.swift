/// A first-come first-served lock for async code: SQLite's one connection is held by one task at a time,
/// so a transaction never interleaves with another task's statements.
actor AsyncLock {
    private var held = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var next = 0

    func lock() async {
        guard held else {
            held = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func unlock() {
        guard next < waiters.count else {
            held = false
            waiters.removeAll(keepingCapacity: true)
            next = 0
            return
        }
        let waiter = waiters[next]
        next += 1
        waiter.resume()
    }

    /// Runs `body` holding the lock.
    nonisolated func withLock<R: Sendable>(_ body: () async throws -> R) async throws -> R {
        await lock()
        do {
            let result = try await body()
            await unlock()
            return result
        } catch {
            await unlock()
            throw error
        }
    }
}
