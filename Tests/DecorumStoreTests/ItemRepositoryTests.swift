import DecorumCore
import Foundation
import Testing
@testable import DecorumStore

@Suite("Items and their revisions")
struct ItemRepositoryTests {
    static let page = PageID("104285542158312")

    static func comment(_ id: String, _ text: String, attachments: [DecorumCore.Attachment] = [], fromPage: Bool = false) -> Item {
        Item(
            id: ItemID(id), text: text, author: Author(id: AuthorID("5512"), name: "Jo Bloggs"), attachments: attachments,
            createdTime: "2025-06-15T09:12:00+0000", parentID: ItemID("104285542158312_999"), fromPage: fromPage)
    }

    @Test("the same comment delivered twice is stored once; an edit adds a revision", arguments: TestDatabase.allCases)
    func revisions(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let items = store.items
            let first = Self.comment("999_1", "Waited 40 minutes past my appointment time again")
            #expect(try await items.recordRevision(first, page: Self.page, kind: .comment, raw: #"{"v":1}"#) == .new)
            #expect(try await items.recordRevision(first, page: Self.page, kind: .comment, raw: #"{"v":1}"#) == .unchanged)
            var edited = first
            edited.text = "Waited 45 minutes past my appointment time again"
            #expect(try await items.recordRevision(edited, page: Self.page, kind: .comment, raw: #"{"v":2}"#) == .edited(revision: 2))
            #expect(try await items.recordRevision(edited, page: Self.page, kind: .comment, raw: nil) == .unchanged)

            let revisions = try await items.revisions(of: first.id)
            #expect(revisions.map(\.revision) == [1, 2])
            #expect(revisions.map(\.text) == [first.text, edited.text])
            #expect(revisions.map(\.raw) == [#"{"v":1}"#, #"{"v":2}"#])

            let stored = try #require(try await items.item(first.id))
            #expect(stored.item == edited)
            #expect(stored.revision == 2)
            #expect(stored.kind == .comment)
            #expect(stored.page == Self.page)
            #expect(stored.status == .received)
        }
    }

    @Test("a new photo on the same text is an edit", arguments: TestDatabase.allCases)
    func attachmentEdit(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let plain = Self.comment("999_2", "Look at this")
            let withPhoto = Self.comment("999_2", "Look at this", attachments: [DecorumCore.Attachment(type: .photo, url: "https://scontent.example/p.jpg")])
            let first = try await store.items.recordRevision(plain, page: Self.page, kind: .comment, raw: nil)
            let second = try await store.items.recordRevision(withPhoto, page: Self.page, kind: .comment, raw: nil)
            let stored = try await store.items.item(plain.id)
            let revisions = try await store.items.revisions(of: plain.id)
            #expect(first == .new)
            #expect(second == .edited(revision: 2))
            #expect(stored?.item.attachments == withPhoto.attachments)
            #expect(revisions.last?.attachments == withPhoto.attachments)
        }
    }

    @Test("the same new comment arriving on many connections at once is stored once", arguments: TestDatabase.allCases)
    func concurrentDeliveries(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let item = Self.comment("999_3", "Receptionist was so rude on the phone")
            let outcomes = try await withThrowingTaskGroup(of: RevisionOutcome.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await store.items.recordRevision(item, page: Self.page, kind: .comment, raw: nil) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == .new }.count == 1)
            #expect(outcomes.filter { $0 == .unchanged }.count == 7)
            #expect(try await store.items.revisions(of: item.id).count == 1)
        }
    }

    @Test("the practice's own replies are stored but marked as not to be moderated", arguments: TestDatabase.allCases)
    func fromPage(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let reply = Self.comment("999_4", "Sorry to hear this, please call us on 01632 960000", fromPage: true)
            #expect(try await store.items.recordRevision(reply, page: Self.page, kind: .reply, raw: nil) == .new)
            let stored = try #require(try await store.items.item(reply.id))
            #expect(stored.status == .ignored)
            #expect(stored.item.fromPage)
        }
    }

    @Test("status, hiding and deletion are recorded and listed by status", arguments: TestDatabase.allCases)
    func statusAndVisibility(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let items = store.items
            for n in 1...3 {
                try await items.recordRevision(Self.comment("999_1\(n)", "comment \(n)"), page: Self.page, kind: .comment, raw: nil)
            }
            try await items.setStatus(.awaitingApproval, for: ItemID("999_12"))
            try await items.setHidden(true, for: ItemID("999_12"))
            try await items.markDeleted(ItemID("999_13"))
            #expect(try await items.list(status: .awaitingApproval, limit: 10).map(\.item.id) == [ItemID("999_12")])
            #expect(try await items.list(status: .received, limit: 10).count == 2)
            #expect(try await items.list(status: nil, limit: 2).count == 2)
            #expect(try await items.item(ItemID("999_12"))?.isHidden == true)
            #expect(try await items.item(ItemID("999_13"))?.isDeleted == true)
            #expect(try await items.item(ItemID("999_11"))?.isHidden == false)
        }
    }

    @Test("changing an unknown item names it", arguments: TestDatabase.allCases)
    func unknownItem(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            await #expect(throws: StoreError.notFound(table: "items", id: "nope")) {
                try await store.items.setStatus(.judged, for: ItemID("nope"))
            }
            let missing = try await store.items.item(ItemID("nope"))
            #expect(missing == nil)
        }
    }

    @Test("text is stored exactly, quotes and SQL included, because every value is bound", arguments: TestDatabase.allCases)
    func hostileText(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let text = "Robert'); DROP TABLE items; -- \"quoted\" \\ backslash 😡 ﷽"
            let item = Self.comment("999_'5", text)
            try await store.items.recordRevision(item, page: Self.page, kind: .comment, raw: text)
            #expect(try await store.items.item(item.id)?.item.text == text)
            #expect(try await store.items.revisions(of: item.id).first?.raw == text)
        }
    }

    @Test("a NUL in a comment is kept as U+FFFD on both databases (PostgreSQL text cannot hold NUL)", arguments: TestDatabase.allCases)
    func nul(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let item = Self.comment("999_6", "before\u{0}after")
            let first = try await store.items.recordRevision(item, page: Self.page, kind: .comment, raw: "{\u{0}}")
            let stored = try await store.items.item(item.id)
            let second = try await store.items.recordRevision(item, page: Self.page, kind: .comment, raw: nil)
            #expect(first == .new)
            #expect(stored?.item.text == "before\u{FFFD}after")
            #expect(second == .unchanged)
        }
    }
}
