import DecorumCore
@testable import DecorumStore
import Testing

@Suite("Formal complaints")
struct FormalComplaintRepositoryTests {
    func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test("a complaint is marked once and acknowledged once; those awaiting come soonest due first", arguments: TestDatabase.allCases)
    func markAndAcknowledge(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            for id in ["c1", "c2", "c3"] {
                try await store.items.recordRevision(Item(id: ItemID(id), text: "complaint \(id)"), page: PageID("p1"), kind: .comment, raw: nil)
            }
            let first = try await store.formalComplaints.mark(ItemID("c1"), receivedOn: day("2026-12-03"), acknowledgeBy: day("2026-12-08"), by: "karen")
            #expect(first.acknowledgeBy == day("2026-12-08") && first.markedBy == "karen" && !first.isAcknowledged)
            let again = try await store.formalComplaints.mark(ItemID("c1"), receivedOn: day("2026-12-04"), acknowledgeBy: day("2026-12-09"), by: "sam")
            #expect(again == first, "marking again changes nothing")
            try await store.formalComplaints.mark(ItemID("c2"), receivedOn: day("2026-12-01"), acknowledgeBy: day("2026-12-04"), by: "karen")
            try await store.formalComplaints.mark(ItemID("c3"), receivedOn: day("2026-12-07"), acknowledgeBy: day("2026-12-10"), by: "karen")
            #expect(try await store.formalComplaints.awaitingAcknowledgement().map(\.itemID.rawValue) == ["c2", "c1", "c3"])

            let acknowledged = try await store.formalComplaints.acknowledge(ItemID("c2"), by: "karen")
            #expect(acknowledged.isAcknowledged && acknowledged.acknowledgedBy == "karen")
            let twice = try await store.formalComplaints.acknowledge(ItemID("c2"), by: "sam")
            #expect(twice.acknowledgedBy == "karen", "the first acknowledgement stands")
            #expect(try await store.formalComplaints.awaitingAcknowledgement().map(\.itemID.rawValue) == ["c1", "c3"])
            await #expect(throws: StoreError.self) { try await store.formalComplaints.acknowledge(ItemID("nope"), by: "karen") }
            #expect(try await store.formalComplaints.complaint(for: ItemID("c3"))?.receivedOn == day("2026-12-07"))
        }
    }
}
