/// Lets only a few heavy fixtures run at once. Swift Testing starts every test together; on CI's two cores a
/// dozen Chromiums, or a dozen live harnesses (two servers and a worker each) next to the bcrypt tests, would
/// starve one another, and their waits would measure the queue for the CPU rather than what they test.
actor TestGate {
    /// The gate every `BrowserSession.withBrowser` passes through.
    static let browsers = TestGate(permits: 2)
    /// The gate every `ServiceHarness.run` passes through; a harness's waits start once it holds a permit.
    static let harnesses = TestGate(permits: 2)

    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(permits: Int) { available = permits }

    /// Waits for a permit; every `enter()` must be matched by one `leave()`.
    func enter() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Returns a permit, handing it straight to the longest waiter if there is one.
    func leave() {
        if waiting.isEmpty {
            available += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
