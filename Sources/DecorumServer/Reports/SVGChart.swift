/// A report's charts as SVG written by hand: items by category, time to action, and how often people overrode
/// Decorum.
///
/// Each chart is an image to assistive technology (`role="img"`) with a `<title>` and a `<desc>` that gives
/// its figures in words; the page shows the same figures as a table (``ReportPresentation``). Presentation
/// attributes only, no `style`, so the dashboard's Content-Security-Policy (`style-src 'self'`) allows it
/// inline. The same report always gives the same text.
public struct SVGChart: Sendable, Hashable {
    /// Unique on the page: the chart's element ids (title, description, patterns) start with it.
    public var id: String
    /// What the chart shows, in a line.
    public var title: String
    /// Its figures in words, for people who cannot see it.
    public var description: String
    /// The `<svg>` element, standalone (it declares its namespace).
    public var svg: String

    /// Items per period by category, stacked, with a legend; a comment in several categories counts in each.
    public static func categories(_ report: Report, labels: ReportLabels = .standard, id: String = "chart-categories") -> SVGChart {
        CategoryChart(report: report, labels: labels, id: Markup.identifier(id)).chart()
    }

    /// The median and 90th percentile of the time from arrival to the first action done, per period.
    public static func timeToAction(_ report: Report, id: String = "chart-time-to-action") -> SVGChart {
        TimeToActionChart(report: report, id: Markup.identifier(id)).chart()
    }

    /// The share of items a person decided on where they overrode Decorum, per period.
    public static func overrideRate(_ report: Report, id: String = "chart-override-rate") -> SVGChart {
        OverrideRateChart(report: report, id: Markup.identifier(id)).chart()
    }

    /// "day by day", "week by week" or "month by month".
    static func cadence(_ report: Report) -> String { report.granularity.cadence }

    /// The opening of a chart's `<svg>`: namespace, size, role, title and description.
    static func begin(_ svg: inout SVGWriter, id: String, title: String, description: String) {
        svg.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(ChartFrame.width)) \(Int(ChartFrame.height))",
            "role": "img", "aria-labelledby": "\(id)-title \(id)-desc", "class": "report-chart", "id": id,
            "font-family": "system-ui, sans-serif", "font-size": "12",
        ])
        svg.element("title", ["id": "\(id)-title"], text: title)
        svg.element("desc", ["id": "\(id)-desc"], text: description)
        svg.empty("rect", ["x": "0", "y": "0", "width": "\(Int(ChartFrame.width))", "height": "\(Int(ChartFrame.height))",
                           "fill": ChartPalette.background])
    }
}
