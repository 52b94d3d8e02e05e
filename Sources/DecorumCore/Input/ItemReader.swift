public import Foundation

/// Reads items as JSON Lines (one a line) or one JSON value; a bad line becomes a message naming its
/// number and the problem, and the lines around it are still read. Shared by the command line and
/// the HTTP API so both accept and reject the same things.
public struct ItemReader: Sendable {
    /// One line's item, or what was wrong with it.
    public enum Entry: Sendable {
        case item(line: Int, Item, expected: Set<Category>?)
        case problem(line: Int, String)
    }

    /// When true, every item must carry `"expected": [categories]` (for evaluation).
    public var requireExpected = false

    public init(requireExpected: Bool = false) { self.requireExpected = requireExpected }

    /// The entries of JSON Lines text, blank lines skipped.
    public func entries(from data: Data) -> [Entry] {
        var entries = [Entry]()
        var lineNumber = 0
        for rawLine in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            entries.append(parse(Data(line), line: lineNumber))
        }
        return entries
    }

    /// One item from one JSON object's bytes; `line` names it in messages.
    public func parse(_ data: Data, line: Int) -> Entry {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            return .problem(line: line, "not valid JSON (\(Self.reason(error)))")
        }
        guard let dict = object as? [String: Any] else { return .problem(line: line, "expected a JSON object {…}, found \(Self.kind(object))") }
        for key in ["id", "text"] {
            guard let value = dict[key] else { return .problem(line: line, "missing \"\(key)\" (every item needs \"id\" and \"text\")") }
            guard value is String else { return .problem(line: line, "\"\(key)\" must be a string, found \(Self.kind(value))") }
        }
        let item: Item
        do {
            item = try JSONDecoder().decode(Item.self, from: data)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            return .problem(line: line, "\"\(Self.path(context.codingPath))\" has the wrong type: \(context.debugDescription)")
        } catch let DecodingError.dataCorrupted(context) {
            return .problem(line: line, "\"\(Self.path(context.codingPath))\": \(context.debugDescription)")
        } catch {
            return .problem(line: line, "cannot be read as an item (\(error))")
        }
        var expected: Set<Category>? = nil
        if let raw = dict["expected"] {
            guard let list = raw as? [Any] else { return .problem(line: line, "\"expected\" must be a list of category ids") }
            var set = Set<Category>()
            for value in list {
                guard let s = value as? String, let c = Category(rawValue: s) else {
                    let all = Category.allCases.map(\.rawValue).joined(separator: ", ")
                    return .problem(line: line, "\"expected\" holds \(value), which is not a category (categories: \(all))")
                }
                set.insert(c)
            }
            expected = set
        } else if requireExpected {
            return .problem(line: line, "missing \"expected\" (a list of the categories the item should get, [] for none)")
        }
        return .item(line: line, item, expected: expected)
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { path, key in
            if let i = key.intValue { path += "[\(i)]" } else { path += path.isEmpty ? key.stringValue : "." + key.stringValue }
        }
    }

    static func kind(_ value: Any) -> String {
        switch value {
        case is String: "a string"
        case is NSNumber: "a number"
        case is [Any]: "a list"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        default: "something else"
        }
    }

    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }
}
