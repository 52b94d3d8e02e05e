/// The median and 90th percentile of the time from arrival to action, per period, as two lines: the median
/// solid with round markers, the 90th percentile dashed with square ones. A period with nothing acted on
/// leaves a gap.
struct TimeToActionChart {
    let report: Report
    let id: String

    /// The axis unit, chosen so the longest time reads as a small number.
    private struct Unit {
        let name: String
        let seconds: Double

        init(longest: Double) {
            (name, seconds) = switch longest {
            case ..<120: ("seconds", 1)
            case ..<(120 * 60): ("minutes", 60)
            case ..<(72 * 3600): ("hours", 3600)
            default: ("days", 86_400)
            }
        }
    }

    func chart() -> SVGChart {
        let title = "Time from arrival to action, \(SVGChart.cadence(report)), \(report.rangeLabel)"
        let description = describe()
        let longest = report.periods.compactMap { $0.timeToAction.p90?.reportSeconds }.max() ?? 0
        let unit = Unit(longest: longest)
        let frame = ChartFrame(bands: report.periods.count, maximum: longest / unit.seconds, wholeSteps: false)

        var svg = SVGWriter()
        SVGChart.begin(&svg, id: id, title: title, description: description)
        frame.drawGrid(&svg, caption: "Time to action (\(unit.name))", format: SVGWriter.number)
        let medians = report.periods.map { $0.timeToAction.median }
        let p90s = report.periods.map { $0.timeToAction.p90 }
        drawSeries(&svg, medians, name: "median", frame: frame, unit: unit, colour: ChartPalette.primary, dashed: false)
        drawSeries(&svg, p90s, name: "90th percentile", frame: frame, unit: unit, colour: ChartPalette.secondary, dashed: true)
        frame.drawPeriodLabels(&svg, report.periods.map(\.period))
        if report.total.timeToAction.count == 0 { frame.drawNote(&svg, "Nothing was acted on.") }
        drawLegend(&svg, frame: frame)
        svg.close("svg")
        return SVGChart(id: id, title: title, description: description, svg: svg.output)
    }

    private func drawSeries(
        _ svg: inout SVGWriter, _ values: [Duration?], name: String, frame: ChartFrame, unit: Unit, colour: String, dashed: Bool
    ) {
        func point(_ i: Int, _ value: Duration) -> (x: Double, y: Double) {
            (frame.centre(i), frame.y(value.reportSeconds / unit.seconds))
        }
        svg.open("g", ["class": "series"])
        // Runs of periods with a value, drawn as one line each; a single point stands alone as its marker.
        var run = [(x: Double, y: Double)]()
        func flush(_ svg: inout SVGWriter) {
            if run.count > 1 {
                let points = run.map { "\(SVGWriter.number($0.x)),\(SVGWriter.number($0.y))" }.joined(separator: " ")
                if dashed {
                    svg.empty("polyline", ["points": points, "fill": "none", "stroke": colour, "stroke-width": "2.5",
                                           "stroke-dasharray": "7 4"])
                } else {
                    svg.empty("polyline", ["points": points, "fill": "none", "stroke": colour, "stroke-width": "2.5"])
                }
            }
            run.removeAll()
        }
        for (i, value) in values.enumerated() {
            if let value { run.append(point(i, value)) } else { flush(&svg) }
        }
        flush(&svg)
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            let p = point(i, value)
            let figures = report.periods[i]
            let tip = "\(figures.period.label): \(name) \(ReportText.duration(value)) (\(ReportText.count(figures.timeToAction.count, "item")) acted on)"
            if dashed {
                svg.open("rect", ["x": SVGWriter.number(p.x - 4), "y": SVGWriter.number(p.y - 4), "width": "8", "height": "8",
                                  "fill": colour, "stroke": ChartPalette.background, "stroke-width": "1"])
                svg.tooltip(tip)
                svg.close("rect")
            } else {
                svg.open("circle", ["cx": SVGWriter.number(p.x), "cy": SVGWriter.number(p.y), "r": "4.5",
                                    "fill": colour, "stroke": ChartPalette.background, "stroke-width": "1"])
                svg.tooltip(tip)
                svg.close("circle")
            }
        }
        svg.close("g")
    }

    /// A key above the plot, line style and marker together, so neither colour nor a legend lookup is needed
    /// to tell the lines apart.
    private func drawLegend(_ svg: inout SVGWriter, frame: ChartFrame) {
        svg.open("g", ["class": "legend", "fill": ChartPalette.ink])
        let y = frame.top - 24
        let x1 = frame.right - 250, x2 = frame.right - 120
        svg.empty("line", ["x1": SVGWriter.number(x1), "y1": SVGWriter.number(y - 4), "x2": SVGWriter.number(x1 + 24),
                           "y2": SVGWriter.number(y - 4), "stroke": ChartPalette.primary, "stroke-width": "2.5"])
        svg.empty("circle", ["cx": SVGWriter.number(x1 + 12), "cy": SVGWriter.number(y - 4), "r": "4.5", "fill": ChartPalette.primary])
        svg.element("text", ["x": SVGWriter.number(x1 + 30), "y": SVGWriter.number(y)], text: "Median")
        svg.empty("line", ["x1": SVGWriter.number(x2), "y1": SVGWriter.number(y - 4), "x2": SVGWriter.number(x2 + 24),
                           "y2": SVGWriter.number(y - 4), "stroke": ChartPalette.secondary, "stroke-width": "2.5",
                           "stroke-dasharray": "7 4"])
        svg.empty("rect", ["x": SVGWriter.number(x2 + 8), "y": SVGWriter.number(y - 8), "width": "8", "height": "8",
                           "fill": ChartPalette.secondary])
        svg.element("text", ["x": SVGWriter.number(x2 + 30), "y": SVGWriter.number(y)], text: "90th percentile")
        svg.close("g")
    }

    private func describe() -> String {
        let total = report.total.timeToAction
        guard total.count > 0 else { return "Nothing that arrived in \(report.rangeLabel) was acted on." }
        var text = "Over the \(ReportText.count(total.count, "item")) acted on in \(report.rangeLabel), the time from arrival "
        text += "to the first action done was \(ReportText.duration(total.median)) at the median and "
        text += "\(ReportText.duration(total.p90)) at the 90th percentile."
        text += " Per \(report.granularity.noun): " + report.periods.map { p in
            let t = p.timeToAction
            guard t.count > 0 else { return "\(p.period.label) nothing acted on" }
            return "\(p.period.label) median \(ReportText.duration(t.median)), 90th percentile \(ReportText.duration(t.p90)) "
                + "(\(ReportText.count(t.count, "item")))"
        }.joined(separator: "; ") + "."
        return text
    }
}
