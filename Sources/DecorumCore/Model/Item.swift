/// One patient post or comment, as Decorum receives it.
public struct Item: Sendable, Hashable, Codable {
    public var id: ItemID
    public var text: String
    public var author: Author?
    public var attachments: [Attachment]
    public var platform: String?
    /// ISO-8601, as the platform gave it.
    public var createdTime: String?
    public var parentID: ItemID?
    /// True when the practice's own page wrote it; such items are never moderated.
    public var fromPage: Bool

    public init(
        id: ItemID, text: String, author: Author? = nil, attachments: [Attachment] = [],
        platform: String? = nil, createdTime: String? = nil, parentID: ItemID? = nil, fromPage: Bool = false
    ) {
        self.id = id
        self.text = text
        self.author = author
        self.attachments = attachments
        self.platform = platform
        self.createdTime = createdTime
        self.parentID = parentID
        self.fromPage = fromPage
    }

    enum CodingKeys: String, CodingKey {
        case id, text, author, attachments, platform
        case createdTime = "created_time"
        case parentID = "parent_id"
        case fromPage = "from_page"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ItemID.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        author = try c.decodeIfPresent(Author.self, forKey: .author)
        attachments = try c.decodeIfPresent([Attachment].self, forKey: .attachments) ?? []
        platform = try c.decodeIfPresent(String.self, forKey: .platform)
        createdTime = try c.decodeIfPresent(String.self, forKey: .createdTime)
        parentID = try c.decodeIfPresent(ItemID.self, forKey: .parentID)
        fromPage = try c.decodeIfPresent(Bool.self, forKey: .fromPage) ?? false
    }
}

/// Who wrote an item.
public struct Author: Sendable, Hashable, Codable {
    public var id: AuthorID?
    public var name: String?
    public init(id: AuthorID? = nil, name: String? = nil) {
        self.id = id
        self.name = name
    }
}

/// A photo, video, sound or link attached to an item.
public struct Attachment: Sendable, Hashable, Codable {
    /// The kind of media attached.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case photo, video, audio, link, file
    }
    public var type: Kind
    public var url: String?
    public init(type: Kind, url: String? = nil) {
        self.type = type
        self.url = url
    }

    enum CodingKeys: String, CodingKey { case type, url }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try c.decode(String.self, forKey: .type)
        guard let kind = Kind(rawValue: raw) else {
            let kinds = Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "\"\(raw)\" is not an attachment type (\(kinds))")
        }
        type = kind
        url = try c.decodeIfPresent(String.self, forKey: .url)
    }
}
