import DecorumCore
import DecorumStore
import Foundation

/// What the queue shows: the items waiting for a person, urgent first (safeguarding, other people's
/// data, defamation), then oldest first, with their text, the evidence marked, the clause they break and
/// what Decorum proposes.
struct QueueView: Sendable {
    struct Filter: Sendable, Hashable {
        var category: String?
        var status: ItemStatus?
        var page: PageID?
        var since: Date?
        var until: Date?
    }

    struct Row: Sendable {
        var id: String
        var href: String
        var urgent: Bool
        /// When it arrived, to the millisecond: the order of the queue (the labels show minutes).
        var received: Date
        var kind: String
        var status: String
        var author: String
        var receivedAt: String
        var receivedISO: String
        var receivedAgo: String
        var pieces: [HighlightedText.Piece]
        var categories: [Tag]
        var clauses: [String]
        var proposal: String
        var claimedBy: String?
        var claimedByMe: Bool
        var canApprove: Bool
        var number: Int
    }

    struct Tag: Sendable {
        var label: String
        var cssClass: String
    }

    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    var rows: [Row]
    var urgentCount: Int
    // Stored, not computed: templates see only stored properties.
    var count: Int
    var hasRows: Bool
    var hasUrgent: Bool
    var categoryOptions: [Option]
    var statusOptions: [Option]
    var pageOptions: [Option]
    var since: String
    var until: String
    var filtered: Bool

    static let waitingStatuses: [ItemStatus] = [.awaitingApproval, .inReview, .actionFailed]

    static func build(store: Store, policy: Policy, filter: Filter, viewer: String, now: Date, limit: Int = 500) async throws -> QueueView {
        let statuses = filter.status.map { [$0] } ?? waitingStatuses
        let items = try await store.items.list(ItemQuery(statuses: statuses, page: filter.page, since: filter.since, until: filter.until,
                                                          limit: limit))
        let ids = items.map(\.item.id)
        let decisions = try await store.decisions.latest(for: ids)
        let actions = try await store.actions.list(for: ids)
        let claims = try await store.items.claims(of: ids)
        var rows = [Row]()
        for stored in items {
            let id = stored.item.id
            let decision = decisions[id].map(RecordedDecision.init)
            let categories = decision?.categories ?? []
            if let wanted = filter.category, !categories.contains(wanted) { continue }
            let waiting = (actions[id] ?? []).filter { $0.status == .awaitingApproval }
            let claim = claims[id]
            rows.append(Row(
                id: id.rawValue, href: "/items/\(percentEncoded(id.rawValue))", urgent: Labels.isUrgent(categories),
                received: stored.firstSeen, kind: stored.kind.rawValue, status: Labels.status(stored.status),
                author: DisplayText.plain(stored.item.author?.name ?? "Unknown author"),
                receivedAt: Labels.time(stored.firstSeen), receivedISO: Labels.isoTime(stored.firstSeen),
                receivedAgo: Labels.ago(stored.firstSeen, now: now),
                pieces: HighlightedText.pieces(stored.item.text, marks: (decision?.spans ?? []).map { ($0.start, $0.end, $0.reason) }),
                categories: categories.map { Tag(label: Labels.category($0), cssClass: $0 == "safeguarding" ? "safeguarding" : "") },
                clauses: (decision?.rules ?? []).compactMap { clause(RuleID(rawValue: $0), policy: policy) },
                proposal: proposal(decision, waiting: waiting, status: stored.status),
                claimedBy: claim.map(\.by).flatMap { $0 == viewer ? nil : $0 }, claimedByMe: claim?.by == viewer,
                canApprove: !waiting.isEmpty || stored.status == .inReview, number: 0))
        }
        // Urgent first, then the longest waiting.
        rows.sort { a, b in a.urgent != b.urgent ? a.urgent : (a.received, a.id) < (b.received, b.id) }
        for i in rows.indices { rows[i].number = i + 1 }
        let pages = Set(items.map(\.page.rawValue)).sorted()
        let urgent = rows.filter(\.urgent).count
        return QueueView(
            rows: rows, urgentCount: urgent, count: rows.count, hasRows: !rows.isEmpty, hasUrgent: urgent > 0,
            categoryOptions: [Option(value: "", label: "Any category", selected: filter.category == nil)]
                + Category.allCases.map { Option(value: $0.rawValue, label: Labels.category($0.rawValue), selected: filter.category == $0.rawValue) },
            statusOptions: [Option(value: "", label: "Waiting for a person", selected: filter.status == nil)]
                + ItemStatus.allCases.map { Option(value: $0.rawValue, label: Labels.status($0), selected: filter.status == $0) },
            pageOptions: [Option(value: "", label: "All pages", selected: filter.page == nil)]
                + pages.map { Option(value: $0, label: $0, selected: filter.page?.rawValue == $0) },
            since: filter.since.map(dayString) ?? "", until: filter.until.map(dayString) ?? "",
            filtered: filter != Filter())
    }

    /// "Clause 6: Staff identification".
    static func clause(_ id: RuleID, policy: Policy) -> String? {
        guard let rule = policy.rule(id: id) else { return nil }
        return rule.clauseNumber.map { "Clause \($0): \(rule.title)" } ?? rule.title
    }

    static func proposal(_ decision: RecordedDecision?, waiting: [StoredAction], status: ItemStatus) -> String {
        guard let decision else { return "Not judged yet" }
        if !waiting.isEmpty {
            return "Proposes: " + waiting.map { Labels.action($0.kind) }.joined(separator: ", ") + " — waiting for your approval"
        }
        switch status {
        case .inReview: return "Kept for a person to decide"
        case .actionFailed: return "An action failed: it needs a person"
        default: return Labels.decisionAction(decision.action)
        }
    }

    static func dayString(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "Europe/London")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    static func percentEncoded(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "_-."))) ?? s
    }
}
