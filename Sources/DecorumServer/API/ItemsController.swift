import DecorumCore
public import DecorumStore
import HTTPTypes
public import Hummingbird

/// The moderation queue over HTTP: list items by status, read one with its history, approve what Decorum
/// proposes, dismiss it with a reason, or choose another action. Bearer-token auth is the router's.
public struct ItemsController<Context: RequestContext>: Sendable {
    let store: Store
    let desk: ModerationDesk
    let maxBodyBytes: Int

    public init(store: Store, desk: ModerationDesk, maxBodyBytes: Int = 64 * 1024) {
        self.store = store
        self.desk = desk
        self.maxBodyBytes = maxBodyBytes
    }

    static var idempotencyKey: HTTPField.Name { HTTPField.Name("Idempotency-Key")! }

    public func addRoutes(to group: RouterGroup<Context>) {
        group.get("items", use: list)
        group.get("items/:id", use: show)
        group.post("items/:id/approve", use: approve)
        group.post("items/:id/dismiss", use: dismiss)
        group.post("items/:id/actions", use: act)
        group.get("alerts", use: alerts)
        group.post("alerts/:id/acknowledge", use: acknowledge)
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let query = request.uri.queryParameters
        var itemQuery = ItemQuery()
        if let statuses = query.get("status") {
            itemQuery.statuses = try statuses.split(separator: ",").map { raw in
                guard let status = ItemStatus(rawValue: String(raw)) else {
                    throw HTTPError(.badRequest, message: "\"\(raw.prefix(40))\" is not a status. Statuses are: \(ItemStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                return status
            }
        }
        if let page = query.get("page") { itemQuery.page = PageID(page) }
        if let author = query.get("author") { itemQuery.author = AuthorID(author) }
        if let limit = query.get("limit") {
            guard let n = Int(limit), (1...500).contains(n) else {
                throw HTTPError(.badRequest, message: "limit must be a whole number from 1 to 500.")
            }
            itemQuery.limit = n
        }
        if let after = query.get("after") {
            guard let cursor = ItemCursor(token: after) else { throw HTTPError(.badRequest, message: "after is not a cursor this API gave out.") }
            itemQuery.after = cursor
        }
        let items = try await store.items.list(itemQuery)
        let actions = try await store.actions.list(for: items.map(\.item.id))
        var rendered = [JSONValue]()
        for stored in items {
            let decision = try await store.decisions.latest(for: stored.item.id)
            rendered.append(ItemJSON.item(stored, decision: decision, actions: actions[stored.item.id] ?? []))
        }
        let next: JSONValue = items.count == itemQuery.limit
            ? .string(ItemCursor(lastSeen: items.last!.lastSeen, id: items.last!.item.id).token) : .null
        return Self.json(.object([("items", .array(rendered)), ("next", next)]))
    }

    @Sendable func show(_ request: Request, context: Context) async throws -> Response {
        let id = try Self.itemID(context)
        guard let stored = try await store.items.item(id) else { throw HTTPError(.notFound, message: "There is no item \(id).") }
        var json = try await itemJSON(stored)
        if case .object(var fields) = json {
            fields.append(("revisions", .array(try await store.items.revisions(of: id).map(ItemJSON.revision))))
            fields.append(("decisions", .array(try await store.decisions.list(for: id).map(ItemJSON.decision))))
            fields.append(("audit", .array(try await store.audit.list(for: id).map(ItemJSON.audit))))
            json = .object(fields)
        }
        return Self.json(json)
    }

    @Sendable func approve(_ request: Request, context: Context) async throws -> Response {
        let id = try Self.itemID(context)
        let body = try await Self.body(request, limit: maxBodyBytes, required: false)
        try await DeskError.answering { try await desk.approve(id, by: Self.actor(body), note: body.string("note")) }
        return try await Self.json(itemJSON(try await storedItem(id)))
    }

    @Sendable func dismiss(_ request: Request, context: Context) async throws -> Response {
        let id = try Self.itemID(context)
        let body = try await Self.body(request, limit: maxBodyBytes, required: true)
        try await DeskError.answering { try await desk.dismiss(id, by: Self.actor(body), reason: body.string("reason") ?? "") }
        return try await Self.json(itemJSON(try await storedItem(id)))
    }

    @Sendable func act(_ request: Request, context: Context) async throws -> Response {
        let id = try Self.itemID(context)
        let body = try await Self.body(request, limit: maxBodyBytes, required: true)
        guard let raw = body.string("kind"), let kind = ActionKind(rawValue: raw) else {
            throw HTTPError(.badRequest, message: "kind must be one of: \(ActionKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let key = request.headers[Self.idempotencyKey]
        let action = try await DeskError.answering {
            try await desk.request(kind, on: id, by: Self.actor(body), reason: body.string("reason") ?? "", text: body.string("text"),
                                   idempotencyKey: key)
        }
        return Self.json(ItemJSON.action(action), status: .accepted)
    }

    @Sendable func alerts(_ request: Request, context: Context) async throws -> Response {
        Self.json(.object([("alerts", .array(try await store.alerts.open(limit: 200).map(ItemJSON.alert)))]))
    }

    @Sendable func acknowledge(_ request: Request, context: Context) async throws -> Response {
        guard let raw = context.parameters.get("id"), let id = Int64(raw) else { throw HTTPError(.badRequest, message: "An alert id is a number.") }
        let body = try await Self.body(request, limit: maxBodyBytes, required: false)
        do {
            return Self.json(ItemJSON.alert(try await store.alerts.acknowledge(id, by: Self.actor(body))))
        } catch StoreError.notFound {
            throw HTTPError(.notFound, message: "There is no alert \(id).")
        }
    }

    // MARK: - Helpers

    private func storedItem(_ id: ItemID) async throws -> StoredItem {
        guard let stored = try await store.items.item(id) else { throw HTTPError(.notFound, message: "There is no item \(id).") }
        return stored
    }

    private func itemJSON(_ stored: StoredItem) async throws -> JSONValue {
        ItemJSON.item(stored, decision: try await store.decisions.latest(for: stored.item.id),
                      actions: try await store.actions.list(for: stored.item.id))
    }

    static func itemID(_ context: Context) throws -> ItemID {
        guard let raw = context.parameters.get("id"), !raw.isEmpty, raw.utf8.count <= 200 else {
            throw HTTPError(.badRequest, message: "An item id is required.")
        }
        return ItemID(raw)
    }

    /// The person acting: the API caller, with the moderator's name when the body gives one.
    static func actor(_ body: RequestBody) -> String {
        guard let name = body.string("moderator")?.trimmingWhitespace(), !name.isEmpty else { return "api" }
        return "api:" + String(name.prefix(100))
    }


    /// A JSON object body's string members.
    struct RequestBody {
        var fields: [(String, JSONValue)]
        func string(_ key: String) -> String? {
            if case .string(let s)? = fields.first(where: { $0.0 == key })?.1 { return s }
            return nil
        }
    }

    static func body(_ request: Request, limit: Int, required: Bool) async throws -> RequestBody {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch {
            throw HTTPError(.contentTooLarge, message: "The request body is larger than \(limit) bytes.")
        }
        if buffer.readableBytes == 0 {
            if required { throw HTTPError(.badRequest, message: "This call needs a JSON object body, e.g. {\"reason\": \"…\"}.") }
            return RequestBody(fields: [])
        }
        let text = String(buffer: buffer)
        let value: JSONValue
        do { value = try JSONValue.parse(text) } catch {
            throw HTTPError(.badRequest, message: "The body is not valid JSON: \(error).")
        }
        guard case .object(let fields) = value else { throw HTTPError(.badRequest, message: "The body must be a JSON object.") }
        return RequestBody(fields: fields)
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: value.serialized())))
    }
}
