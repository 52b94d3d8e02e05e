/// Figures in words, the same on every server: no locale, no formatter state.
public enum ReportText {
    /// A duration for people: "0.4 s", "12 s", "4 min 10 s", "2 h 5 min", "3 d 4 h".
    public static func duration(_ duration: Duration) -> String {
        let millis = max(0, duration.reportMillis)
        if millis < 10_000 {
            let tenths = (millis + 50) / 100
            return tenths % 10 == 0 ? "\(tenths / 10) s" : "\(tenths / 10).\(tenths % 10) s"
        }
        let seconds = (millis + 500) / 1000
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return pair(seconds / 60, "min", seconds % 60, "s") }
        let minutes = (seconds + 30) / 60
        if minutes < 24 * 60 { return pair(minutes / 60, "h", minutes % 60, "min") }
        let hours = (minutes + 30) / 60
        return pair(hours / 24, "d", hours % 24, "h")
    }

    /// A duration, or a dash for none.
    public static func duration(_ duration: Duration?) -> String {
        duration.map { self.duration($0) } ?? "–"
    }

    /// A share (0…1) as a percentage to a whole number, or to one decimal place below 10%: "12%", "2.5%".
    public static func percent(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "–" }
        let tenths = Int64((share * 1000).rounded())
        if tenths >= 100 { return "\((tenths + 5) / 10)%" }
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }

    /// Seconds to the millisecond for a spreadsheet: "12", "12.5", "0.042"; empty for none.
    public static func seconds(_ duration: Duration?) -> String {
        guard let duration else { return "" }
        let millis = max(0, duration.reportMillis)
        let fraction = millis % 1000
        guard fraction != 0 else { return String(millis / 1000) }
        var digits = LocalDay.pad(Int(fraction), 3)
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(millis / 1000).\(digits)"
    }

    /// "1 item", "3 items".
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    private static func pair(_ a: Int64, _ unitA: String, _ b: Int64, _ unitB: String) -> String {
        b == 0 ? "\(a) \(unitA)" : "\(a) \(unitA) \(b) \(unitB)"
    }
}
