import DecorumCore
import Foundation

/// A parsed JSON document, walked by hand so that a wrong type is reported with its path.
enum JSONTree: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    /// Parses UTF-8 JSON text (with Core's hand-written parser: this runs on every webhook and Graph answer).
    static func parse(_ bytes: some Collection<UInt8>) throws -> JSONTree {
        JSONTree(try JSONValue.parse(utf8: Array(bytes)))
    }

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(Int64(i))
        case .number(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .array(let values): self = .array(values.map(JSONTree.init))
        case .object(let pairs): self = .object(Dictionary(pairs.map { ($0.0, JSONTree($0.1)) }, uniquingKeysWith: { _, last in last }))
        }
    }

    /// The name of this value's JSON type, for error messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    subscript(key: String) -> JSONTree? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// This value as Core's ordered `JSONValue`, keys sorted so that the same document always
    /// serialises to the same text.
    var jsonValue: JSONValue {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(Int(i))
        case .double(let d): .number(d)
        case .string(let s): .string(s)
        case .array(let values): .array(values.map(\.jsonValue))
        case .object(let fields): .object(fields.keys.sorted().map { ($0, fields[$0]!.jsonValue) })
        }
    }
}

extension JSONTree: Decodable {
    init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var values: [JSONTree] = []
            while !array.isAtEnd { values.append(try array.decode(JSONTree.self)) }
            self = .array(values)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            var fields: [String: JSONTree] = [:]
            for key in object.allKeys { fields[key.stringValue] = try object.decode(JSONTree.self, forKey: key) }
            self = .object(fields)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let b = try? single.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? single.decode(Int64.self) {
            self = .int(i)
        } else if let d = try? single.decode(Double.self) {
            self = .double(d)
        } else {
            self = .string(try single.decode(String.self))
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
