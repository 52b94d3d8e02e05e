import DecorumCore

/// Reading WebDriver's answers: every command answers `{"value": …}` with any JSON in it.
extension JSONValue {
    /// The member named `key` of an object; nil for anything else or a missing key.
    subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// The text of a JSON string; nil for anything else.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A JSON true or false; nil for anything else.
    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// A JSON number as an integer, when it is a whole number.
    var int: Int? {
        switch self {
        case .int(let value): value
        case .number(let value) where value == value.rounded() && abs(value) < 9e15: Int(value)
        default: nil
        }
    }

    /// A JSON number as a floating-point value.
    var double: Double? {
        switch self {
        case .int(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The elements of a JSON array; nil for anything else.
    var array: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    /// Whether this is JSON null.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
