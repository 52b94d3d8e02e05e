/// A half-open range of Unicode scalar offsets into an item's text.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }
    public var isEmpty: Bool { end <= start }
    public var length: Int { end - start }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan { TextSpan(min(start, other.start), max(end, other.end)) }
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
