import DecorumCore

/// Items per period by category, as stacked bars: categories stack bottom to top in contract order and the
/// legend lists them top to bottom as they appear in a bar. Each segment names its figure when pointed at.
struct CategoryChart {
    let report: Report
    let labels: ReportLabels
    let id: String

    func chart() -> SVGChart {
        let categories = report.categoriesPresent
        let title = "Items by category, \(SVGChart.cadence(report)), \(report.rangeLabel)"
        let description = describe(categories)
        let stacks = report.periods.map { p in categories.reduce(0) { $0 + p.count($1) } }
        let frame = ChartFrame(bands: report.periods.count, maximum: Double(stacks.max() ?? 0), wholeSteps: true, legendWidth: 196)

        var svg = SVGWriter()
        SVGChart.begin(&svg, id: id, title: title, description: description)
        svg.open("defs")
        for category in categories {
            svg.open("pattern", ["id": patternID(category), "patternUnits": "userSpaceOnUse", "width": "8", "height": "8"])
            svg.empty("rect", ["x": "0", "y": "0", "width": "8", "height": "8", "fill": ChartPalette.colour(category)])
            svg.raw(trusted: ChartPalette.marks(category))
            svg.close("pattern")
        }
        svg.close("defs")
        frame.drawGrid(&svg, caption: "Items in each category", format: { String(Int($0)) })

        let barWidth = min(frame.bandWidth * 0.62, 56)
        svg.open("g", ["class": "bars"])
        for (i, period) in report.periods.enumerated() {
            let x = frame.centre(i) - barWidth / 2
            var base = 0
            svg.open("g")
            for category in categories {
                let n = period.count(category)
                guard n > 0 else { continue }
                let y0 = frame.y(Double(base)), y1 = frame.y(Double(base + n))
                svg.open("rect", ["x": SVGWriter.number(x), "y": SVGWriter.number(y1), "width": SVGWriter.number(barWidth),
                                  "height": SVGWriter.number(y0 - y1), "fill": "url(#\(patternID(category)))",
                                  "stroke": ChartPalette.background, "stroke-width": "1"])
                svg.tooltip("\(period.period.label): \(labels.label(category)) \(n)")
                svg.close("rect")
                base += n
            }
            svg.element("text", ["x": SVGWriter.number(frame.centre(i)), "y": SVGWriter.number(frame.y(Double(base)) - 6),
                                 "text-anchor": "middle", "fill": ChartPalette.ink], text: String(base))
            svg.close("g")
        }
        svg.close("g")
        frame.drawPeriodLabels(&svg, report.periods.map(\.period))
        if categories.isEmpty { frame.drawNote(&svg, "Nothing fell in any category.") }
        drawLegend(&svg, categories, frame: frame)
        svg.close("svg")
        return SVGChart(id: id, title: title, description: description, svg: svg.output)
    }

    private func patternID(_ category: Category) -> String { "\(id)-\(Markup.identifier(category.rawValue))" }

    private func drawLegend(_ svg: inout SVGWriter, _ categories: [Category], frame: ChartFrame) {
        svg.open("g", ["class": "legend", "fill": ChartPalette.ink])
        let x = frame.right + 20
        for (row, category) in categories.reversed().enumerated() {
            let y = frame.top + Double(row) * 20
            svg.empty("rect", ["x": SVGWriter.number(x), "y": SVGWriter.number(y), "width": "14", "height": "14",
                               "fill": "url(#\(patternID(category)))", "stroke": ChartPalette.ink, "stroke-width": "1"])
            // A practice's own name can be long: the legend shows the start, the tooltip and the table all of it.
            let label = labels.label(category)
            let shown = label.count > 24 ? String(label.prefix(23)) + "…" : label
            svg.open("text", ["x": SVGWriter.number(x + 20), "y": SVGWriter.number(y + 11)])
            if shown != label { svg.tooltip(label) }
            svg.text("\(shown) (\(report.total.count(category)))")
            svg.close("text")
        }
        svg.close("g")
    }

    private func describe(_ categories: [Category]) -> String {
        let total = report.total
        var text = "\(ReportText.count(total.itemsReceived, "item")) arrived in \(report.rangeLabel); "
        text += "\(total.itemsFlagged) fell in at least one category (an item can fall in several)."
        guard !categories.isEmpty else { return text }
        let ranked = categories.sorted { (total.count($0), $1.ordinal) > (total.count($1), $0.ordinal) }
        text += " By category: " + ranked.map { "\(labels.label($0)) \(total.count($0))" }.joined(separator: ", ") + "."
        text += " Per \(report.granularity.noun): " + report.periods.map { p in
            let n = categories.reduce(0) { $0 + p.count($1) }
            return "\(p.period.label) \(n)"
        }.joined(separator: "; ") + "."
        return text
    }
}
