import DecorumCore
import DecorumStore
import Foundation

/// The audit log, searchable: who did what to which item, and when.
struct AuditView: Sendable {
    struct Row: Sendable {
        var id: Int64
        var at: String
        var actor: String
        var event: String
        var itemHref: String?
        var itemID: String?
        var details: String
    }

    struct Option: Sendable {
        var value: String
        var selected: Bool
    }

    var rows: [Row]
    var hasRows: Bool
    var actor: String
    var text: String
    var item: String
    var since: String
    var until: String
    var events: [Option]
    var nextHref: String?
    var csvHref: String
    /// The hash chain re-walked: "chain intact (N events)", or the first event altered, removed or inserted.
    var chain: String
    var chainIntact: Bool

    static func build(store: Store, query: AuditQuery, form: [String: String]) async throws -> AuditView {
        let entries = try await store.audit.search(query)
        let events = try await store.audit.events()
        let chain = try await store.audit.verifyChain()
        var next = form
        next["before"] = entries.last.map { String($0.id) }
        func href(_ path: String, _ fields: [String: String]) -> String {
            let pairs = fields.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
                .map { "\($0.key)=\(QueueView.percentEncoded($0.value))" }
            return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
        }
        var csvFields = form
        csvFields["before"] = nil
        return AuditView(
            rows: entries.map { entry in
                Row(id: entry.id, at: Labels.time(entry.at), actor: entry.actor, event: entry.event.replacingUnderscores,
                    itemHref: entry.itemID.map { "/items/\(QueueView.percentEncoded($0.rawValue))" }, itemID: entry.itemID?.rawValue,
                    details: DisplayText.plain(entry.detailsJSON))
            },
            hasRows: !entries.isEmpty, actor: form["actor"] ?? "", text: form["text"] ?? "", item: form["item"] ?? "",
            since: form["since"] ?? "", until: form["until"] ?? "",
            events: [Option(value: "", selected: (form["event"] ?? "").isEmpty)] + events.map { Option(value: $0, selected: form["event"] == $0) },
            nextHref: entries.count == query.limit ? href("/audit", next) : nil, csvHref: href("/audit.csv", csvFields),
            chain: chain.description, chainIntact: chain.isIntact)
    }
}
