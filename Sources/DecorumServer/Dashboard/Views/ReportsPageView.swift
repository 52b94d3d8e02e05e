import DecorumCore
import DecorumStore
import Foundation

/// The Reports page: one week or month laid out as charts and tables, the way to the periods either side
/// and the downloads, and the items on which a person overrode Decorum.
struct ReportsPageView: Sendable {
    /// A choice in the period list.
    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    /// An item a person overrode Decorum on: what it said, what Decorum decided and what the person did.
    struct Override: Sendable {
        var href: String
        var itemID: String
        var arrivedAt: String
        var arrivedISO: String
        /// The start of the comment's text, hidden characters shown by their code.
        var runs: [DisplayText.Run]
        var truncated: Bool
        var categories: [String]
        var decision: String
        var verdict: String
        var by: String
    }

    /// The most overrides listed; the rest are counted.
    static let overridesShown = 50
    /// The most characters of a comment shown in the list of overrides.
    static let excerptLength = 200

    var report: ReportPresentation
    /// "March 2026", "Week of 23–29 Mar 2026".
    var heading: String
    var period: String
    var from: String
    var periodOptions: [Option]
    var previousHref: String
    var previousLabel: String
    var nextHref: String?
    var nextLabel: String
    /// A link back to the current week or month, when showing another.
    var currentHref: String?
    /// Said when the period is not over yet.
    var soFar: String?
    var hasItems: Bool
    var reportCSVHref: String
    var itemsCSVHref: String
    var overrides: [Override]
    var hasOverrides: Bool
    /// "and 12 more", when not all are listed.
    var moreOverrides: String?

    init(selection: ReportSelection, report: Report, items: [ReportItem], now: Date, calendar: ReportCalendar = .london) {
        self.report = ReportPresentation(report: report)
        let noun = selection.period.noun
        heading = selection.period == .month
            ? "\(LocalDay.monthNames[selection.firstDay.month - 1]) \(selection.firstDay.year)" : "Week of \(report.rangeLabel)"
        period = selection.period.rawValue
        from = selection.firstDay.description
        periodOptions = [(ReportGranularity.month, "A month, week by week"), (.week, "A week, day by day")].map { kind, label in
            Option(value: kind.rawValue, label: label, selected: kind == selection.period)
        }
        let previous = selection.previous(calendar)
        previousHref = "/reports?" + previous.query
        previousLabel = "Previous \(noun)"
        let next = selection.next(calendar)
        nextHref = next.range.start <= now ? "/reports?" + next.query : nil
        nextLabel = "Next \(noun)"
        let current = selection.range.contains(now)
        currentHref = current ? nil : "/reports?period=\(selection.period.rawValue)"
        soFar = current ? "This \(noun) is not over: the figures are for the items that have arrived so far." : nil
        hasItems = report.total.itemsReceived > 0
        reportCSVHref = "/reports/report.csv?" + selection.query
        itemsCSVHref = "/reports/items.csv?" + selection.query

        let overridden = items.filter { $0.verdict?.isOverride == true }
        overrides = overridden.prefix(Self.overridesShown).map { Self.override($0) }
        hasOverrides = !overridden.isEmpty
        let more = overridden.count - overrides.count
        moreOverrides = more > 0 ? "and \(ReportText.count(more, "more item")) (all of them are in the items download)" : nil
    }

    static func override(_ item: ReportItem) -> Override {
        let text = item.text ?? ""
        let excerpt = String(text.prefix(excerptLength))
        return Override(
            href: "/items/\(QueueView.percentEncoded(item.id.rawValue))", itemID: item.id.rawValue, arrivedAt: Labels.time(item.arrivedAt),
            arrivedISO: Labels.isoTime(item.arrivedAt), runs: DisplayText.runs(excerpt), truncated: excerpt.count < text.count,
            categories: item.categories.map { Labels.category($0.rawValue) },
            decision: item.decision.map { Labels.decisionAction($0.rawValue) } ?? "Not judged",
            verdict: verdictWords(item), by: item.personSteps.last { $0.kind == .overrode }?.actor ?? item.decidedBy ?? "")
    }

    /// What the person did instead of what Decorum decided.
    static func verdictWords(_ item: ReportItem) -> String {
        guard item.verdict != .overridden else { return "Dismissed Decorum's decision" }
        let chosen = item.personSteps.compactMap { step -> ActionKind? in
            if case .choseAction(let kind) = step.kind { kind } else { nil }
        }
        return chosen.isEmpty ? "Chose another action" : "Chose: " + chosen.map(Labels.action).joined(separator: ", ")
    }
}
