import DecorumStore
import Foundation
import Synchronization

/// A clock that moves only when a test says so, for leases and run times.
final class ManualClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_750_000_000)) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }

    var storeClock: StoreClock { StoreClock { [self] in now } }
}
