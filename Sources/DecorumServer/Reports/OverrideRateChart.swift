/// The override rate per period as bars, each labelled with its percentage; a period in which no person
/// decided anything has no bar and says so, since a rate of nothing is not zero.
struct OverrideRateChart {
    let report: Report
    let id: String

    func chart() -> SVGChart {
        let title = "How often people overrode Decorum, \(SVGChart.cadence(report)), \(report.rangeLabel)"
        let description = describe()
        let highest = report.periods.compactMap(\.overrideRate).max() ?? 0
        // At least 0–10%, so a few overrides are not drawn as a wall.
        let frame = ChartFrame(bands: report.periods.count, maximum: min(highest, 1), wholeSteps: false, minimumTop: 0.1)

        var svg = SVGWriter()
        SVGChart.begin(&svg, id: id, title: title, description: description)
        frame.drawGrid(&svg, caption: "Overrides, as a share of items a person decided on", format: { ReportText.percent($0) })
        let barWidth = min(frame.bandWidth * 0.62, 56)
        svg.open("g", ["class": "bars"])
        for (i, period) in report.periods.enumerated() {
            let x = frame.centre(i)
            guard let rate = period.overrideRate else {
                svg.open("text", ["x": SVGWriter.number(x), "y": SVGWriter.number(frame.bottom - 6), "text-anchor": "middle",
                                  "fill": ChartPalette.ink])
                svg.tooltip("\(period.period.label): no decisions by a person")
                svg.text("–")
                svg.close("text")
                continue
            }
            let y = frame.y(rate)
            svg.open("rect", ["x": SVGWriter.number(x - barWidth / 2), "y": SVGWriter.number(y), "width": SVGWriter.number(barWidth),
                              "height": SVGWriter.number(frame.bottom - y), "fill": ChartPalette.primary])
            svg.tooltip("\(period.period.label): \(overrideSentence(period))")
            svg.close("rect")
            svg.element("text", ["x": SVGWriter.number(x), "y": SVGWriter.number(y - 6), "text-anchor": "middle", "fill": ChartPalette.ink],
                        text: ReportText.percent(rate))
        }
        svg.close("g")
        frame.drawPeriodLabels(&svg, report.periods.map(\.period))
        if report.total.decidedByPerson == 0 { frame.drawNote(&svg, "No person decided on any item.") }
        svg.close("svg")
        return SVGChart(id: id, title: title, description: description, svg: svg.output)
    }

    private func overrideSentence(_ figures: PeriodFigures) -> String {
        "overrode Decorum on \(figures.overrides) of \(ReportText.count(figures.decidedByPerson, "item")) decided by a person "
            + "(\(ReportText.percent(figures.overrideRate)))"
    }

    private func describe() -> String {
        let total = report.total
        guard total.decidedByPerson > 0 else { return "No person decided on any item that arrived in \(report.rangeLabel)." }
        var text = "In \(report.rangeLabel) people \(overrideSentence(total)): \(total.count(.overridden)) dismissed, "
        text += "\(total.count(.choseOther)) with another action of their own."
        text += " Per \(report.granularity.noun): " + report.periods.map { p in
            p.decidedByPerson == 0
                ? "\(p.period.label) no decisions by a person"
                : "\(p.period.label) \(p.overrides) of \(p.decidedByPerson) (\(ReportText.percent(p.overrideRate)))"
        }.joined(separator: "; ") + "."
        return text
    }
}
