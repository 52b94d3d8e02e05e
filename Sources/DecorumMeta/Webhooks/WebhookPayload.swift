import DecorumCore

/// Reads the body of a Page webhook delivery into feed changes.
///
/// Strict where Decorum depends on the shape (a wrong type is an error naming its path), tolerant
/// of everything else: unknown fields are ignored, and changes Decorum does not moderate
/// (other objects, other fields, reactions, likes, unknown verbs) are skipped, because Meta adds
/// kinds over time and a delivery must not be refused for carrying one.
public enum WebhookPayload {
    /// Largest body accepted; Meta batches at most 1,000 changes and comments are short.
    public static let defaultMaxBytes = 1 << 20

    /// The feed changes in a delivery, in the order written.
    public static func parse(_ bytes: some Collection<UInt8>, maxBytes: Int = defaultMaxBytes) throws(WebhookPayloadError) -> [FeedChange] {
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
        let root: JSONTree
        do { root = try JSONTree.parse(bytes) } catch { throw .notJSON }
        let body = Field(root, "payload")
        _ = try body.object()
        guard try body.required("object").string() == "page" else { return [] }
        var changes: [FeedChange] = []
        for (i, entryTree) in try body.required("entry").array().enumerated() {
            let entry = Field(entryTree, "entry[\(i)]")
            _ = try entry.object()
            let pageID = PageID(try entry.required("id").identifier())
            guard let changeList = entry.optional("changes") else { continue }
            for (j, changeTree) in try changeList.array().enumerated() {
                let change = Field(changeTree, "\(entry.path).changes[\(j)]")
                _ = try change.object()
                guard try change.required("field").string() == "feed" else { continue }
                if let parsed = try feedChange(change.required("value"), pageID: pageID) {
                    changes.append(parsed)
                }
            }
        }
        return changes
    }

    /// The SHA-256 of a raw body in hex: a delivery key when the same body is delivered twice.
    public static func bodyKey(_ bytes: some Collection<UInt8>) -> String {
        Hex.encode(SHA256Digest.of(bytes: bytes))
    }

    private static func feedChange(_ value: Field, pageID: PageID) throws(WebhookPayloadError) -> FeedChange? {
        _ = try value.object()
        guard let kind = FeedChange.Kind(rawValue: try value.required("item").string()),
              let verb = FeedChange.Verb(rawValue: try value.required("verb").string())
        else { return nil }
        let postID = (try value.optional("post_id")?.identifier()).map { ItemID($0) }
        let objectID: ItemID
        if kind == .comment {
            objectID = ItemID(try value.required("comment_id").identifier())
        } else if let postID {
            objectID = postID
        } else {
            throw .missingField(path: "\(value.path).post_id")
        }
        var from: Author?
        if let fromField = value.optional("from") {
            _ = try fromField.object()
            from = Author(
                id: (try fromField.optional("id")?.identifier()).map { AuthorID($0) },
                name: try fromField.optional("name")?.string()
            )
        }
        return FeedChange(
            pageID: pageID, kind: kind, verb: verb, objectID: objectID, postID: postID,
            parentID: (try value.optional("parent_id")?.identifier()).map { ItemID($0) },
            from: from, message: try value.optional("message")?.string(),
            createdTime: try value.optional("created_time")?.unixSeconds(),
            attachments: try attachments(value, kind: kind),
            raw: value.tree.jsonValue.serialized()
        )
    }

    private static func attachments(_ value: Field, kind: FeedChange.Kind) throws(WebhookPayloadError) -> [Attachment] {
        var found: [Attachment] = []
        if let photo = try value.optional("photo")?.string() { found.append(Attachment(type: .photo, url: photo)) }
        if let photos = value.optional("photos") {
            for (i, url) in try photos.array().enumerated() {
                found.append(Attachment(type: .photo, url: try Field(url, "\(photos.path)[\(i)]").string()))
            }
        }
        if let video = try value.optional("video")?.string() { found.append(Attachment(type: .video, url: video)) }
        if let link = try value.optional("link")?.string() {
            switch kind {
            case .photo where found.isEmpty: found.append(Attachment(type: .photo, url: link))
            case .video where found.isEmpty: found.append(Attachment(type: .video, url: link))
            case .photo, .video: break
            case .comment, .post, .status, .share: found.append(Attachment(type: .link, url: link))
            }
        }
        if found.isEmpty, kind == .photo || kind == .video {
            let idKey = kind == .photo ? "photo_id" : "video_id"
            if value.optional(idKey) != nil { found.append(Attachment(type: kind == .photo ? .photo : .video)) }
        }
        return found
    }
}

/// A JSON value with the path that reached it, so errors can say where they are.
struct Field {
    let tree: JSONTree
    let path: String

    init(_ tree: JSONTree, _ path: String) {
        self.tree = tree
        self.path = path
    }

    func object() throws(WebhookPayloadError) -> [String: JSONTree] {
        guard case .object(let fields) = tree else { throw .wrongType(path: path, expected: "an object", found: tree.typeName) }
        return fields
    }

    func array() throws(WebhookPayloadError) -> [JSONTree] {
        guard case .array(let values) = tree else { throw .wrongType(path: path, expected: "an array", found: tree.typeName) }
        return values
    }

    func string() throws(WebhookPayloadError) -> String {
        guard case .string(let s) = tree else { throw .wrongType(path: path, expected: "a string", found: tree.typeName) }
        return s
    }

    /// An id: Graph writes ids as strings, but a number is read as its digits.
    func identifier() throws(WebhookPayloadError) -> String {
        switch tree {
        case .string(let s) where !s.isEmpty: return s
        case .int(let i): return String(i)
        default: throw .wrongType(path: path, expected: "an id (a non-empty string)", found: tree.typeName)
        }
    }

    /// Unix seconds, from a number or a string of digits.
    func unixSeconds() throws(WebhookPayloadError) -> Int64 {
        switch tree {
        case .int(let i): return i
        case .double(let d) where d.isFinite && abs(d) < 1e15: return Int64(d)
        case .string(let s):
            if let i = Int64(s) { return i }
            if let t = GraphTime.unixSeconds(s) { return t }
            throw .wrongType(path: path, expected: "a time (Unix seconds)", found: "the string \"\(s.prefix(40))\"")
        default: throw .wrongType(path: path, expected: "a time (Unix seconds)", found: tree.typeName)
        }
    }

    /// The field `key`, which must be present and not null.
    func required(_ key: String) throws(WebhookPayloadError) -> Field {
        let fields = try object()
        guard let value = fields[key], value != .null else { throw .missingField(path: "\(path == "payload" ? "" : path + ".")\(key)") }
        return Field(value, child(key))
    }

    /// The field `key`, or nil when absent or null (call only on objects).
    func optional(_ key: String) -> Field? {
        guard let value = tree[key], value != .null else { return nil }
        return Field(value, child(key))
    }

    private func child(_ key: String) -> String { path == "payload" ? key : "\(path).\(key)" }
}
