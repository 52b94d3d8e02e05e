/// Reading parts of a parsed value without a switch at every step.
extension JSONValue {
    /// The value of an object's member `key`, or nil (for another kind of value too).
    public func member(_ key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// The text of a string value, or nil.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}
