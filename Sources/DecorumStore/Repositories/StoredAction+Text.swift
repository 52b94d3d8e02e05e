import DecorumCore

extension StoredAction {
    /// The text a reply sends (the payload's `text`), or nil for actions that carry none.
    public var text: String? {
        guard case .object(let fields)? = try? JSONValue.parse(payloadJSON),
              case .string(let value)? = fields.first(where: { $0.0 == "text" })?.1 else { return nil }
        return value
    }
}
