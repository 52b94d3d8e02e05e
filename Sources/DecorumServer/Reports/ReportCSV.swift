import DecorumCore
public import DecorumStore
import struct Foundation.Date

/// The report's downloads: `report.csv` (the figures of each period, then the total) and `items.csv` (one
/// row per item). Neither holds a comment's text unless asked: CSV files travel, by e-mail and on laptops.
///
/// Both start with a byte-order mark by default so Excel reads them as UTF-8; times are UK time, with UTC beside
/// them in `items.csv` because an hour repeats when the clocks go back.
public enum ReportCSV {
    /// The figures of each period of `report`, one row each, then the whole range.
    public static func periods(_ report: Report, labels: ReportLabels = .standard, byteOrderMark: Bool = true) -> String {
        var csv = CSVWriter(byteOrderMark: byteOrderMark)
        var header = ["period", "first day", "last day", "partial", "items received", "items judged", "items flagged"]
        header += Category.allCases.map { "category: \(labels.label($0))" }
        header += Action.allCases.map { "Decorum decided: \($0.rawValue)" }
        header += ReportOutcome.allCases.map { "outcome: \($0.label.lowercased())" }
        header += [
            "still with people", "items acted on", "median time to action (s)", "90th percentile time to action (s)",
            "decided by a person", "approved", "overridden", "chose another action", "decided after review", "overrides",
            "override rate (%)", "median time to a person's decision (s)", "90th percentile time to a person's decision (s)",
            "safeguarding alerts", "safeguarding alerts acknowledged", "median time to acknowledge (s)",
            "90th percentile time to acknowledge (s)",
        ]
        csv.append(header)
        for figures in report.periods + [report.total] {
            let p = figures.period
            var row = [p.label, p.firstDay.description, p.lastDay.description, p.isPartial ? "yes" : "no"]
            row += [figures.itemsReceived, figures.itemsJudged, figures.itemsFlagged].map(String.init)
            row += Category.allCases.map { String(figures.count($0)) }
            row += Action.allCases.map { String(figures.count($0)) }
            row += ReportOutcome.allCases.map { String(figures.count($0)) }
            row += [String(figures.stillWithPeople), String(figures.itemsActedOn)]
            row += [ReportText.seconds(figures.timeToAction.median), ReportText.seconds(figures.timeToAction.p90)]
            row += [figures.decidedByPerson, figures.count(.approved), figures.count(.overridden), figures.count(.choseOther),
                    figures.count(.decidedOnReview), figures.overrides].map(String.init)
            row.append(figures.overrideRate.map { SVGWriter.number($0 * 100) } ?? "")
            row += [ReportText.seconds(figures.timeToPersonDecision.median), ReportText.seconds(figures.timeToPersonDecision.p90)]
            row += [String(figures.safeguardingAlerts), String(figures.safeguardingAcknowledged)]
            row += [ReportText.seconds(figures.timeToAcknowledge.median), ReportText.seconds(figures.timeToAcknowledge.p90)]
            csv.append(row)
        }
        return csv.text
    }

    /// One row per item: when it arrived, its categories, what Decorum decided and what was done, how long
    /// that took and who decided; with `includeText`, the item's text last (read it with
    /// ``ReportRepository/items(arrivedFrom:to:page:includingText:)`` asking for it).
    public static func items(
        _ items: [ReportItem], calendar: ReportCalendar = .london, includeText: Bool = false, byteOrderMark: Bool = true
    ) -> String {
        var csv = CSVWriter(byteOrderMark: byteOrderMark)
        var header = [
            "item", "page", "kind", "arrived (UK time)", "arrived (UTC)", "categories", "Decorum decided", "done on the Page",
            "first action", "first action done (UK time)", "time to action (s)", "people's verdict", "decided by", "status now",
        ]
        if includeText { header.append("text") }
        csv.append(header)
        for item in items {
            var row = [
                item.id.rawValue, item.page.rawValue, item.kind.rawValue, calendar.localTimestamp(item.arrivedAt),
                utcTimestamp(item.arrivedAt), item.categories.map(\.rawValue).joined(separator: "; "),
                item.decision?.rawValue ?? "not judged yet", item.actionsDone.map(\.rawValue).joined(separator: "; "),
                item.firstAction?.kind.rawValue ?? "", item.firstAction.map { calendar.localTimestamp($0.doneAt) } ?? "",
                ReportText.seconds(item.timeToAction), item.verdict?.label ?? "", item.decidedBy ?? "", item.status.rawValue,
            ]
            if includeText { row.append(item.text ?? "") }
            csv.append(row)
        }
        return csv.text
    }

    /// A file name for a download: `decorum-report-2026-03-01-to-2026-03-31.csv`, `decorum-items-….csv`.
    public static func fileName(_ kind: String, for report: Report) -> String {
        "decorum-\(Markup.identifier(kind))-\(report.total.period.firstDay)-to-\(report.total.period.lastDay).csv"
    }

    private static func utcTimestamp(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        return CivilTime.timestamp(unixSeconds: seconds) + "Z"
    }
}
