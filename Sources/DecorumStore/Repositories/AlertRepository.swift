/// Alerts for people, kept until someone acknowledges them.
public protocol AlertRepository: Sendable {
    /// Raises the alert, unless one with the same dedupe key is still open: then returns nil.
    @discardableResult
    func raise(_ request: AlertRequest) async throws -> Alert?
    /// Open alerts, urgent first, then oldest first.
    func open(limit: Int) async throws -> [Alert]
    /// Records who acknowledged the alert; acknowledging twice keeps the first.
    @discardableResult
    func acknowledge(_ id: Int64, by person: String) async throws -> Alert
}
