public import DecorumCore

/// The address of a post, comment or reply on facebook.com, worked out from its Graph ids: for when the store
/// holds no `permalink_url` from Graph itself.
///
/// Graph names a Page's post `{page}_{post}`, a comment `{post}_{comment}` and a reply `{post}_{reply}` whose
/// parent is the comment; facebook.com shows them at `/{page}/posts/{post}`, with `?comment_id=` and
/// `&reply_comment_id=` for comments and replies.
public enum FacebookPermalink {
    /// The address of `id` on `page`, given the item's parent (the post, or for a reply the comment); nil when
    /// the ids are not shaped as Graph's are.
    public static func address(of id: ItemID, page: PageID, parent: ItemID?) -> String? {
        guard isGraphID(page.rawValue), let (head, tail) = parts(id.rawValue) else { return nil }
        let base = "https://www.facebook.com/\(page.rawValue)/posts/"
        if head == page.rawValue { return base + tail }
        if let parent, let (parentHead, parentTail) = parts(parent.rawValue), parentHead == head {
            return base + "\(head)?comment_id=\(parentTail)&reply_comment_id=\(tail)"
        }
        return base + "\(head)?comment_id=\(tail)"
    }

    /// The two halves of an id `a_b`, each letters and digits only.
    private static func parts(_ id: String) -> (String, String)? {
        let halves = id.split(separator: "_", omittingEmptySubsequences: false)
        guard halves.count == 2, isGraphID(halves[0]), isGraphID(halves[1]) else { return nil }
        return (String(halves[0]), String(halves[1]))
    }

    private static func isGraphID(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }
}
