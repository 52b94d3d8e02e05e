public import DecorumMeta
public import DecorumStore
public import Hummingbird
public import Logging

/// Judging webhook deliveries as they arrive: the step, the name the act jobs are claimed under, their
/// lease, and the queue this process's workers take the fresh actions from.
public struct InlineJudging: Sendable {
    let ingest: IngestStep
    let claimant: String
    let lease: Duration
    let handoff: FreshWork

    public init(ingest: IngestStep, claimant: String, lease: Duration, handoff: FreshWork) {
        self.ingest = ingest
        self.claimant = claimant
        self.lease = lease
        self.handoff = handoff
    }
}

/// `GET /webhooks/meta` answers Meta's subscription handshake; `POST /webhooks/meta` takes a
/// delivery: the signature is checked before anything else (wrong or missing: 401, logged, nothing
/// stored), the body is parsed, and each change is stored with a job to judge it in one transaction.
/// The answer is 200 only once that transaction has committed, and a change Meta delivers again is
/// recognised by its key and neither stored nor queued twice.
public struct WebhookController<Context: RequestContext>: Sendable {
    /// The job that judges one stored change.
    public static var ingestJob: JobKind { "ingest_change" }

    let store: Store
    let appSecret: String
    let verifyToken: String
    let maxBodyBytes: Int
    let signal: WorkSignal?
    let metrics: DecorumMetrics?
    let logger: Logger
    let batcher: DeliveryBatcher

    /// With `judging`, deliveries are judged as they are stored and their actions handed to this process's
    /// workers (see ``DeliveryBatcher``); without, each change is queued for a worker to judge.
    public init(
        store: Store, appSecret: String, verifyToken: String, maxBodyBytes: Int = WebhookPayload.defaultMaxBytes,
        signal: WorkSignal? = nil, metrics: DecorumMetrics? = nil, judging: InlineJudging? = nil, logger: Logger
    ) {
        self.store = store
        self.appSecret = appSecret
        self.verifyToken = verifyToken
        self.maxBodyBytes = maxBodyBytes
        self.signal = signal
        self.metrics = metrics
        self.logger = logger
        batcher = DeliveryBatcher(store: store, inline: judging.map {
            DeliveryBatcher.Inline(ingest: $0.ingest, claimant: $0.claimant, lease: $0.lease, handoff: $0.handoff, metrics: metrics)
        })
    }

    public func addRoutes(to group: RouterGroup<Context>) {
        group.get(use: handshake)
        group.post(use: receive)
    }

    @Sendable func handshake(_ request: Request, context: Context) async throws -> Response {
        let query = request.uri.queryParameters
        guard let challenge = WebhookHandshake.answer(
            mode: query.get("hub.mode"), verifyToken: query.get("hub.verify_token"),
            challenge: query.get("hub.challenge"), expected: verifyToken
        ) else {
            logger.warning("refused a webhook subscription handshake: wrong mode or verify token")
            throw HTTPError(.forbidden, message: "The verify token does not match.")
        }
        return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: challenge)))
    }

    /// The `X-Hub-Signature-256` header's value (header names are case-insensitive).
    static func signature(in request: Request) -> String? {
        let wanted = WebhookSignature.headerName.lowercased()
        return request.headers.first { $0.name.canonicalName == wanted }?.value
    }

    @Sendable func receive(_ request: Request, context: Context) async throws -> Response {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBodyBytes)
        } catch {
            logger.warning("refused a webhook delivery larger than the limit", metadata: ["limit": "\(maxBodyBytes)"])
            metrics?.webhookDelivery("too_large")
            throw HTTPError(.contentTooLarge, message: "The delivery is larger than \(maxBodyBytes) bytes.")
        }
        let bytes = Array(body.readableBytesView)
        guard WebhookSignature.verify(body: bytes, header: Self.signature(in: request), appSecret: appSecret) else {
            logger.warning("rejected a webhook delivery: X-Hub-Signature-256 missing or wrong", metadata: ["bytes": "\(bytes.count)"])
            metrics?.webhookDelivery("bad_signature")
            throw HTTPError(.unauthorized, message: "The X-Hub-Signature-256 signature is missing or wrong.")
        }
        let changes: [FeedChange]
        do {
            changes = try WebhookPayload.parse(bytes, maxBytes: maxBodyBytes)
        } catch {
            logger.warning("refused a signed webhook delivery that cannot be read", metadata: ["bytes": "\(bytes.count)"])
            metrics?.webhookDelivery("unreadable")
            throw HTTPError(.badRequest, message: "\(error)")
        }
        let accepted = try await batcher.store(changes, receivedAt: store.clock.now())
        if accepted > 0 { signal?.notify() }
        metrics?.webhookDelivery("accepted", changes: accepted)
        if changes.count > accepted { metrics?.webhookDelivery("duplicate", changes: changes.count - accepted) }
        logger.debug("webhook delivery stored", metadata: ["changes": "\(changes.count)", "new": "\(accepted)"])
        return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "EVENT_RECEIVED")))
    }
}
