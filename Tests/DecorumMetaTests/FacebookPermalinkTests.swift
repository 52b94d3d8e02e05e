import DecorumCore
import Testing
@testable import DecorumMeta

@Suite("Facebook addresses and delivery keys")
struct FacebookPermalinkTests {
    static let page = PageID("1000000000001")

    @Test("a post, a comment and a reply are found at their facebook.com addresses", arguments: [
        ("1000000000001_555000111", nil as String?, "https://www.facebook.com/1000000000001/posts/555000111"),
        ("555000111_777000222", "1000000000001_555000111", "https://www.facebook.com/1000000000001/posts/555000111?comment_id=777000222"),
        ("555000111_777000333", "555000111_777000222",
         "https://www.facebook.com/1000000000001/posts/555000111?comment_id=777000222&reply_comment_id=777000333"),
    ])
    func address(id: String, parent: String?, expected: String) {
        #expect(FacebookPermalink.address(of: ItemID(id), page: Self.page, parent: parent.map(ItemID.init(rawValue:))) == expected)
    }

    @Test("ids not shaped as Graph's give no address, so nothing odd reaches a link", arguments: [
        "c2", "555_777_999", "_777", "555_", "555_77?x=1", "javascript:alert(1)_2", "555_7 7",
    ])
    func noAddress(id: String) {
        #expect(FacebookPermalink.address(of: ItemID(id), page: Self.page, parent: nil) == nil)
    }

    @Test("the verb is read back from a delivery key, a back-fill's too; other keys name none")
    func deliveryKeys() {
        let change = FeedChange(pageID: Self.page, kind: .comment, verb: .edited, objectID: ItemID("555_777"), raw: #"{"a":1}"#)
        #expect(FeedChange.verb(inDeliveryKey: change.deliveryKey) == .edited)
        #expect(FeedChange.verb(inDeliveryKey: "sync:" + change.deliveryKey) == .edited)
        #expect(FeedChange.verb(inDeliveryKey: "comment:555_777:liked:00") == nil)
        #expect(FeedChange.verb(inDeliveryKey: "reaction:555_777:add:00") == nil)
        #expect(FeedChange.verb(inDeliveryKey: "sha256:ab12") == nil)
    }
}
