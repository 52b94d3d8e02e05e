public import DecorumCore
public import DecorumStore
public import Foundation

/// Everything Decorum holds about one author (a subject access request under UK GDPR art. 15): their items
/// with every edit as received, what Decorum decided and did about each, the team's notes and the audit trail.
/// Other people's comments, even replies to this author's, are left out; so are whole webhook deliveries,
/// which can carry other people's comments beside theirs (each item's own part of a delivery is included).
public struct SubjectAccessExport: Sendable {
    public let author: AuthorID
    public let itemCount: Int
    public let json: String
    public let html: String

    public static func build(author: AuthorID, store: Store, practiceName: String, now: Date) async throws -> SubjectAccessExport {
        var items = [StoredItem]()
        var cursor: ItemCursor?
        repeat {
            let page = try await store.items.list(ItemQuery(author: author, limit: 500, after: cursor))
            items += page
            cursor = page.count == 500 ? page.last.map { ItemCursor(lastSeen: $0.lastSeen, id: $0.item.id) } : nil
        } while cursor != nil
        items.sort { ($0.firstSeen, $0.item.id.rawValue) < ($1.firstSeen, $1.item.id.rawValue) }

        var entries = [JSONValue]()
        var sections = [String]()
        var names = [String]()
        for stored in items {
            let id = stored.item.id
            if let name = stored.item.author?.name, !names.contains(name) { names.append(name) }
            let revisions = try await store.items.revisions(of: id)
            let decisions = try await store.decisions.list(for: id)
            let actions = try await store.actions.list(for: id)
            let notes = try await store.notes.list(for: id)
            let audit = try await store.audit.list(for: id)
            entries.append(.object([
                ("id", .string(id.rawValue)), ("kind", .string(stored.kind.rawValue)), ("page", .string(stored.page.rawValue)),
                ("status", .string(stored.status.rawValue)), ("hidden", .bool(stored.isHidden)), ("deleted", .bool(stored.isDeleted)),
                ("first_seen", .string(Self.iso(stored.firstSeen))), ("last_seen", .string(Self.iso(stored.lastSeen))),
                ("revisions", .array(revisions.map { revision in
                    .object([
                        ("revision", .int(revision.revision)), ("text", .string(revision.text)), ("received_at", .string(Self.iso(revision.receivedAt))),
                        ("attachments", .array(revision.attachments.map { .object([("type", .string($0.type.rawValue)), ("url", .string($0.url ?? ""))]) })),
                        ("as_received", revision.raw.flatMap { try? JSONValue.parse($0) } ?? .null),
                    ])
                })),
                ("decisions", .array(decisions.map { decision in
                    .object([
                        ("at", .string(Self.iso(decision.createdAt))), ("action", .string(decision.action.rawValue)),
                        ("categories", (try? JSONValue.parse(decision.categoriesJSON)) ?? .null),
                        ("decision", (try? JSONValue.parse(decision.decisionJSON)) ?? .null),
                        ("policy_version", .string(decision.policyVersion)), ("model_version", .string(decision.modelVersion)),
                    ])
                })),
                ("actions", .array(actions.map { action in
                    .object([
                        ("kind", .string(action.kind.rawValue)), ("status", .string(action.status.rawValue)), ("text", action.text.map(JSONValue.string) ?? .null),
                        ("requested_by", .string(action.requestedBy)), ("reason", action.reason.map(JSONValue.string) ?? .null),
                        ("created_at", .string(Self.iso(action.createdAt))), ("updated_at", .string(Self.iso(action.updatedAt))),
                    ])
                })),
                ("notes", .array(notes.map { .object([("by", .string($0.author)), ("at", .string(Self.iso($0.createdAt))), ("text", .string($0.text))]) })),
                ("audit", .array(audit.map { entry in
                    .object([
                        ("at", .string(Self.iso(entry.at))), ("actor", .string(entry.actor)), ("event", .string(entry.event)),
                        ("details", (try? JSONValue.parse(entry.detailsJSON)) ?? .null),
                    ])
                })),
            ]))
            sections.append(Self.section(stored, revisions: revisions, decisions: decisions, actions: actions, notes: notes))
        }
        let document = JSONValue.object([
            ("subject", .object([("author_id", .string(author.rawValue)), ("names_seen", .array(names.map(JSONValue.string)))])),
            ("controller", .string(practiceName)), ("generated_at", .string(Self.iso(now))),
            ("left_out", .string("Other people's comments, including replies to these; whole webhook deliveries (each item's own part is under as_received).")),
            ("items", .array(entries)),
        ])
        let html = """
            <!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>What \(Markup.escape(practiceName)) holds about \(Markup.escape(author.rawValue))</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1b1b1b}blockquote{white-space:pre-wrap;background:#f3f2f1;border-left:4px solid #b1b4b6;margin:0.5em 0;padding:0.5em 1em}table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:4px 8px;text-align:left}</style>
            </head><body>
            <h1>What \(Markup.escape(practiceName)) holds about you</h1>
            <p>Facebook user id <code>\(Markup.escape(author.rawValue))</code>\(names.isEmpty ? "" : ", shown as " + names.map { "“" + Markup.escape($0) + "”" }.joined(separator: ", ")).
            Made \(Markup.escape(Self.iso(now))). \(items.count) item\(items.count == 1 ? "" : "s"), oldest first. The same, complete and machine-readable, is in the JSON file beside this one.</p>
            \(sections.joined(separator: "\n"))
            </body></html>
            """
        return SubjectAccessExport(author: author, itemCount: items.count, json: document.serialized(), html: html)
    }

    static func section(_ stored: StoredItem, revisions: [ItemRevision], decisions: [StoredDecision], actions: [StoredAction], notes: [Note]) -> String {
        var out = "<section><h2>\(Markup.escape(stored.kind.rawValue.capitalized)) of \(Markup.escape(iso(stored.firstSeen)))</h2>"
        for revision in revisions {
            out += "<p>Version \(revision.revision), received \(Markup.escape(iso(revision.receivedAt))):</p><blockquote>\(Markup.escape(revision.text))</blockquote>"
        }
        if let decision = decisions.last { out += "<p>Decorum's decision: <strong>\(Markup.escape(decision.action.rawValue))</strong> (policy \(Markup.escape(decision.policyVersion))).</p>" }
        if !actions.isEmpty {
            out += "<table><tr><th>What was done</th><th>Status</th><th>When</th></tr>"
            for action in actions {
                out += "<tr><td>\(Markup.escape(action.kind.rawValue.replacingUnderscores))</td><td>\(Markup.escape(action.status.rawValue.replacingUnderscores))</td><td>\(Markup.escape(iso(action.updatedAt)))</td></tr>"
            }
            out += "</table>"
        }
        for note in notes { out += "<p>Note by \(Markup.escape(note.author)), \(Markup.escape(iso(note.createdAt))):</p><blockquote>\(Markup.escape(note.text))</blockquote>" }
        return out + "</section>"
    }

    static func iso(_ date: Date) -> String { CivilTime.timestamp(unixSeconds: Int64(date.timeIntervalSince1970.rounded(.down))) + "Z" }
}
