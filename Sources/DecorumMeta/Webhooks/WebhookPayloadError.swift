/// Why a webhook body could not be read; each case prints as a sentence naming the place.
public enum WebhookPayloadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The body is larger than the limit.
    case tooLarge(bytes: Int, limit: Int)
    /// The body is not JSON text.
    case notJSON
    /// A field the payload cannot do without is absent.
    case missingField(path: String)
    /// A field holds the wrong kind of JSON value.
    case wrongType(path: String, expected: String, found: String)

    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            "The webhook body is \(bytes) bytes, more than the \(limit)-byte limit."
        case .notJSON:
            "The webhook body is not valid JSON."
        case .missingField(let path):
            "The webhook payload has no \(path)."
        case .wrongType(let path, let expected, let found):
            "The webhook payload's \(path) should be \(expected) but is \(found)."
        }
    }
}
