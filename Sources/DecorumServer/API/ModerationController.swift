public import DecorumCore
import Foundation
public import Hummingbird

/// `POST /api/v1/moderate`: items in, decisions out, in the same JSON as `decorum moderate`.
/// The body is a JSON array of items or JSON Lines (one item a line); the answer is a JSON array, or
/// JSON Lines when the request asks for `application/x-ndjson`. Any bad item rejects the request with
/// 400 and names every bad item and its problem; nothing is judged by halves.
public struct ModerationController<Context: RequestContext>: Sendable {
    let engine: EngineHolder
    let maxBodyBytes: Int

    public init(moderator: Moderator, maxBodyBytes: Int) {
        self.init(engine: EngineHolder(moderator: moderator, modelVersion: ""), maxBodyBytes: maxBodyBytes)
    }

    /// Judges with the engine in force when each request arrives.
    public init(engine: EngineHolder, maxBodyBytes: Int) {
        self.engine = engine
        self.maxBodyBytes = maxBodyBytes
    }

    public func addRoutes(to group: RouterGroup<Context>) {
        group.post("moderate", use: moderate)
    }

    @Sendable func moderate(_ request: Request, context: Context) async throws -> Response {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBodyBytes)
        } catch {
            throw HTTPError(.contentTooLarge, message: "The request body is larger than \(maxBodyBytes) bytes; send fewer items at a time.")
        }
        let data = Data(body.readableBytesView)
        let entries = Self.entries(data)
        let problems: [(Int, String)] = entries.compactMap {
            if case .problem(let line, let message) = $0 { return (line, message) }
            return nil
        }
        if entries.isEmpty { throw HTTPError(.badRequest, message: "The body holds no items: send a JSON array of items or JSON Lines.") }
        if !problems.isEmpty {
            let json = JSONValue.object([
                ("error", .string("\(problems.count) item\(problems.count == 1 ? "" : "s") could not be read; nothing was judged.")),
                ("problems", .array(problems.map { .object([("item", .int($0.0)), ("problem", .string($0.1))]) })),
            ])
            return Self.response(json.serialized(), status: .badRequest, contentType: "application/json")
        }
        let moderator = engine.current.moderator
        var judgements = [JSONValue]()
        for case .item(_, let item, _) in entries { judgements.append(moderator.judge(item).json) }
        if request.headers[.accept]?.contains("application/x-ndjson") == true {
            return Self.response(judgements.map { $0.serialized() + "\n" }.joined(), status: .ok, contentType: "application/x-ndjson")
        }
        return Self.response(JSONValue.array(judgements).serialized(), status: .ok, contentType: "application/json")
    }

    /// A JSON array is numbered by position (1-based); JSON Lines by line.
    static func entries(_ data: Data) -> [ItemReader.Entry] {
        let reader = ItemReader()
        let first = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        guard first == UInt8(ascii: "[") else { return reader.entries(from: data) }
        guard let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else {
            return [.problem(line: 1, "the body starts like a JSON array but is not valid JSON")]
        }
        return array.enumerated().map { index, element in
            guard JSONSerialization.isValidJSONObject(element), let bytes = try? JSONSerialization.data(withJSONObject: element) else {
                return .problem(line: index + 1, "expected a JSON object {…}")
            }
            return reader.parse(bytes, line: index + 1)
        }
    }

    static func response(_ text: String, status: HTTPResponse.Status, contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
