/// A platform identifier kept distinct by its tag, so an item's id cannot be passed as a page's.
public struct Identifier<Tag>: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }
}

/// Tags for `Identifier`.
public enum IdentifierTag {
    public enum Item {}
    public enum Author {}
    public enum Page {}
}

/// The platform's identifier of a post or comment.
public typealias ItemID = Identifier<IdentifierTag.Item>
/// The platform's identifier of a person or page that wrote an item.
public typealias AuthorID = Identifier<IdentifierTag.Author>
/// The platform's identifier of a Facebook Page.
public typealias PageID = Identifier<IdentifierTag.Page>
