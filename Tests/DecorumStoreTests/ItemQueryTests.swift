import DecorumCore
import Foundation
import Testing
@testable import DecorumStore

@Suite("Items: listing by status, page and author, a page at a time")
struct ItemQueryTests {
    @Test("items filter by any of several statuses, page and author, newest first, and page through without repeats", arguments: TestDatabase.allCases)
    func query(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let pageA = PageID("111"), pageB = PageID("222")
            for n in 0..<7 {
                clock.advance(by: 1)
                let author = Author(id: AuthorID(n % 2 == 0 ? "even" : "odd"), name: "Author \(n)")
                try await store.items.recordRevision(Item(id: ItemID("c\(n)"), text: "comment \(n)", author: author),
                                                     page: n < 5 ? pageA : pageB, kind: .comment, raw: nil)
            }
            try await store.items.setStatus(.awaitingApproval, for: ItemID("c1"))
            try await store.items.setStatus(.inReview, for: ItemID("c2"))
            try await store.items.setStatus(.inReview, for: ItemID("c6"))
            let queue = try await store.items.list(ItemQuery(statuses: [.awaitingApproval, .inReview]))
            #expect(queue.map(\.item.id.rawValue) == ["c6", "c2", "c1"])
            #expect(try await store.items.list(ItemQuery(statuses: [.inReview], page: pageA)).map(\.item.id.rawValue) == ["c2"])
            #expect(try await store.items.list(ItemQuery(author: AuthorID("odd"))).map(\.item.id.rawValue) == ["c5", "c3", "c1"])

            var seen = [String]()
            var cursor: ItemCursor?
            repeat {
                let page = try await store.items.list(ItemQuery(limit: 3, after: cursor))
                seen += page.map(\.item.id.rawValue)
                cursor = page.count == 3 ? page.last.map { ItemCursor(lastSeen: $0.lastSeen, id: $0.item.id) } : nil
            } while cursor != nil
            #expect(seen == (0..<7).reversed().map { "c\($0)" })
            await #expect(throws: StoreError.self) { try await store.items.list(ItemQuery(limit: 0)) }
        }
    }

    @Test("a cursor survives its text form, and a forged one is refused")
    func cursorToken() {
        let cursor = ItemCursor(lastSeen: Date(timeIntervalSince1970: 1_717_236_000.123), id: ItemID("123_456.7"))
        #expect(ItemCursor(token: cursor.token) == cursor)
        #expect(ItemCursor(token: "nonsense") == nil)
        #expect(ItemCursor(token: "12.") == nil)
    }
}
