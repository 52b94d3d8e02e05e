import DecorumServer
import Testing

@Suite("Medians and 90th percentiles")
struct DurationSummaryTests {
    static func seconds(_ values: [Int]) -> [Duration] { values.map { .seconds($0) } }

    @Test("median is the middle value, or the mean of the two middle ones; the 90th percentile is by nearest rank",
          arguments: [
              ([7], 7.0, 7),
              ([10, 20], 15.0, 20),
              ([5, 1, 4, 2, 3], 3.0, 5),
              ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5.5, 9),
              ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 6.0, 10),
              (Array(1...20), 10.5, 18),
              ([3, 3, 3, 100], 3.0, 100),
              ([60, 1, 1], 1.0, 60),
          ])
    func summaries(values: [Int], median: Double, p90: Int) {
        let summary = DurationSummary(Self.seconds(values))
        #expect(summary.count == values.count)
        #expect(summary.median == .milliseconds(Int64(median * 1000)))
        #expect(summary.p90 == .seconds(p90))
    }

    @Test("nothing timed has no median and no percentile, not zero")
    func empty() {
        let summary = DurationSummary([])
        #expect(summary.count == 0)
        #expect(summary.median == nil)
        #expect(summary.p90 == nil)
        #expect(DurationSummary.percentile(90, []) == nil)
    }

    @Test("percentiles at the edges: the 0th is the smallest, the 100th the largest; out of range is nil")
    func edges() {
        let sorted = Self.seconds([1, 2, 3])
        #expect(DurationSummary.percentile(0, sorted) == .seconds(1))
        #expect(DurationSummary.percentile(100, sorted) == .seconds(3))
        #expect(DurationSummary.percentile(50, sorted) == .seconds(2))
        #expect(DurationSummary.percentile(101, sorted) == nil)
    }

    @Test("durations read as a person would say them", arguments: [
        (400, "0.4 s"), (2000, "2 s"), (12_400, "12 s"), (250_000, "4 min 10 s"), (3_600_000, "1 h"),
        (7_500_000, "2 h 5 min"), (273_600_000, "3 d 4 h"), (59_600, "1 min"),
    ])
    func words(millis: Int64, text: String) {
        #expect(ReportText.duration(.milliseconds(millis)) == text)
    }
}
