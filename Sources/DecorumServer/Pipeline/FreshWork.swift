import Synchronization

/// Actions planned a moment ago in this process (their jobs already claimed), handed straight to the
/// workers here rather than through the database. Only an optimisation: the jobs are durable, and if this
/// process dies before sending them their leases end and any worker, here or elsewhere, takes them.
public final class FreshWork: Sendable {
    private let queue = Mutex<[ActStep.Fresh]>([])
    let signal: WorkSignal

    public init(signal: WorkSignal) { self.signal = signal }

    func add(_ work: [ActStep.Fresh]) {
        guard !work.isEmpty else { return }
        queue.withLock { $0 += work }
        signal.notify()
    }

    /// Up to `limit` of the oldest waiting actions.
    func take(_ limit: Int) -> [ActStep.Fresh] {
        queue.withLock { queue in
            let taken = Array(queue.prefix(limit))
            queue.removeFirst(taken.count)
            return taken
        }
    }

    var count: Int { queue.withLock { $0.count } }
}
