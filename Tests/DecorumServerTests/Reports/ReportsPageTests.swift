import DecorumCore
import DecorumStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Mustache
import Testing
@testable import DecorumServer

/// The Reports page and its downloads over HTTP, on a real SQLite store seeded through the store's own writes.
@Suite("The Reports page")
struct ReportsPageTests {
    /// Who may read reports, said here rather than read from the code under test.
    static let reporters: Set<UserRole> = [.practiceManager, .informationGovernanceLead, .safeguardingLead, .deputySafeguardingLead, .admin]

    static func signIn(_ h: AuthHarness, _ role: UserRole = .practiceManager) async throws -> AuthHarness.Browser {
        let login = "user.\(role.rawValue)"
        try await h.addUser(login, role: role)
        return try await h.signedIn(login)
    }

    static func march(_ seeds: [ReportSeed] = ReportSeeds.all) -> [ReportSeed] { seeds.filter { $0.month == "March 2026" } }

    // MARK: - Figures

    @Test("a month's figures, in report.csv and on the page, are the seeded items counted week by week in UK time")
    func monthFigures() async throws {
        try await ReportsPageHarness.run(seeding: ReportSeeds.all, now: ReportSeeds.now) { h in
            let browser = try await Self.signIn(h)
            // Any day of the month names the month.
            let csv = try await h.get("/reports/report.csv?period=month&from=2026-03-17", browser: browser)
            #expect(csv.status == .ok)
            let rows = CSVRecords(String(buffer: csv.body)).rows
            let weeks = ["1 Mar 2026", "2–8 Mar 2026", "9–15 Mar 2026", "16–22 Mar 2026", "23–29 Mar 2026", "30–31 Mar 2026"]
            #expect(rows.map { $0["period"] } == weeks + ["Total"])
            #expect(rows.first?["first day"] == "2026-03-01")
            #expect(rows.last?["last day"] == "2026-03-31")
            let march = Self.march()
            #expect(march.count < ReportSeeds.all.count, "the seed has items either side of March")
            for row in rows {
                let seeds = row["period"] == "Total" ? march : march.filter { $0.week == row["period"] }
                Self.expect(row, countsOf: seeds)
            }

            let page = try await h.get("/reports?period=month&from=2026-03-17", browser: browser)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("— March 2026</span></h1>"))
            let categories = HTMLTable(html, id: "table-categories")
            #expect(categories.rows.map(\.header) == weeks + ["Total"])
            for row in categories.rows {
                let seeds = row.header == "Total" ? march : march.filter { $0.week == row.header }
                #expect(row.cells.first == String(seeds.count), "items received in \(row.header)")
                #expect(row.cells.dropFirst().first == String(seeds.filter { !$0.categories.isEmpty }.count), "items in a category in \(row.header)")
            }
            let decisions = HTMLTable(html, id: "table-decisions")
            let allowColumn = try #require(decisions.columns.firstIndex(of: "Allow"))
            #expect(decisions.rows.last?.cells[allowColumn - 1] == String(march.filter { $0.decision == .allow }.count))
            let overrides = HTMLTable(html, id: "table-overrides")
            let decided = march.filter { $0.person != nil }.count
            #expect(overrides.rows.last?.cells.first == String(decided))
            #expect(overrides.rows.last?.cells.last == ReportText.percent(Double(march.filter(\.isOverride).count) / Double(decided)))
            // Three charts, inline, each an image with its title and description.
            let charts = PageText.svgs(in: html)
            #expect(charts.count == 3)
            for chart in charts {
                let tree = try #require(SVGTree(chart), "an inline chart is not well-formed")
                #expect(tree.root?.attributes["role"] == "img")
                #expect(!(tree.all("title").first?.text.isEmpty ?? true))
                #expect(!(tree.all("desc").first?.text.isEmpty ?? true))
            }
        }
    }

    @Test("a week is reported day by day in UK time, whichever way the clocks changed that weekend", arguments: [
        ("2026-03-29", "2026-03-23"),  // the week the clocks go forward, asked for by its Sunday
        ("2026-03-31", "2026-03-30"),  // the week after, which crosses into April
        ("2026-10-19", "2026-10-19"),  // the week the clocks go back
        ("2026-10-26", "2026-10-26"),  // the week after, which crosses into November
    ])
    func weekByDay(asked: String, monday: String) async throws {
        try await ReportsPageHarness.run(seeding: ReportSeeds.all, now: ReportSeeds.now) { h in
            let browser = try await Self.signIn(h, .informationGovernanceLead)
            let csv = try await h.get("/reports/report.csv?period=week&from=\(asked)", browser: browser)
            #expect(csv.status == .ok)
            let rows = CSVRecords(String(buffer: csv.body)).rows
            let days = Self.dayLabels(from: monday)
            #expect(rows.map { $0["period"] } == days + ["Total"])
            var counted = 0
            for row in rows.dropLast() {
                let seeds = ReportSeeds.all.filter { $0.day == row["period"] }
                Self.expect(row, countsOf: seeds)
                counted += seeds.count
            }
            #expect(rows.last?["items received"] == String(counted))

            let page = try await h.get("/reports?period=week&from=\(asked)", browser: browser)
            let html = String(buffer: page.body)
            #expect(html.contains(#"<input id="r-from" type="date" name="from" value="\#(monday)">"#))
            #expect(HTMLTable(html, id: "table-categories").rows.map(\.header) == days + ["Total"])
        }
    }

    /// Checks a report.csv row against the seeded items it should count.
    static func expect(_ row: [String: String], countsOf seeds: [ReportSeed], sourceLocation: SourceLocation = #_sourceLocation) {
        let period = row["period"] ?? "?"
        #expect(row["items received"] == String(seeds.count), "items received in \(period)", sourceLocation: sourceLocation)
        #expect(row["items flagged"] == String(seeds.filter { !$0.categories.isEmpty }.count), "flagged in \(period)", sourceLocation: sourceLocation)
        for category in Category.allCases {
            #expect(row["category: \(ReportLabels.defaultLabel(category))"] == String(seeds.filter { $0.categories.contains(category) }.count),
                    "\(category) in \(period)", sourceLocation: sourceLocation)
        }
        for action in Action.allCases {
            #expect(row["Decorum decided: \(action.rawValue)"] == String(seeds.filter { $0.decision == action }.count),
                    "decided \(action) in \(period)", sourceLocation: sourceLocation)
        }
        let times = seeds.compactMap(\.expectedTimeToAction).sorted()
        #expect(row["items acted on"] == String(times.count), "acted on in \(period)", sourceLocation: sourceLocation)
        #expect(row["median time to action (s)"] == median(times).map(seconds) ?? "", "median in \(period)", sourceLocation: sourceLocation)
        #expect(row["decided by a person"] == String(seeds.filter { $0.person != nil }.count), "decided in \(period)", sourceLocation: sourceLocation)
        #expect(row["overrides"] == String(seeds.filter(\.isOverride).count), "overrides in \(period)", sourceLocation: sourceLocation)
    }

    static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }

    /// "4", "4.5": seconds as report.csv writes them.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// "Mon 23 Mar 2026" … "Sun 29 Mar 2026": seven days from a Monday, by plain Gregorian arithmetic at noon UTC.
    static func dayLabels(from monday: String) -> [String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE d MMM yyyy"
        let noon = ReportFixtures.utc(monday + "T12:00:00Z")
        return (0..<7).map { formatter.string(from: noon.addingTimeInterval(Double($0) * 86_400)) }
    }

    // MARK: - Navigation

    @Test("with nothing chosen the page shows the current month; previous and next step a month or a week; nothing beyond today")
    func navigation() async throws {
        try await ReportsPageHarness.run(seeding: [], now: ReportSeeds.now) { h in
            let browser = try await Self.signIn(h)
            let current = String(buffer: try await h.get("/reports", browser: browser).body)
            #expect(current.contains("— November 2026</span></h1>"))
            #expect(PageText.href(current, rel: "prev") == "/reports?period=month&from=2026-10-01")
            #expect(PageText.href(current, rel: "next") == nil)
            #expect(!current.contains("Back to the current"))
            #expect(current.contains("This month is not over"))
            #expect(current.contains("No items arrived in this month."))

            for (query, previous, next) in [
                ("period=month&from=2026-03-17", "period=month&from=2026-02-01", "period=month&from=2026-04-01"),
                ("period=month&from=2026-01-31", "period=month&from=2025-12-01", "period=month&from=2026-02-01"),
                ("period=week&from=2026-03-31", "period=week&from=2026-03-23", "period=week&from=2026-04-06"),
                ("period=week&from=2026-01-01", "period=week&from=2025-12-22", "period=week&from=2026-01-05"),
            ] {
                let html = String(buffer: try await h.get("/reports?" + query, browser: browser).body)
                #expect(PageText.href(html, rel: "prev") == "/reports?" + previous, "\(query)")
                #expect(PageText.href(html, rel: "next") == "/reports?" + next, "\(query)")
                #expect(html.contains("Back to the current"), "\(query)")
                #expect(!html.contains("is not over"), "\(query)")
            }
            let week = String(buffer: try await h.get("/reports?period=week&from=2026-03-31", browser: browser).body)
            #expect(week.contains(#"<option value="week" selected>"#))
            #expect(week.contains("— Week of 30 March – 5 April 2026</span>"))
            // The downloads follow the period shown; the form works without script.
            #expect(week.contains(#"href="/reports/report.csv?period=week&amp;from=2026-03-30""#))
            #expect(week.contains(#"<form method="get" action="/reports/items.csv""#))
        }
    }

    @Test("an address naming no report gets a page saying what to change, with the address's text escaped", arguments: [
        ("period=year", "A report covers a week or a month"),
        ("from=2026-02-30", "The first day must be a date"),
        ("from=31%2F03%2F2026", "The first day must be a date"),
        ("from=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "The first day must be a date"),
        ("period=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "A report covers a week or a month"),
    ])
    func badAddress(query: String, message: String) async throws {
        try await ReportsPageHarness.run(seeding: [], now: ReportSeeds.now) { h in
            let browser = try await Self.signIn(h)
            for path in ["/reports?", "/reports/report.csv?", "/reports/items.csv?"] {
                let response = try await h.get(path + query, browser: browser)
                #expect(response.status == .badRequest, "\(path)\(query)")
                let body = String(buffer: response.body)
                #expect(body.contains(message))
                #expect(!body.contains("<script>alert") && !body.contains("<img src=x"))
            }
        }
    }

    // MARK: - Access

    @Test("the practice manager, IG lead, safeguarding lead and deputy, and admins may open the reports; anyone else gets 403", arguments: UserRole.allCases)
    func access(role: UserRole) async throws {
        try await ReportsPageHarness.run(seeding: Array(ReportSeeds.spring.prefix(3)), now: ReportSeeds.now) { h in
            let browser = try await Self.signIn(h, role)
            let allowed = Self.reporters.contains(role)
            for path in ["/reports", "/reports?period=week&from=2026-03-01", "/reports/report.csv?from=2026-03-01", "/reports/items.csv?from=2026-03-01&text=1"] {
                let response = try await h.get(path, browser: browser)
                #expect(response.status == (allowed ? .ok : .forbidden), "\(role) at \(path)")
                if !allowed {
                    let body = String(buffer: response.body)
                    #expect(!body.contains("mar-first") && !body.contains("Items by category"), "a refusal shows nothing of the report")
                    #expect(response.headers[.contentDisposition] == nil)
                }
            }
            let queue = String(buffer: try await h.get("/queue", browser: browser).body)
            #expect(queue.contains(#"<a href="/reports""#) == allowed, "the menu offers Reports only to those who may open it")
            let exports = try await h.store.audit.list(limit: 50, after: nil).filter { $0.event == "report_exported" }
            #expect(exports.count == (allowed ? 2 : 0), "only downloads that happened are in the audit log")
        }
    }

    @Test("someone not signed in is sent to the log-in page and shown nothing")
    func signedOut() async throws {
        try await ReportsPageHarness.run(seeding: Array(ReportSeeds.spring.prefix(3)), now: ReportSeeds.now) { h in
            for path in ["/reports", "/reports/report.csv", "/reports/items.csv?text=1"] {
                let response = try await h.get(path, browser: AuthHarness.Browser())
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.headers[.location]?.hasPrefix("/login") == true)
                #expect(!String(buffer: response.body).contains("mar-first"))
            }
        }
    }

    // MARK: - Hostile text

    @Test("hostile comments listed among the overrides come out as inert text, and the charts stay plain SVG")
    func hostilePage() async throws {
        try await ReportsPageHarness.run(seeding: ReportSeeds.all, now: ReportSeeds.now) { h in
            let browser = try await Self.signIn(h, .safeguardingLead)
            let html = String(buffer: try await h.get("/reports?period=month&from=2026-03-01", browser: browser).body)
            Self.assertInert(html)
            #expect(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"))
            #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
            #expect(html.contains(#"<span class="control-char" title="A hidden control character, shown by its code">U+202E</span>"#))
            #expect(html.contains("see javascript:alert(document.cookie)"), "a javascript: address stays words")
            // Exactly the items a person overrode Decorum on are listed, each linked by its escaped id.
            for seed in Self.march() {
                let href = "/items/" + (seed.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "_-."))) ?? "")
                #expect(html.contains(#"<a href="\#(href)">"#) == seed.isOverride, "\(seed.id)")
            }
            for chart in PageText.svgs(in: html) {
                let tree = try #require(SVGTree(chart))
                #expect(tree.names.isDisjoint(with: ["script", "foreignObject", "a", "image", "use"]))
                #expect(tree.elements.allSatisfy { $0.attributes.keys.allSatisfy { !$0.lowercased().hasPrefix("on") && $0 != "style" } })
            }
        }
    }

    @Test("hostile category names reach the page's charts and tables only escaped")
    func hostileLabels() async throws {
        let resources = try await DashboardResources.load()
        let labels = ReportLabels(categories: [
            .abusive: "<script>alert(1)</script>", .fraud: #""><img src=x onerror=alert(1)>"#, .staffIdentification: "javascript:alert(1) \u{202E}evil",
        ])
        let selection = try ReportSelection(period: "month", from: "2026-03-01", today: ReportSeeds.now, calendar: .london)
        let items = Self.march(ReportSeeds.spring).map(\.reportItem)
        let report = ReportBuilder().build(selection.breakdown, range: selection.range, items: items, alerts: [])
        var view = ReportsPageView(selection: selection, report: report, items: items, now: ReportSeeds.now)
        view.report = ReportPresentation(report: report, labels: labels)
        let page = DashboardPage(
            practiceName: "Quorn Medical Centre",
            user: DashboardLayout.User(name: "P Shah", roleTitle: "Practice manager", csrf: "token", nav: []), flash: nil, reports: view)
        let html = try #require(resources.library.render(page, withTemplate: "reports"))
        Self.assertInert(html)
        #expect(html.contains("javascript:alert(1) [U+202E]evil"))
        let charts = PageText.svgs(in: html)
        #expect(charts.count == 3)
        let texts = try charts.flatMap { chart in try #require(SVGTree(chart)).elements.map(\.text) }
        // The parser decodes what was escaped: the names are there as text, not as elements.
        #expect(texts.contains { $0.contains("<script>alert(1)</script>") })
        #expect(texts.contains { $0.contains(#""><img src=x onerror=alert(1)>"#) })
        #expect(texts.contains { $0.contains("[U+202E]evil") })
        #expect(html.contains("<th scope=\"col\" class=\"num\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"))
    }

    static func assertInert(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!html.contains("<script>alert"), "a <script> became markup", sourceLocation: sourceLocation)
        #expect(!html.contains("<img src=x"), "an <img> became markup", sourceLocation: sourceLocation)
        #expect(!html.contains("onerror=alert(1)>"), "an attribute escaped its quotes", sourceLocation: sourceLocation)
        #expect(!html.contains("\u{202E}"), "a right-to-left override reached the page", sourceLocation: sourceLocation)
        #expect(!html.lowercased().contains("href=\"javascript:"), "a javascript: address became a link", sourceLocation: sourceLocation)
        // The layout's own script tag is the only one.
        #expect(html.components(separatedBy: "<script").count - 1 == 1, sourceLocation: sourceLocation)
    }

    // MARK: - CSV

    @Test("items.csv is a download whose cells beginning = + - @ are neutralised, with the comments' words only when asked")
    func itemsCSV() async throws {
        try await ReportsPageHarness.run(seeding: ReportSeeds.all, now: ReportSeeds.now) { h in
            let browser = try await Self.signIn(h, .informationGovernanceLead)
            let response = try await h.get("/reports/items.csv?period=month&from=2026-03-01&text=1", browser: browser)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(response.headers[.contentDisposition] == #"attachment; filename="decorum-items-with-text-2026-03-01-to-2026-03-31.csv""#)
            #expect(response.headers[.cacheControl] == "no-store")
            let body = String(buffer: response.body)
            #expect(body.hasPrefix("\u{FEFF}"), "a byte-order mark, so Excel reads UTF-8")
            #expect(!body.contains("\u{202E}"))
            let csv = CSVRecords(body)
            #expect(csv.header.last == "text")
            let march = Self.march()
            #expect(csv.rows.count == march.count)
            #expect(!ReportSeeds.formulas.isEmpty)
            for seed in march {
                let row = try #require(csv.rows.first { $0["item"] == Self.neutralised(seed.id) }, "no row for \(seed.id)")
                #expect(row["text"] == Self.neutralised(DisplayText.plain(seed.text)), "\(seed.id)")
            }
            for seed in ReportSeeds.formulas {
                #expect(csv.rows.contains { $0["text"] == "'" + seed.text }, "\(seed.id)'s formula is text")
            }
            #expect(csv.rows.contains { $0["item"] == "'@SUM(A1:A9)" })
            for cell in csv.rows.flatMap(\.values) {
                let start = cell.drop { $0 == " " }.first
                #expect(!["=", "+", "-", "@"].contains(start), "a cell a spreadsheet would run: \(cell)")
            }
            #expect(csv.rows.contains { $0["text"]?.contains("[U+202E]gnirts neddih[U+202C]") == true })

            let plain = try await h.get("/reports/items.csv?period=month&from=2026-03-01", browser: browser)
            #expect(plain.headers[.contentDisposition] == #"attachment; filename="decorum-items-2026-03-01-to-2026-03-31.csv""#)
            let plainBody = String(buffer: plain.body)
            #expect(!CSVRecords(plainBody).header.contains("text"))
            for seed in march where seed.text != "A comment" {
                #expect(!plainBody.contains(seed.text.dropFirst().prefix(12)), "\(seed.id)'s words left the building")
            }

            let report = try await h.get("/reports/report.csv?period=month&from=2026-03-01", browser: browser)
            #expect(report.headers[.contentDisposition] == #"attachment; filename="decorum-report-2026-03-01-to-2026-03-31.csv""#)

            let exports = try await h.store.audit.list(limit: 50, after: nil).filter { $0.event == "report_exported" }
            #expect(exports.map(\.actor) == Array(repeating: "user.information_governance_lead", count: 3))
            #expect(exports.filter { $0.detailsJSON.contains(#""text":true"#) }.count == 1)
        }
    }

    /// A cell as a spreadsheet should receive it: prefixed with `'` when it would otherwise start a formula.
    static func neutralised(_ value: String) -> String {
        ["=", "+", "-", "@"].contains(value.first.map(String.init) ?? "") ? "'" + value : value
    }
}

extension ReportSeed {
    /// The item as the report builder would read it back, for tests that need no store.
    var reportItem: ReportItem {
        let at = ReportFixtures.utc(arrived)
        var steps = [ReportItem.PersonStep]()
        switch person {
        case .approved?: steps = [.init(kind: .approved, actor: "pm.jones", at: at.addingTimeInterval(60))]
        case .overrode?: steps = [.init(kind: .overrode, actor: "mod.sam", at: at.addingTimeInterval(60))]
        case .chose(let kind)?: steps = [.init(kind: .choseAction(kind), actor: "mod.sam", at: at.addingTimeInterval(60))]
        case nil: break
        }
        return ReportItem(
            id: ItemID(id), page: ReportFixtures.page, status: .actioned, arrivedAt: at, decision: decision, categories: categories,
            actionsDone: done.map { [$0.kind] } ?? [],
            firstAction: done.map { .init(kind: $0.kind, requestedBy: "decorum", startedAt: at, doneAt: at.addingTimeInterval($0.after)) },
            personSteps: steps, text: text)
    }
}
