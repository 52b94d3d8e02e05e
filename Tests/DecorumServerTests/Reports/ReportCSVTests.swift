import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Hummingbird
import Testing

@Suite("Report downloads in CSV")
struct ReportCSVTests {
    @Test("report.csv has a row per period and a total, every row as long as the header")
    func periods() throws {
        let report = ReportFixtures.march
        let records = CSVWriterTests.parse(ReportCSV.periods(report))
        let header = try #require(records.first)
        #expect(records.count == 1 + report.periods.count + 1)
        #expect(records.allSatisfy { $0.count == header.count })
        #expect(records.map { $0[0] }.dropFirst() == ["1 Mar 2026", "2–8 Mar 2026", "9–15 Mar 2026", "16–22 Mar 2026", "23–29 Mar 2026", "30–31 Mar 2026", "Total"])
        func value(_ column: String, _ row: Int) throws -> String {
            records[row][try #require(header.firstIndex(of: column), "no column \(column)")]
        }
        let total = records.count - 1
        #expect(try value("items received", total) == "8")
        #expect(try value("first day", 1) == "2026-03-01")
        #expect(try value("partial", 1) == "yes")
        #expect(try value("category: Abusive", total) == "1")
        #expect(try value("outcome: deleted", total) == "3")
        #expect(try value("median time to action (s)", total) == "4")
        #expect(try value("90th percentile time to action (s)", total) == "900")
        #expect(try value("override rate (%)", total) == "66.7")
        #expect(try value("override rate (%)", 1) == "")
        #expect(try value("safeguarding alerts", total) == "2")
        #expect(try value("median time to acknowledge (s)", total) == "300")
        #expect(ReportCSV.periods(report).hasPrefix("\u{FEFF}"))
        #expect(ReportCSV.fileName("report", for: report) == "decorum-report-2026-03-01-to-2026-03-31.csv")
    }

    @Test("a practice's own category names never start a header cell")
    func hostileHeader() {
        let csv = ReportCSV.periods(ReportFixtures.march, labels: ReportLabels(categories: [.abusive: "=1+1"]), byteOrderMark: false)
        #expect(csv.contains(",category: =1+1,"))
        #expect(!csv.contains(",=1+1"))
    }

    static let items = [
        ReportItem(
            id: ItemID("104_99"), page: ReportFixtures.page, status: .resolved, arrivedAt: ReportFixtures.utc("2026-06-21T23:30:00Z"),
            decision: .hide, categories: [.thirdPartyPII, .safeguarding], actionsDone: [.hide, .privateReply],
            firstAction: .init(kind: .hide, requestedBy: "decorum", startedAt: ReportFixtures.utc("2026-06-21T23:30:00Z"),
                               doneAt: ReportFixtures.utc("2026-06-21T23:30:00Z").addingTimeInterval(2.5)),
            personSteps: [.init(kind: .overrode, actor: "=mod.sam", at: ReportFixtures.utc("2026-06-22T08:00:00Z"))],
            text: #"=HYPERLINK("http://evil.example","win") "quoted", and a line\#nbreak \#u{202E}gpj.exe"#),
        ReportItem(
            id: ItemID("104_100"), page: ReportFixtures.page, status: .received, arrivedAt: ReportFixtures.utc("2026-01-10T12:00:00Z"),
            decision: nil, categories: [], text: "plain"),
    ]

    @Test("items.csv leaves the comment's text out unless it is asked for")
    func itemsWithoutText() throws {
        let csv = ReportCSV.items(Self.items)
        #expect(!csv.contains("HYPERLINK"))
        #expect(!csv.contains("plain"))
        let records = CSVWriterTests.parse(csv)
        #expect(records.count == 3)
        #expect(!records[0].contains("text"))
        let row = Dictionary(uniqueKeysWithValues: zip(records[0], records[1]))
        #expect(row["item"] == "104_99")
        #expect(row["arrived (UK time)"] == "2026-06-22 00:30:00")
        #expect(row["arrived (UTC)"] == "2026-06-21T23:30:00Z")
        #expect(row["categories"] == "third_party_pii; safeguarding")
        #expect(row["Decorum decided"] == "hide")
        #expect(row["done on the Page"] == "hide; private_reply")
        #expect(row["time to action (s)"] == "2.5")
        #expect(row["people's verdict"] == "overridden")
        #expect(row["decided by"] == "'=mod.sam")
        let unjudged = Dictionary(uniqueKeysWithValues: zip(records[0], records[2]))
        #expect(unjudged["Decorum decided"] == "not judged yet")
        #expect(unjudged["decided by"] == "")
        #expect(unjudged["time to action (s)"] == "")
    }

    @Test("items.csv with the text asked for: formulas, quotes, line breaks and overrides all inert")
    func itemsWithText() throws {
        let records = CSVWriterTests.parse(ReportCSV.items(Self.items, includeText: true))
        #expect(records[0].last == "text")
        #expect(records[1].last == #"'=HYPERLINK("http://evil.example","win") "quoted", and a line"# + "\nbreak [U+202E]gpj.exe")
        #expect(records[2].last == "plain")
    }
}

@Suite("Downloads over HTTP")
struct FileDownloadTests {
    @Test("a CSV download is an attachment with the dashboard's headers and a file name that cannot break the header")
    func csv() {
        let response = FileDownload.csv(ReportCSV.periods(ReportFixtures.march), fileName: #"report"; evil=".csv"#)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
        #expect(response.headers[.contentDisposition] == #"attachment; filename="report---evil--.csv""#)
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
        #expect(response.headers[.cacheControl] == "no-store")
        #expect(response.headers[.contentSecurityPolicy] == HTMLPage.contentSecurityPolicy)
    }

    @Test("a chart downloads as SVG")
    func svg() {
        let response = FileDownload.svg(SVGChart.overrideRate(ReportFixtures.march), fileName: "overrides.svg")
        #expect(response.headers[.contentType] == "image/svg+xml; charset=utf-8")
        #expect(response.headers[.contentDisposition] == #"attachment; filename="overrides.svg""#)
    }
}
