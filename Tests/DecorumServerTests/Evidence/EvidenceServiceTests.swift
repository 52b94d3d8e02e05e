import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import HummingbirdTesting
import Testing

/// An evidence pack for a comment that came the whole way: posted on the simulated Page, sent by signed
/// webhook, judged, hidden on Facebook by the workers, then read back from the Graph API by a back-fill.
@Suite("Evidence packs over the whole service")
struct EvidenceServiceTests {
    @Test("the pack holds the webhook delivery exactly as stored, the comment as the Graph API returned it, and Facebook's answer to the hide")
    func webhookAndGraph() async throws {
        var options = ServiceHarness.Options()
        options.policy = EvidenceSeed.policy
        try await ServiceHarness.run(options) { h in
            let id = try await h.comment(EvidenceFixtures.defamatoryText)
            _ = try await h.item(id, reaches: [.actioned])
            #expect(try await h.actionKinds(on: id).contains("hide"))
            let graph = HTTPGraphClient(baseURL: "http://127.0.0.1:\(h.simulator.port!)/\(h.configuration.apiVersion)")
            let backfill = Backfill(graph: graph, ingest: EvidenceSeed.ingest, store: h.store)
            _ = try await backfill.run(page: h.configuration.pageID, since: nil, token: h.configuration.pageToken)

            let pack = try await EvidencePackMaker(store: h.store, practice: EvidenceSeed.policy.practice).make(id, by: "pm.jones")
            let stored = try await h.store.webhookEvents.deliveries(about: id)
            let webhook = try #require(stored.first { !$0.key.hasPrefix("sync:") })
            let read = try #require(stored.first { $0.key.hasPrefix("sync:") })
            let files = Dictionary(uniqueKeysWithValues: pack.files.map { ($0.name, $0.bytes) })
            let delivered = try #require(files.first { $0.key.hasPrefix("webhook-deliveries/01-add-") })
            #expect(delivered.value == webhook.body)
            let graphRead = try #require(files.first { $0.key.hasPrefix("graph/read-01-add-") })
            #expect(graphRead.value == read.body)
            #expect(String(decoding: graphRead.value, as: UTF8.self).contains(#""is_hidden":true"#))
            let hide = try #require(try await h.store.actions.list(for: id).first { $0.kind == .hide })
            let answer = try #require(files["graph/answer-to-action-\(hide.id)-hide.json"])
            #expect(String(decoding: answer, as: UTF8.self) == hide.platformResponse)
            #expect(pack.grounds == ["defamation"])
            #expect(try ZipEntries(pack.archive).names == pack.files.map(\.name))
        }
    }
}
