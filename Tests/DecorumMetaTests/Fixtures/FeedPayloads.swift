// Page webhook payloads built from the shapes Meta documents:
// - "Webhooks for Pages", https://developers.facebook.com/docs/pages-api/webhooks-for-pages
//   (subscribe to the Page object's `feed` field: posts, comments, reactions, shares…)
// - "Webhooks Reference: Page" (`feed` field: item, verb, comment_id, post_id, parent_id, from{id,name},
//   message, created_time (unix seconds), photo/video/link), https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed
// - "Webhooks — Getting Started" (envelope: object, entry[].id/time/changes[].field/value),
//   https://developers.facebook.com/docs/graph-api/webhooks/getting-started
// The page id is 1000000000001 throughout; visitors have 15- and 16-digit ids like real ones.

enum FeedPayloads {
    static let pageID = "1000000000001"

    static func envelope(_ values: String..., field: String = "feed", time: Int = 1_717_236_000) -> String {
        let changes = values.map { #"{"value": \#($0), "field": "\#(field)"}"# }.joined(separator: ",")
        return #"{"entry": [{"id": "\#(pageID)", "time": \#(time), "changes": [\#(changes)]}], "object": "page"}"#
    }

    static let commentAdd = #"""
    {"from": {"id": "6483920174625381", "name": "Sandra Holt"},
     "post": {"status_type": "added_photos", "is_published": true, "updated_time": "2024-06-01T10:00:00+0000",
              "permalink_url": "https://www.facebook.com/riversidesurgery/posts/pfbid02", "promotion_status": "inactive",
              "id": "1000000000001_555000111"},
     "message": "Waited 40 minutes past my appointment time again today.",
     "post_id": "1000000000001_555000111", "comment_id": "555000111_777000222",
     "created_time": 1717236000, "item": "comment", "parent_id": "1000000000001_555000111", "verb": "add"}
    """#

    static let replyAdd = #"""
    {"from": {"id": "7730019284756102", "name": "Gary Pearce"}, "message": "Same here, and no apology.",
     "post_id": "1000000000001_555000111", "comment_id": "555000111_777000333",
     "created_time": 1717236300, "item": "comment", "parent_id": "555000111_777000222", "verb": "add"}
    """#

    static let commentEdited = #"""
    {"from": {"id": "6483920174625381", "name": "Sandra Holt"},
     "message": "Waited 40 minutes past my appointment time today. Reception were lovely though.",
     "post_id": "1000000000001_555000111", "comment_id": "555000111_777000222",
     "created_time": 1717236000, "item": "comment", "parent_id": "1000000000001_555000111", "verb": "edited"}
    """#

    static let commentRemove = #"""
    {"from": {"id": "6483920174625381", "name": "Sandra Holt"}, "parent_id": "1000000000001_555000111",
     "comment_id": "555000111_777000222", "post_id": "1000000000001_555000111",
     "created_time": 1717239600, "item": "comment", "verb": "remove"}
    """#

    static let commentHide = #"""
    {"from": {"id": "6483920174625381", "name": "Sandra Holt"}, "message": "Waited 40 minutes.",
     "post_id": "1000000000001_555000111", "comment_id": "555000111_777000222",
     "created_time": 1717236000, "item": "comment", "parent_id": "1000000000001_555000111", "verb": "hide"}
    """#

    static let photoComment = #"""
    {"from": {"id": "6483920174625381", "name": "Sandra Holt"}, "message": "This is the queue outside at 8am",
     "photo": "https://scontent.xx.fbcdn.net/v/t39.1997-6/queue.jpg",
     "post_id": "1000000000001_555000111", "comment_id": "555000111_777000444",
     "created_time": 1717236600, "item": "comment", "parent_id": "1000000000001_555000111", "verb": "add"}
    """#

    static let videoComment = #"""
    {"from": {"id": "6483920174625381", "name": "Sandra Holt"}, "message": "",
     "video": "https://video.xx.fbcdn.net/v/t42.1790-2/reception.mp4",
     "post_id": "1000000000001_555000111", "comment_id": "555000111_777000555",
     "created_time": 1717236700, "item": "comment", "parent_id": "1000000000001_555000111", "verb": "add"}
    """#

    static let visitorPost = #"""
    {"from": {"id": "5521987730019284", "name": "Priya Natarajan"}, "message": "Does anyone know if the flu clinic is on Saturday?",
     "post_id": "1000000000001_555000999", "created_time": 1717237000, "item": "status", "published": 1, "verb": "add"}
    """#

    static let photoPost = #"""
    {"from": {"id": "5521987730019284", "name": "Priya Natarajan"}, "link": "https://scontent.xx.fbcdn.net/v/t1.0-9/leaflet.jpg",
     "message": "Found this leaflet in the waiting room", "post_id": "1000000000001_555001000", "photo_id": "555001001",
     "created_time": 1717237100, "item": "photo", "published": 1, "verb": "add"}
    """#

    static let videoPost = #"""
    {"from": {"id": "5521987730019284", "name": "Priya Natarajan"}, "link": "https://www.facebook.com/watch/?v=555001101",
     "message": "Car park this morning", "post_id": "1000000000001_555001100", "video_id": "555001101",
     "created_time": 1717237200, "item": "video", "published": 1, "verb": "add"}
    """#

    static let pageReply = #"""
    {"from": {"id": "1000000000001", "name": "Riverside Surgery"}, "message": "Sorry to hear that, Sandra. Please call us on 01632 960 000.",
     "post_id": "1000000000001_555000111", "comment_id": "555000111_777000666",
     "created_time": 1717237300, "item": "comment", "parent_id": "555000111_777000222", "verb": "add"}
    """#

    static let reaction = #"""
    {"from": {"id": "7730019284756102", "name": "Gary Pearce"}, "post_id": "1000000000001_555000111",
     "created_time": 1717237400, "item": "reaction", "parent_id": "1000000000001_555000111", "reaction_type": "like", "verb": "add"}
    """#

    /// Ids as JSON numbers, `created_time` as a string, and fields Decorum does not know.
    static let looselyTyped = #"""
    {"from": {"id": 6483920174625381, "name": "Sandra Holt", "picture": {"url": "https://x"}}, "message": "Thanks all",
     "post_id": "1000000000001_555000111", "comment_id": 777000777, "created_time": "1717237500",
     "item": "comment", "parent_id": "1000000000001_555000111", "verb": "add", "is_new_feature": {"nested": [1, 2, 3]}}
    """#
}
