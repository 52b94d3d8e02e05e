import DecorumCore

/// A report laid out for the dashboard: each chart as a complete `<figure>` with its figures as a table, and
/// the other figures as tables, all plain values for a Mustache template.
///
/// ```mustache
/// <h1>{{title}}</h1>
/// {{#figures}}{{{html}}}{{#table}}…{{/table}}{{/figures}}
/// {{#decisions}}…{{/decisions}} {{#outcomes}}…{{/outcomes}} {{#safeguarding}}…{{/safeguarding}}
/// ```
/// `html` is built here with every label escaped, so it goes in with triple braces; everything else is text
/// for Mustache to escape.
public struct ReportPresentation: Sendable, Hashable {
    /// "Moderation report, 1–31 March 2026, week by week".
    public var title: String
    /// The range in words: "1–31 March 2026".
    public var rangeLabel: String
    /// Items by category, time to action, override rate.
    public var figures: [ReportFigure]
    /// What Decorum decided about the items, period by period.
    public var decisions: ReportTable
    /// What became of the items, period by period.
    public var outcomes: ReportTable
    /// Safeguarding alerts and how fast they were acknowledged.
    public var safeguarding: ReportTable
    /// Sentences for the top of the page: the range's headline figures.
    public var headlines: [String]

    /// Lays out `report`, naming categories by `labels`; with an `idPrefix`, every element id starts with it, so
    /// two reports can share a page.
    public init(report: Report, labels: ReportLabels = .standard, idPrefix: String = "") {
        let prefix = idPrefix.isEmpty ? "" : Markup.identifier(idPrefix) + "-"
        title = "Moderation report, \(report.rangeLabel), \(SVGChart.cadence(report))"
        rangeLabel = report.rangeLabel
        let period = report.granularity.heading
        let categories = report.categoriesPresent

        let categoryChart = SVGChart.categories(report, labels: labels, id: prefix + "chart-categories")
        let categoryTable = ReportTable(
            id: prefix + "table-categories", caption: "Items by category (an item can fall in several)", header: period, report: report,
            columns: [("Items received", { String($0.itemsReceived) }), ("In a category", { String($0.itemsFlagged) })]
                + categories.map { category in (labels.label(category), { String($0.count(category)) }) })

        let timeChart = SVGChart.timeToAction(report, id: prefix + "chart-time-to-action")
        let timeTable = ReportTable(
            id: prefix + "table-time-to-action", caption: "Time from arrival to action, and to a person's decision", header: period,
            report: report, columns: [
                ("Items acted on", { String($0.timeToAction.count) }),
                ("Median time to action", { ReportText.duration($0.timeToAction.median) }),
                ("90th percentile", { ReportText.duration($0.timeToAction.p90) }),
                ("Items a person decided on", { String($0.timeToPersonDecision.count) }),
                ("Median time to a person's decision", { ReportText.duration($0.timeToPersonDecision.median) }),
                ("90th percentile", { ReportText.duration($0.timeToPersonDecision.p90) }),
            ])

        let overrideChart = SVGChart.overrideRate(report, id: prefix + "chart-override-rate")
        let overrideTable = ReportTable(
            id: prefix + "table-overrides", caption: "Decisions by people, and how often they overrode Decorum", header: period,
            report: report, columns: [
                ("Decided by a person", { String($0.decidedByPerson) }),
                ("Approved", { String($0.count(.approved)) }),
                ("Dismissed Decorum's decision", { String($0.count(.overridden)) }),
                ("Chose another action", { String($0.count(.choseOther)) }),
                ("Decided after review", { String($0.count(.decidedOnReview)) }),
                ("Override rate", { ReportText.percent($0.overrideRate) }),
            ])

        figures = [
            ReportFigure(chart: categoryChart, table: categoryTable),
            ReportFigure(chart: timeChart, table: timeTable),
            ReportFigure(chart: overrideChart, table: overrideTable),
        ]
        decisions = ReportTable(
            id: prefix + "table-decisions", caption: "What Decorum decided (its latest decision on each item)", header: period,
            report: report, columns: [("Items received", { String($0.itemsReceived) }), ("Not judged yet", { String($0.itemsReceived - $0.itemsJudged) })]
                + Action.allCases.map { action in (Labels.decisionAction(action.rawValue), { String($0.count(action)) }) })
        outcomes = ReportTable(
            id: prefix + "table-outcomes", caption: "What became of the items (an item can have several outcomes)", header: period,
            report: report, columns: [("Items received", { String($0.itemsReceived) }), ("Judged", { String($0.itemsJudged) })]
                + ReportOutcome.allCases.map { outcome in (outcome.label, { String($0.count(outcome)) }) }
                + [("Still with people", { String($0.stillWithPeople) })])
        safeguarding = ReportTable(
            id: prefix + "table-safeguarding", caption: "Safeguarding alerts", header: period, report: report, columns: [
                ("Alerts raised", { String($0.safeguardingAlerts) }),
                ("Acknowledged", { String($0.safeguardingAcknowledged) }),
                ("Median time to acknowledge", { ReportText.duration($0.timeToAcknowledge.median) }),
                ("90th percentile", { ReportText.duration($0.timeToAcknowledge.p90) }),
            ])
        headlines = Self.headlines(report)
    }

    private static func headlines(_ report: Report) -> [String] {
        let t = report.total
        var lines = ["\(ReportText.count(t.itemsReceived, "item")) arrived; \(t.itemsFlagged) fell in at least one category."]
        if t.timeToAction.count > 0 {
            lines.append("\(ReportText.count(t.timeToAction.count, "item was", "items were")) acted on: half within "
                + "\(ReportText.duration(t.timeToAction.median)), 90% within \(ReportText.duration(t.timeToAction.p90)).")
        }
        if t.decidedByPerson > 0 {
            lines.append("People decided on \(ReportText.count(t.decidedByPerson, "item")) and overrode Decorum on "
                + "\(t.overrides) (\(ReportText.percent(t.overrideRate))).")
        }
        if t.safeguardingAlerts > 0 {
            var line = "\(ReportText.count(t.safeguardingAlerts, "safeguarding alert")); \(t.safeguardingAcknowledged) acknowledged"
            if t.timeToAcknowledge.count > 0 { line += ", half of them within \(ReportText.duration(t.timeToAcknowledge.median))" }
            lines.append(line + ".")
        }
        if t.stillWithPeople > 0 {
            lines.append("\(ReportText.count(t.stillWithPeople, "item is", "items are")) still waiting for a person.")
        }
        return lines
    }
}

/// One chart as a complete `<figure>` (the SVG and a caption), with its figures as a table for those who
/// cannot see it, or want the numbers.
public struct ReportFigure: Sendable, Hashable {
    /// Unique on the page (the chart's id).
    public var id: String
    /// What the chart shows, in a line.
    public var title: String
    /// Its figures in words.
    public var description: String
    /// `<figure class="report-figure">…</figure>`, every label escaped: insert it unescaped (`{{{html}}}`).
    public var html: String
    /// The standalone SVG, for a download.
    public var svg: String
    /// The chart's figures as a table.
    public var table: ReportTable

    init(chart: SVGChart, table: ReportTable) {
        id = chart.id
        title = chart.title
        description = chart.description
        svg = chart.svg
        self.table = table
        html = ##"<figure class="report-figure" id="\##(chart.id)-figure">"## + chart.svg
            + ##"<figcaption>\##(Markup.escape(chart.title)) <a href="#\##(Markup.identifier(table.id))">(figures as a table)</a></figcaption></figure>"##
    }
}
