import CoreMetrics
public import DecorumCore
import Metrics
public import Prometheus

/// Decorum's operational metrics, exposed for Prometheus at `/metrics`: what arrived, what was decided,
/// what was done and how long it took, and what the Graph API refused.
///
/// Made through swift-metrics with an explicit factory over this instance's own registry, so nothing
/// global is bootstrapped and two servers in one process (tests) keep separate figures.
public struct DecorumMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    static let latencyLabel = "decorum_webhook_to_action_seconds"

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets[Self.latencyLabel] = [
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(30),
            .seconds(60), .seconds(300),
        ]
        self.factory = factory
    }

    /// A webhook delivery and what became of it (`accepted`, `duplicate`, `bad_signature`, `unreadable`, `too_large`).
    public func webhookDelivery(_ result: String, changes: Int = 1) {
        Counter(label: "decorum_webhook_deliveries_total", dimensions: [("result", result)], factory: factory).increment(by: changes)
    }

    /// An item (new or edited) stored, by kind (`post`, `comment`, `reply`) and source (`webhook`, `sync`).
    public func itemReceived(kind: String) {
        Counter(label: "decorum_items_received_total", dimensions: [("kind", kind)], factory: factory).increment()
    }

    /// A decision, counted once per category found (`none` for a clean item) and by action.
    public func decision(categories: [Category], action: Action) {
        Counter(label: "decorum_decisions_total", dimensions: [("action", action.rawValue)], factory: factory).increment()
        let names = categories.isEmpty ? ["none"] : categories.map(\.rawValue)
        for name in names {
            Counter(label: "decorum_decision_categories_total", dimensions: [("category", name)], factory: factory).increment()
        }
    }

    /// An action's outcome (`done`, `failed`, `retry`, `reconciled`, `waiting_for_token`), by kind.
    public func action(_ kind: String, outcome: String) {
        Counter(label: "decorum_actions_total", dimensions: [("kind", kind), ("outcome", outcome)], factory: factory).increment()
    }

    /// Time from the webhook's receipt to the action done on the platform.
    public func webhookToAction(_ duration: Duration) {
        Timer(label: Self.latencyLabel, dimensions: [], factory: factory).recordNanoseconds(duration.nanoseconds)
    }

    /// A Graph API call refused or failed, by class (`transient`, `rate_limited`, `token_expired`, `permanent`) and code.
    public func graphError(kind: String, code: Int?) {
        Counter(label: "decorum_graph_errors_total", dimensions: [("kind", kind), ("code", code.map(String.init) ?? "none")], factory: factory)
            .increment()
    }

    /// The job queue's depth, set before each scrape.
    public func queueDepth(queued: Int, running: Int, failed: Int) {
        for (state, value) in [("queued", queued), ("running", running), ("failed", failed)] {
            Gauge(label: "decorum_queue_jobs", dimensions: [("state", state)], factory: factory).record(value)
        }
    }

    /// Open alerts, set before each scrape.
    public func openAlerts(urgent: Int, normal: Int) {
        Gauge(label: "decorum_open_alerts", dimensions: [("severity", "urgent")], factory: factory).record(urgent)
        Gauge(label: "decorum_open_alerts", dimensions: [("severity", "normal")], factory: factory).record(normal)
    }

    /// Everything, in Prometheus's text format.
    public func render() -> String { registry.emitToString() }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
