public import DecorumCore
public import DecorumStore
public import Foundation

/// Turns the store's items and alerts into a ``Report``: weeks or months in UK time, counts, times and overrides.
public struct ReportBuilder: Sendable {
    /// Where weeks and months begin.
    public var calendar: ReportCalendar

    /// A builder counting in `calendar` (UK time unless told otherwise).
    public init(calendar: ReportCalendar = .london) { self.calendar = calendar }

    /// Reads the range from the store and builds its report.
    public func build(
        _ granularity: ReportGranularity, range: DateInterval, page: PageID? = nil, from reports: some ReportRepository
    ) async throws -> Report {
        let items = try await reports.items(arrivedFrom: range.start, to: range.end, page: page)
        let alerts = try await reports.alerts(raisedFrom: range.start, to: range.end, page: page)
        return build(granularity, range: range, page: page, items: items, alerts: alerts)
    }

    /// The report of `items` and `alerts` over `range`, in weeks or months; anything outside the range is left out.
    public func build(
        _ granularity: ReportGranularity, range: DateInterval, page: PageID? = nil, items: [ReportItem], alerts: [ReportAlert]
    ) -> Report {
        let periods = calendar.periods(granularity, covering: range)
        var figures = periods.map(Accumulator.init)
        let wholeRange = ReportPeriod(
            granularity: granularity, start: range.start, end: range.end, isPartial: false, label: "Total", shortLabel: "Total",
            firstDay: calendar.localDay(range.start), lastDay: calendar.localDay(range.end.addingTimeInterval(-0.001)))
        var total = Accumulator(wholeRange)
        let starts = periods.map(\.start)

        for item in items where range.start <= item.arrivedAt && item.arrivedAt < range.end {
            guard let p = Self.index(of: item.arrivedAt, in: starts) else { continue }
            figures[p].add(item)
            total.add(item)
        }
        for alert in alerts where alert.isSafeguarding && range.start <= alert.raisedAt && alert.raisedAt < range.end {
            guard let p = Self.index(of: alert.raisedAt, in: starts) else { continue }
            figures[p].add(alert)
            total.add(alert)
        }
        return Report(
            granularity: granularity, range: range, rangeLabel: calendar.rangeLabel(range), page: page,
            periods: figures.map(\.built), total: total.built)
    }

    /// The period whose start is the last at or before `date` (binary search over ascending starts).
    static func index(of date: Date, in starts: [Date]) -> Int? {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= date { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    /// A period's figures as they are counted, with the times kept until the end.
    private struct Accumulator {
        var figures: PeriodFigures
        var toAction: [Duration] = []
        var toPerson: [Duration] = []
        var toAcknowledge: [Duration] = []
        var built: PeriodFigures {
            var f = figures
            f.timeToAction = DurationSummary(toAction)
            f.timeToPersonDecision = DurationSummary(toPerson)
            f.timeToAcknowledge = DurationSummary(toAcknowledge)
            return f
        }

        init(_ period: ReportPeriod) { figures = PeriodFigures(period: period) }

        mutating func add(_ item: ReportItem) {
            figures.itemsReceived += 1
            if let decision = item.decision {
                figures.itemsJudged += 1
                figures.byDecision[decision, default: 0] += 1
            }
            if !item.categories.isEmpty { figures.itemsFlagged += 1 }
            for category in item.categories { figures.byCategory[category, default: 0] += 1 }
            for outcome in Self.outcomes(item) { figures.byOutcome[outcome, default: 0] += 1 }
            if item.status.needsPerson { figures.stillWithPeople += 1 }
            if let time = item.timeToAction { toAction.append(time) }
            if let verdict = item.verdict {
                figures.decidedByPerson += 1
                figures.byVerdict[verdict, default: 0] += 1
                if let first = item.personSteps.first {
                    toPerson.append(.milliseconds(max(0, Int64((first.at.timeIntervalSince(item.arrivedAt) * 1000).rounded()))))
                }
            }
        }

        mutating func add(_ alert: ReportAlert) {
            figures.safeguardingAlerts += 1
            if let time = alert.timeToAcknowledge {
                figures.safeguardingAcknowledged += 1
                toAcknowledge.append(time)
            }
        }

        static func outcomes(_ item: ReportItem) -> [ReportOutcome] {
            var outcomes = [ReportOutcome]()
            let acted = item.actionsDone.contains { $0 != .unhide }
            if item.decision == .allow && !acted { outcomes.append(.allowed) }
            if item.decision == .review { outcomes.append(.queuedForReview) }
            for kind in item.actionsDone {
                switch kind {
                case .hide: outcomes.append(.hidden)
                case .delete: outcomes.append(.deleted)
                case .privateReply: outcomes.append(.repliedPrivately)
                case .publicReply: outcomes.append(.repliedPublicly)
                case .block: outcomes.append(.authorBlocked)
                case .unhide: break
                }
            }
            return outcomes
        }
    }
}
