public import Hummingbird

/// `/healthz` (the process is up) and `/readyz` (it can do its work: the readiness check passes).
public struct HealthController<Context: RequestContext>: Sendable {
    /// Says what is not ready, or nil when ready.
    let readiness: @Sendable () async -> String?

    public init(readiness: @escaping @Sendable () async -> String? = { nil }) {
        self.readiness = readiness
    }

    public func addRoutes(to router: Router<Context>) {
        router.get("healthz") { _, _ in "ok\n" }
        router.get("readyz") { _, _ -> Response in
            if let problem = await readiness() {
                return Response(status: .serviceUnavailable, body: .init(byteBuffer: ByteBuffer(string: "not ready: \(problem)\n")))
            }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ready\n")))
        }
    }
}
