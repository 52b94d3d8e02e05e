import DecorumCore
import DecorumStore
import Foundation
import Hummingbird

/// The Reports page and its downloads, for the roles that read reports: the practice manager, the
/// information-governance lead, the safeguarding lead and admins.
extension DashboardController {
    /// Weeks and months as the practice counts them.
    static var reportCalendar: ReportCalendar { .london }

    /// `GET /reports`, `GET /reports/report.csv` and `GET /reports/items.csv`, each taking `period` (week or month)
    /// and `from` (a day in it).
    func addReportRoutes(to pages: RouterGroup<DashboardRequestContext>) {
        let reports = pages.group("reports").add(middleware: auth.requireRoles(Access.reporters))
        reports.get(use: reportsPage)
        reports.get("report.csv", use: reportCSV)
        reports.get("items.csv", use: itemsCSV)
    }

    /// The report the address asks for, or a 400 page saying what to change.
    func reportSelection(_ request: Request) throws -> ReportSelection {
        let query = request.uri.queryParameters
        do {
            return try ReportSelection(period: query.get("period"), from: query.get("from"), today: store.clock.now(), calendar: Self.reportCalendar)
        } catch {
            throw HTTPError(.badRequest, message: error.description)
        }
    }

    /// The selected period's report built from the store, with its items (their text included when asked).
    func readReport(_ selection: ReportSelection, includingText: Bool) async throws -> (Report, [ReportItem]) {
        let range = selection.range
        let items = try await store.reports.items(arrivedFrom: range.start, to: range.end, page: nil, includingText: includingText)
        let alerts = try await store.reports.alerts(raisedFrom: range.start, to: range.end, page: nil)
        let report = ReportBuilder(calendar: Self.reportCalendar).build(selection.breakdown, range: range, items: items, alerts: alerts)
        return (report, items)
    }

    @Sendable func reportsPage(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let selection = try reportSelection(request)
        // The text is read for the list of overrides on the page; the figures never need it.
        let (report, items) = try await readReport(selection, includingText: true)
        let view = ReportsPageView(selection: selection, report: report, items: items, now: store.clock.now(), calendar: Self.reportCalendar)
        return try await render("reports", context, path: "/reports") { $0.reports = view }
    }

    @Sendable func reportCSV(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let selection = try reportSelection(request)
        let (report, _) = try await readReport(selection, includingText: false)
        let fileName = ReportCSV.fileName("report", for: report)
        try await auditExport(fileName, selection, rows: report.periods.count + 1, withText: false, context: context)
        return FileDownload.csv(ReportCSV.periods(report), fileName: fileName)
    }

    @Sendable func itemsCSV(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let selection = try reportSelection(request)
        // Comments' words travel with the file only when the person ticked the box for them.
        let withText = request.uri.queryParameters.get("text") == "1"
        let (report, items) = try await readReport(selection, includingText: withText)
        let fileName = ReportCSV.fileName(withText ? "items-with-text" : "items", for: report)
        try await auditExport(fileName, selection, rows: items.count, withText: withText, context: context)
        return FileDownload.csv(ReportCSV.items(items, calendar: Self.reportCalendar, includeText: withText), fileName: fileName)
    }

    /// Every download is in the audit log: who took which file, and whether it held the comments' text.
    func auditExport(_ fileName: String, _ selection: ReportSelection, rows: Int, withText: Bool, context: DashboardRequestContext) async throws {
        let viewer = try user(context)
        try await store.audit.append(actor: viewer.login, event: "report_exported", itemID: nil, details: .object([
            ("file", .string(fileName)), ("period", .string(selection.period.rawValue)), ("from", .string(selection.firstDay.description)),
            ("rows", .int(rows)), ("text", .bool(withText)),
        ]))
    }
}
