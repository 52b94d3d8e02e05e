/// A lock for async code: SQLite's one connection is held by one task at a time, so a transaction never
/// interleaves with another task's statements. First come, first served within a priority; an urgent
/// waiter (a webhook delivery, which Meta is waiting on) goes before every ordinary one (the workers).
actor AsyncLock {
    private var held = false
    private var urgent: [CheckedContinuation<Void, Never>] = []
    private var ordinary: [CheckedContinuation<Void, Never>] = []
    private var nextUrgent = 0
    private var nextOrdinary = 0

    func lock(urgent isUrgent: Bool) async {
        guard held else {
            held = true
            return
        }
        await withCheckedContinuation { continuation in
            if isUrgent { urgent.append(continuation) } else { ordinary.append(continuation) }
        }
    }

    func unlock() {
        if nextUrgent < urgent.count {
            let waiter = urgent[nextUrgent]
            nextUrgent += 1
            if nextUrgent == urgent.count {
                urgent.removeAll(keepingCapacity: true)
                nextUrgent = 0
            }
            waiter.resume()
        } else if nextOrdinary < ordinary.count {
            let waiter = ordinary[nextOrdinary]
            nextOrdinary += 1
            if nextOrdinary == ordinary.count {
                ordinary.removeAll(keepingCapacity: true)
                nextOrdinary = 0
            }
            waiter.resume()
        } else {
            held = false
        }
    }

    /// Runs `body` holding the lock.
    nonisolated func withLock<R: Sendable>(urgent: Bool = false, _ body: () async throws -> R) async throws -> R {
        await lock(urgent: urgent)
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
