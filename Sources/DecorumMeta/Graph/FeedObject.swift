import DecorumCore

/// Turns the posts and comments of a Graph feed listing into feed changes.
enum FeedObject {
    static func post(_ post: JSONTree, page: PageID) -> FeedChange? {
        guard let id = post["id"]?.string else { return nil }
        return FeedChange(
            pageID: page, kind: .post, verb: .add, objectID: ItemID(id), postID: ItemID(id),
            from: author(post["from"]), message: post["message"]?.string,
            createdTime: post["created_time"]?.string.flatMap(GraphTime.unixSeconds),
            attachments: (post["attachments"]?["data"]).map(attachments) ?? [],
            raw: strippingComments(post).jsonValue.serialized()
        )
    }

    static func comment(_ comment: JSONTree, post: ItemID, page: PageID) -> FeedChange? {
        guard let id = comment["id"]?.string else { return nil }
        let parent = comment["parent"]?["id"]?.string.map { ItemID($0) } ?? post
        return FeedChange(
            pageID: page, kind: .comment, verb: .add, objectID: ItemID(id), postID: post, parentID: parent,
            from: author(comment["from"]), message: comment["message"]?.string,
            createdTime: comment["created_time"]?.string.flatMap(GraphTime.unixSeconds),
            attachments: comment["attachment"].map { attachments(.array([$0])) } ?? [],
            raw: comment.jsonValue.serialized()
        )
    }

    private static func author(_ from: JSONTree?) -> Author? {
        guard let from, case .object = from else { return nil }
        return Author(id: from["id"]?.string.map { AuthorID($0) }, name: from["name"]?.string)
    }

    private static func attachments(_ list: JSONTree) -> [Attachment] {
        guard case .array(let values) = list else { return [] }
        return values.compactMap { value in
            let type = (value["media_type"] ?? value["type"])?.string ?? ""
            let url = value["media"]?["image"]?["src"]?.string ?? value["url"]?.string
            switch type {
            case "photo", "sticker", "animated_image_share", "album": return Attachment(type: .photo, url: url)
            case "video", "video_inline", "video_autoplay", "animated_image_video": return Attachment(type: .video, url: url)
            case "": return nil
            default: return Attachment(type: .link, url: value["url"]?.string ?? url)
            }
        }
    }

    private static func strippingComments(_ post: JSONTree) -> JSONTree {
        guard case .object(var fields) = post else { return post }
        fields["comments"] = nil
        return .object(fields)
    }
}
