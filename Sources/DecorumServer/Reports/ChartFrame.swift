/// The plotting area of a chart with periods along the bottom and a value axis up the left, and the grid,
/// axis and labels every chart draws the same way.
struct ChartFrame {
    static let width = 720.0
    static let height = 360.0

    let left: Double
    let right: Double
    let top: Double
    let bottom: Double
    /// The value at the top of the axis.
    let scaleTop: Double
    /// The distance between grid lines, in values.
    let step: Double
    let bands: Int

    init(bands: Int, maximum: Double, wholeSteps: Bool, minimumTop: Double = 0, legendWidth: Double = 0) {
        left = 64
        right = Self.width - 24 - legendWidth
        top = 44
        bottom = Self.height - 56
        self.bands = max(bands, 1)
        let scale = Self.niceScale(max(maximum, minimumTop), wholeSteps: wholeSteps)
        scaleTop = scale.top
        step = scale.step
    }

    var bandWidth: Double { (right - left) / Double(bands) }

    /// The middle of band `i`.
    func centre(_ i: Int) -> Double { left + bandWidth * (Double(i) + 0.5) }

    /// The height on the chart of `value`.
    func y(_ value: Double) -> Double { bottom - (bottom - top) * min(max(value / scaleTop, 0), 1) }

    /// A round top for the axis and a step giving at most five grid lines above zero (steps of 1, 2 or 5 × 10ⁿ).
    static func niceScale(_ maximum: Double, wholeSteps: Bool) -> (top: Double, step: Double) {
        guard maximum.isFinite, maximum > 0 else { return (1, wholeSteps ? 1 : 0.2) }
        let raw = maximum / 5
        let magnitude = pow10(floorLog10(raw))
        let normalised = raw / magnitude
        var step = (normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10) * magnitude
        if wholeSteps { step = max(1, step.rounded()) }
        let top = (maximum / step).rounded(.up) * step
        return (max(top, step), step)
    }

    /// Grid lines with their values on the left, and a caption for the axis above them.
    func drawGrid(_ svg: inout SVGWriter, caption: String, format: (Double) -> String) {
        svg.open("g", ["class": "grid"])
        var value = 0.0
        var index = 0
        while value <= scaleTop + step / 1000 {
            let y = SVGWriter.number(self.y(value))
            svg.empty("line", ["x1": SVGWriter.number(left), "y1": y, "x2": SVGWriter.number(right), "y2": y,
                               "stroke": index == 0 ? ChartPalette.ink : ChartPalette.grid, "stroke-width": "1"])
            svg.element("text", ["x": SVGWriter.number(left - 8), "y": SVGWriter.number(self.y(value) + 4), "text-anchor": "end",
                                 "fill": ChartPalette.ink], text: format(value))
            index += 1
            value = Double(index) * step
        }
        svg.element("text", ["x": SVGWriter.number(left), "y": SVGWriter.number(top - 24), "fill": ChartPalette.ink,
                             "font-weight": "bold"], text: caption)
        svg.close("g")
    }

    /// Period labels under the bands (every one, or every few when there are many), with the year under the first
    /// label of each year.
    func drawPeriodLabels(_ svg: inout SVGWriter, _ periods: [ReportPeriod]) {
        svg.open("g", ["class": "periods", "text-anchor": "middle", "fill": ChartPalette.ink])
        let every = max(1, Int((Double(periods.count) * 56 / (right - left)).rounded(.up)))
        var lastYear: Int?
        for (i, period) in periods.enumerated() where i % every == 0 {
            let x = SVGWriter.number(centre(i))
            svg.element("text", ["x": x, "y": SVGWriter.number(bottom + 18)], text: period.shortLabel)
            if period.firstDay.year != lastYear {
                svg.element("text", ["x": x, "y": SVGWriter.number(bottom + 33)], text: String(period.firstDay.year))
                lastYear = period.firstDay.year
            }
        }
        svg.close("g")
    }

    /// A sentence in the middle of the plot, for a chart with nothing to show.
    func drawNote(_ svg: inout SVGWriter, _ note: String) {
        svg.element("text", ["x": SVGWriter.number((left + right) / 2), "y": SVGWriter.number((top + bottom) / 2),
                             "text-anchor": "middle", "fill": ChartPalette.ink], text: note)
    }

    private static func floorLog10(_ x: Double) -> Int {
        var exponent = 0
        var value = x
        while value >= 10 { value /= 10; exponent += 1 }
        while value < 1 { value *= 10; exponent -= 1 }
        return exponent
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
        return result
    }
}
