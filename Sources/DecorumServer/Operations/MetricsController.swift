public import DecorumStore
public import Hummingbird

/// `GET /metrics`: Prometheus's text format. Gauges that live in the database (queue depth, open alerts)
/// are read at each scrape, so every instance sharing a database reports the same figures.
public struct MetricsController<Context: RequestContext>: Sendable {
    let metrics: DecorumMetrics
    let store: Store?

    public init(metrics: DecorumMetrics, store: Store?) {
        self.metrics = metrics
        self.store = store
    }

    public func addRoutes(to router: Router<Context>) {
        router.get("metrics") { _, _ -> Response in
            if let store {
                if let depth = try? await store.jobs.depth() {
                    metrics.queueDepth(queued: depth.queued, running: depth.running, failed: depth.failed)
                }
                if let open = try? await store.alerts.open(limit: 10_000) {
                    let urgent = open.filter { $0.severity == .urgent }.count
                    metrics.openAlerts(urgent: urgent, normal: open.count - urgent)
                }
            }
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: metrics.render())))
        }
    }
}
