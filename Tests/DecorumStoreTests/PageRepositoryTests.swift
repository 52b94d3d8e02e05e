import DecorumCore
import Testing
@testable import DecorumStore

@Suite("Pages")
struct PageRepositoryTests {
    @Test("a page is saved, its expired token recorded, and a new token clears it", arguments: TestDatabase.allCases)
    func tokenExpiry(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let id = PageID("104285542158312")
            try await store.pages.save(Page(id: id, name: "Riverside Surgery", tokenCiphertext: "v1:abc"))
            try await store.pages.setTokenExpired(true, for: id)
            let expired = try #require(try await store.pages.page(id))
            #expect(expired.tokenExpired)
            #expect(expired.tokenCiphertext == "v1:abc")
            try await store.pages.save(Page(id: id, name: "Riverside Surgery", tokenCiphertext: "v1:def"))
            let renewed = try #require(try await store.pages.page(id))
            #expect(!renewed.tokenExpired)
            #expect(renewed.tokenCiphertext == "v1:def")
            await #expect(throws: StoreError.notFound(table: "pages", id: "nope")) {
                try await store.pages.setTokenExpired(true, for: PageID("nope"))
            }
        }
    }

    @Test("every page is listed in order of id, with its token and whether it expired", arguments: TestDatabase.allCases)
    func allPages(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            #expect(try await store.pages.all().isEmpty)
            try await store.pages.save(Page(id: PageID("204285542158312"), name: "Quorn Medical Centre", tokenCiphertext: "v1:def"))
            try await store.pages.save(Page(id: PageID("104285542158312"), name: "Riverside Surgery"))
            try await store.pages.setTokenExpired(true, for: PageID("204285542158312"))
            let pages = try await store.transaction { tx in try await tx.pages.all() }
            #expect(pages == [
                Page(id: PageID("104285542158312"), name: "Riverside Surgery"),
                Page(id: PageID("204285542158312"), name: "Quorn Medical Centre", tokenCiphertext: "v1:def", tokenExpired: true),
            ])
        }
    }
}
