/// Lets only a few browsers run at once in a test run: tests run in parallel, and a dozen
/// Chromiums starting together on CI's two cores would time each other out.
actor BrowserGate {
    /// The gate every `BrowserSession.withBrowser` passes through.
    static let shared = BrowserGate(permits: 2)

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
