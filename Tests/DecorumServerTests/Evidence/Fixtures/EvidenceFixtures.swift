// Webhook `feed` changes for the evidence-pack tests, in the shape Meta documents (see
// Tests/DecorumMetaTests/Fixtures/FeedPayloads.swift for the sources): a comment alleging a doctor was drunk
// at work, carrying markup and a right-to-left override, then the same comment edited; a complaint that is not
// defamation; and a threat. The page id is 1000000000001; visitors have 16-digit ids like real ones.

enum EvidenceFixtures {
    static let pageID = "1000000000001"
    static let postID = "1000000000001_555000111"
    static let commentID = "555000111_777000901"

    /// The words a hostile commenter might use to break a page that shows them.
    static let hostileMarkup = #"<script>alert('pack')</script> "><img src=x onerror=alert(1)> <a href="javascript:alert(2)">link</a>"#

    /// A doctor accused of being drunk at work, with markup and a right-to-left override (U+202E) in it.
    static let defamatoryText = "Dr Whitfield was drunk again at the surgery on Tuesday, she should be struck off. "
        + hostileMarkup + " \u{202E}gnp.exe"

    /// The same comment after its author edited it, still alleging the same.
    static let editedText = "Dr Whitfield was drunk again at the surgery on Tuesday. Everyone knows it. " + hostileMarkup

    static let complaintText = "I waited 40 minutes past my appointment time again today and nobody said sorry."

    static let threatText = "I know where you live, I'll be waiting for you outside when your shift ends."

    /// A webhook delivery of one change, as Meta sends it.
    static func envelope(_ value: String) -> String {
        #"{"entry": [{"id": "\#(pageID)", "time": 1717236000, "changes": [{"value": \#(value), "field": "feed"}]}], "object": "page"}"#
    }

    /// A comment's change (`add` or `edited`) with `text`, from Sandra Holt.
    static func comment(_ verb: String, id: String = commentID, text: String, createdTime: Int = 1_717_236_000) -> String {
        let message = text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\u{202E}": "\\u202e"
            default: String(scalar)
            }
        }.joined()
        return #"""
            {"from": {"id": "6483920174625381", "name": "Sandra Holt"}, "message": "\#(message)",
             "post_id": "\#(postID)", "comment_id": "\#(id)", "created_time": \#(createdTime),
             "item": "comment", "parent_id": "\#(postID)", "verb": "\#(verb)"}
            """#
    }

    /// Facebook's answer to a hide.
    static let hideAnswer = #"{"success":true}"#
}
