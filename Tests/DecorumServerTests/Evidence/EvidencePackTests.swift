import DecorumCore
import DecorumStore
import Foundation
import Testing
@testable import DecorumServer

/// Evidence packs made from items stored as the service stores them, on a real SQLite database, checked with
/// the tools a solicitor would use: Python's `zipfile` and `sha256sum -c`.
@Suite("Evidence packs")
struct EvidencePackTests {
    static func maker(_ store: Store) -> EvidencePackMaker { EvidencePackMaker(store: store, practice: EvidenceSeed.policy.practice) }

    /// The defamatory comment of the fixtures on a new store, and its pack as the practice manager made it.
    struct Seeded {
        var store: Store
        var clock: AuthTestClock
        var item: ItemID
        /// The delivery keys of the comment and its edit.
        var keys: [String]
        var pack: EvidencePack
    }

    static func withDefamationPack(_ body: (Seeded) async throws -> Void) async throws {
        let clock = AuthTestClock()
        try await EvidenceSeed.withStore(clock: clock) { store in
            let (item, keys) = try await EvidenceSeed.defamation(in: store, clock: clock)
            let pack = try await maker(store).make(item, by: "pm.jones")
            try await body(Seeded(store: store, clock: clock, item: item, keys: keys, pack: pack))
        }
    }

    static func text(_ pack: EvidencePack, _ name: String) throws -> String {
        String(decoding: try #require(pack.files.first { $0.name == name }, "\(name) is in the pack").bytes, as: UTF8.self)
    }

    static func json(_ pack: EvidencePack, _ name: String) throws -> JSONValue {
        try JSONValue.parse(try text(pack, name))
    }

    @Test("a defamatory comment's pack holds the item, both deliveries as received, the decisions, the actions with Facebook's answers, the audit trail, the summary, the notice and the manifest")
    func everyFile() async throws {
        try await Self.withDefamationPack { seeded in
            let (store, item, keys, pack) = (seeded.store, seeded.item, seeded.keys, seeded.pack)
            let actions = try await store.actions.list(for: item)
            #expect(!actions.isEmpty && actions.allSatisfy { $0.status == .done })

            let names = pack.files.map(\.name)
            let deliveries = names.filter { $0.hasPrefix("webhook-deliveries/") }
            #expect(deliveries.count == 2)
            #expect(deliveries.first?.hasPrefix("webhook-deliveries/01-add-") == true)
            #expect(deliveries.last?.hasPrefix("webhook-deliveries/02-edited-") == true)
            let answers = actions.map { "graph/answer-to-action-\($0.id)-\($0.kind.rawValue).json" }
            #expect(names == ["item.json", "decision.json", "actions.json", "audit.json"] + deliveries + answers
                + ["notice-of-complaint.txt", "summary.html", "manifest.sha256"])
            #expect(pack.grounds == ["defamation"])
            #expect(pack.fileName == "evidence-555000111_777000901-20260528.zip")

            // Each delivery byte for byte as stored when it arrived.
            for (name, key) in zip(deliveries, keys) {
                let stored = try #require(try await store.webhookEvents.body(forKey: key))
                #expect(pack.files.first { $0.name == name }?.bytes == stored)
            }
            for (name, action) in zip(answers, actions) {
                #expect(try Self.text(pack, name) == action.platformResponse)
            }

            let itemJSON = try Self.json(pack, "item.json")
            #expect(itemJSON.member("id")?.stringValue == item.rawValue)
            #expect(itemJSON.member("author") == .object([("id", .string("6483920174625381")), ("name", .string("Sandra Holt"))]))
            #expect(itemJSON.member("permalink")?.member("url")?.stringValue
                == "https://www.facebook.com/1000000000001/posts/555000111?comment_id=777000901")
            #expect(itemJSON.member("permalink")?.member("source")?.stringValue == "worked_out_from_ids")
            #expect(itemJSON.member("created_time")?.stringValue == "2024-06-01T10:00:00Z")
            #expect(itemJSON.member("first_seen")?.stringValue == "2026-05-28T20:26:40.000Z")
            #expect(itemJSON.member("hidden_on_page") == .bool(true))
            #expect(itemJSON.member("text")?.stringValue == EvidenceFixtures.editedText)
            guard case .array(let revisions)? = itemJSON.member("revisions") else { Issue.record("no revisions"); return }
            #expect(revisions.map { $0.member("text")?.stringValue } == [EvidenceFixtures.defamatoryText, EvidenceFixtures.editedText])
            #expect(revisions.map { $0.member("delivery_file")?.stringValue } == deliveries)

            guard case .array(let decisions)? = try Self.json(pack, "decision.json").member("decisions") else { Issue.record("no decisions"); return }
            #expect(decisions.count == 2)
            #expect(decisions.allSatisfy { $0.member("categories")?.serialized().contains(#""category":"defamation""#) == true })
            guard case .array(let actionsJSON)? = try Self.json(pack, "actions.json").member("actions") else { Issue.record("no actions"); return }
            #expect(actionsJSON.count == actions.count)
            #expect(actionsJSON.allSatisfy { $0.member("platform_response") == .object([("success", .bool(true))]) })
            guard case .array(let audit)? = try Self.json(pack, "audit.json").member("entries") else { Issue.record("no audit"); return }
            let events = audit.compactMap { $0.member("event")?.stringValue }
            #expect(events.contains("judged") && events.last == "approved")
            #expect(!events.contains("evidence_pack_made"))
        }
    }

    @Test("manifest.sha256 lists every other file, and sha256sum -c checks the unzipped pack (and catches a changed file)")
    func manifestVerifies() async throws {
        try await Self.withDefamationPack { seeded in
            let pack = seeded.pack
            let manifest = try Self.text(pack, "manifest.sha256")
            let listed = manifest.split(separator: "\n").map { String($0.dropFirst(66)) }
            #expect(listed == pack.files.dropLast().map(\.name))
            try await withTemporaryDirectory { directory in
                let zip = directory.appendingPathComponent("pack.zip")
                try Data(pack.archive).write(to: zip)
                let unzipped = directory.appendingPathComponent("unzipped")
                let extract = try ExternalTool.pythonExtract(zip.path, into: unzipped)
                #expect(extract.status == 0, "\(extract.output)")
                let check = try ExternalTool.run("sha256sum", ["-c", "--strict", "manifest.sha256"], in: unzipped)
                #expect(check.status == 0, "\(check.output)")
                #expect(check.output.split(separator: "\n").count == pack.files.count - 1)
                #expect(check.output.split(separator: "\n").allSatisfy { $0.hasSuffix(": OK") })

                let tampered = unzipped.appendingPathComponent("item.json")
                try Data("{}".utf8).write(to: tampered)
                let failed = try ExternalTool.run("sha256sum", ["-c", "manifest.sha256"], in: unzipped)
                #expect(failed.status != 0)
                #expect(failed.output.contains("item.json: FAILED"))
            }
        }
    }

    @Test("Python's zipfile and the tests' own reader read the pack: every CRC right, names flagged UTF-8, stored, dated from the records")
    func zipReadsBack() async throws {
        try await Self.withDefamationPack { seeded in
            let pack = seeded.pack
            let entries = try ZipEntries(pack.archive)
            #expect(entries.names == pack.files.map(\.name))
            for file in pack.files { #expect(entries[file.name] == file.bytes, "\(file.name)") }
            #expect(entries.entries.allSatisfy { $0.flags == 0x0800 && $0.method == 0 })
            try await withTemporaryDirectory { directory in
                let path = directory.appendingPathComponent("pack.zip").path
                try Data(pack.archive).write(to: URL(fileURLWithPath: path))
                let python = try ExternalTool.pythonZipfile(path)
                #expect(python.status == 0, "\(python.output)")
                let lines = python.output.split(separator: "\n").map(String.init)
                #expect(lines.first == "None")
                // The last record is the approval, 364 s after the first delivery at 2026-05-28 20:26:40 UTC.
                #expect(Array(lines.dropFirst()) == pack.files.map { "\($0.name) 2048 0 2026-05-28 20:32:44" })
            }
        }
    }

    @Test("the same records give a byte-identical pack however often it is made; each making is audited with the manifest's SHA-256 and no words of the comment")
    func deterministic() async throws {
        try await Self.withDefamationPack { seeded in
            let (store, clock, item, first) = (seeded.store, seeded.clock, seeded.item, seeded.pack)
            clock.advance(by: 3600)
            _ = try await store.items.claim(item, for: "ig.lead", duration: .seconds(600))  // someone opens the item page
            let second = try await Self.maker(store).make(item, by: "ig.lead")
            #expect(second.archive == first.archive)
            #expect(second.manifestSHA256 == first.manifestSHA256)

            let made = try await store.audit.list(for: item).filter { $0.event == "evidence_pack_made" }
            #expect(made.map(\.actor) == ["pm.jones", "ig.lead"])
            for entry in made {
                let details = try JSONValue.parse(entry.detailsJSON)
                #expect(details.member("manifest_sha256")?.stringValue == first.manifestSHA256)
                #expect(details.member("zip_sha256")?.stringValue == first.archiveSHA256)
                #expect(details.member("forced") == .bool(false))
                #expect(!entry.detailsJSON.contains("drunk") && !entry.detailsJSON.contains("Whitfield") && !entry.detailsJSON.contains("Sandra"))
            }

            // Something new about the item makes a new pack.
            try await store.audit.append(actor: "pm.jones", event: "note_added", itemID: item, details: .object([]))
            let third = try await Self.maker(store).make(item, by: "pm.jones")
            #expect(third.archive != first.archive)
        }
    }

    @Test("hostile text in summary.html is inert: markup escaped, a right-to-left override shown by its code, no scripts allowed")
    func summaryEscapes() async throws {
        try await Self.withDefamationPack { seeded in
            let html = try Self.text(seeded.pack, "summary.html")
            #expect(html.contains(#"content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'""#))
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.lowercased().contains("<img"))
            #expect(!html.contains("javascript:alert(2)\""))
            #expect(!html.contains("<a href=\"javascript"))
            #expect(html.contains("&lt;script&gt;alert(&#39;pack&#39;)&lt;/script&gt;"))
            #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
            #expect(!html.unicodeScalars.contains("\u{202E}"))
            #expect(html.contains("[U+202E]gnp.exe"))
            // The only link is the comment's address on facebook.com.
            let links = html.components(separatedBy: "<a ").dropFirst().map { $0.prefix { $0 != ">" } }
            #expect(links == [#"href="https://www.facebook.com/1000000000001/posts/555000111?comment_id=777000901" rel="noopener noreferrer nofollow""#])
            #expect(html.contains("<mark title=\""))
            #expect(html.contains("Sandra Holt (Facebook user 6483920174625381)"))
        }
    }

    @Test("the draft notice of complaint has every matter s.5(6) and regulation 2 require, with what Decorum knows filled in and the rest marked TO COMPLETE")
    func noticeOfComplaint() async throws {
        try await Self.withDefamationPack { seeded in
            let notice = try Self.text(seeded.pack, "notice-of-complaint.txt")
            for heading in [
                "1. The complainant's name (s.5(6)(a))", "2. The complainant's e-mail address (reg. 2(a))",
                "3. The statement complained of, and why it is defamatory (s.5(6)(b))",
                "4. Where on the website the statement was posted (s.5(6)(c))",
                "5. The meaning the complainant attributes to the statement (reg. 2(b))",
                "6. Aspects the complainant believes are factually inaccurate (reg. 2(c)(i))",
                "7. Aspects the complainant believes are opinions not supported by fact (reg. 2(c)(ii))",
                "8. Information about the poster (reg. 2(d))", "9. Consent to the poster being told who complained (reg. 2(e))",
            ] {
                #expect(notice.contains("\n" + heading + "\n"), "\(heading)")
            }
            #expect(notice.components(separatedBy: "TO COMPLETE").count - 1 >= 11)
            #expect(notice.contains("https://www.facebook.com/1000000000001/posts/555000111?comment_id=777000901"))
            #expect(notice.contains("> " + EvidenceFixtures.editedText))
            #expect(notice.contains("> " + EvidenceFixtures.defamatoryText))
            #expect(notice.contains("[U+202E]gnp.exe"))
            #expect(notice.contains("Dr Sarah Whitfield (written \"Dr Whitfield\")"))
            #expect(notice.contains("Posted by Sandra Holt (Facebook user 6483920174625381)"))
            #expect(notice.contains("the name \"Sandra Holt\" and Facebook user id 6483920174625381"))
            #expect(notice.contains("hidden on the Page"))
            #expect(notice.contains("(i)  the complainant's name:"))
            #expect(notice.contains("(ii) the complainant's e-mail address:"))
        }
    }

    @Test("an item Decorum found neither defamation nor a threat in is refused, naming it and what was found; forced, it is made and audited as forced")
    func refusal() async throws {
        try await EvidenceSeed.withStore { store in
            let id = "555000111_777000902"
            try await EvidenceSeed.deliver(EvidenceFixtures.envelope(EvidenceFixtures.comment("add", id: id, text: EvidenceFixtures.complaintText)), to: store)
            let item = ItemID(id)
            let found = RecordedDecision(try #require(try await store.decisions.latest(for: item))).categories
            #expect(found.contains("complaint") && !found.contains("defamation"))
            await #expect(throws: EvidenceError.notDefamationOrThreat(item, categoriesFound: found)) {
                try await Self.maker(store).make(item, by: "pm.jones")
            }
            let message = EvidenceError.notDefamationOrThreat(item, categoriesFound: found).description
            #expect(message.hasPrefix("Item 555000111_777000902 is not defamation or a threat: Decorum's decisions about it found only complaint"))
            #expect(message.contains("--force"))
            #expect(try await store.audit.list(for: item).allSatisfy { $0.event != "evidence_pack_made" })

            let pack = try await Self.maker(store).make(item, by: "pm.jones", force: true)
            #expect(pack.grounds.isEmpty)
            #expect(try Self.text(pack, "summary.html").contains("Decorum did not find defamation or a threat in this item"))
            let made = try #require(try await store.audit.list(for: item).last)
            #expect(made.event == "evidence_pack_made")
            #expect(try JSONValue.parse(made.detailsJSON).member("forced") == .bool(true))

            await #expect(throws: EvidenceError.unknownItem(ItemID("1_2"))) { try await Self.maker(store).make(ItemID("1_2"), by: "pm.jones", force: true) }
        }
    }

    @Test("a threat counts as grounds: abuse the detector gave as a threat, without --force")
    func threat() async throws {
        try await EvidenceSeed.withStore { store in
            let id = "555000111_777000903"
            try await EvidenceSeed.deliver(EvidenceFixtures.envelope(EvidenceFixtures.comment("add", id: id, text: EvidenceFixtures.threatText)), to: store)
            let pack = try await Self.maker(store).make(ItemID(id), by: "pm.jones")
            #expect(pack.grounds == ["threat"])
            #expect(try Self.text(pack, "summary.html").contains("Decorum found a threat in it."))
        }
    }

    @Test("a held item's pack names the hold; once the retention purge has taken the words, the pack says so and quotes none")
    func heldAndPurged() async throws {
        try await Self.withDefamationPack { seeded in
            let (store, clock, item) = (seeded.store, seeded.clock, seeded.item)
            try await store.items.setStatus(.actioned, for: item)
            try await store.holds.place(on: item, by: "practice.manager", reason: "Solicitor's letter QMC/2026/14")
            let held = try await Self.maker(store).make(item, by: "pm.jones")
            #expect(try Self.json(held, "item.json").member("legal_hold")?.member("reason")?.stringValue == "Solicitor's letter QMC/2026/14")
            #expect(try Self.text(held, "summary.html").contains("placed by practice.manager: Solicitor&#39;s letter QMC/2026/14"))

            try await store.holds.release(item, by: "practice.manager", reason: "Claim withdrawn")
            clock.advance(by: 401 * 86_400)
            _ = try await store.retention.purge(Retention(), by: "decorum", policyVersion: "quorn-2026.1")
            let purged = try await Self.maker(store).make(item, by: "pm.jones")
            let itemJSON = try Self.json(purged, "item.json")
            #expect(itemJSON.member("text_purged_at") != .null)
            #expect(itemJSON.member("legal_hold") == .null)
            #expect(!purged.files.contains { $0.name.hasPrefix("webhook-deliveries/") })
            guard case .array(let deliveries)? = itemJSON.member("deliveries") else { Issue.record("no deliveries"); return }
            #expect(deliveries.count == 2)
            #expect(deliveries.allSatisfy { $0.member("file") == .null && $0.member("purged_at") != .null })
            #expect(try Self.text(purged, "summary.html").contains("Words purged"))
            let notice = try Self.text(purged, "notice-of-complaint.txt")
            #expect(notice.contains("TO COMPLETE: the words complained of. Decorum's copy was purged on"))
            #expect(notice.contains("- (words purged): an allegation of being drunk or on drugs"))
            for file in purged.files {
                let text = String(decoding: file.bytes, as: UTF8.self)
                for words in ["was drunk", "Tuesday", "struck off", "gnp.exe", "Sandra"] { #expect(!text.contains(words), "\(file.name) has \(words)") }
            }
        }
    }
}
