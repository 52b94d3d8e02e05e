import DecorumCore
import DecorumServer
import Foundation
import Mustache
import Testing

@Suite("Reports laid out for the dashboard")
struct ReportPresentationTests {
    static let template = """
        <h1>{{title}}</h1>
        {{#headlines}}<p>{{.}}</p>{{/headlines}}
        {{#figures}}{{{html}}}{{#table}}<table id="{{id}}"><caption>{{caption}}</caption>\
        <thead><tr>{{#columns}}<th scope="col">{{label}}</th>{{/columns}}</tr></thead>\
        <tbody>{{#rows}}<tr><th scope="row">{{header}}</th>{{#cells}}<td>{{text}}</td>{{/cells}}</tr>{{/rows}}</tbody>\
        {{#total}}<tfoot><tr><th scope="row">{{header}}</th>{{#cells}}<td>{{text}}</td>{{/cells}}</tr></tfoot>{{/total}}\
        </table>{{/table}}{{/figures}}
        """

    @Test("three figures, each a complete <figure> with its chart, and a table of the same figures")
    func figures() throws {
        let view = ReportPresentation(report: ReportFixtures.march)
        #expect(view.title == "Moderation report, 1–31 March 2026, week by week")
        #expect(view.figures.map(\.id) == ["chart-categories", "chart-time-to-action", "chart-override-rate"])
        for figure in view.figures {
            #expect(figure.html.hasPrefix(#"<figure class="report-figure""#))
            #expect(figure.html.hasSuffix("</figcaption></figure>"))
            #expect(figure.html.contains(figure.svg))
            #expect(figure.table.rows.count == 6)
            #expect(figure.table.total?.header == "Total")
            #expect(figure.table.rows.allSatisfy { $0.cells.count == figure.table.columns.count - 1 })
        }
        let overrides = view.figures[2].table
        #expect(overrides.columns.map(\.label).last == "Override rate")
        #expect(overrides.total?.cells.last?.text == "67%")
        #expect(overrides.rows.first?.cells.last?.text == "–")
        #expect(view.outcomes.total?.cells.map(\.text) == ["8", "8", "1", "2", "2", "3", "1", "0", "0", "1"])
        #expect(view.safeguarding.total?.cells.map(\.text) == ["2", "1", "5 min", "5 min"])
        #expect(view.headlines.contains("People decided on 3 items and overrode Decorum on 2 (67%)."))
        // Ids are unique on the page, tables' included.
        let ids = view.figures.map(\.id) + view.figures.map(\.table.id) + [view.outcomes.id, view.safeguarding.id]
        #expect(Set(ids).count == ids.count)
        let monthly = ReportPresentation(report: ReportFixtures.march, idPrefix: "Monthly")
        #expect(monthly.figures.map(\.id) == ["monthly-chart-categories", "monthly-chart-time-to-action", "monthly-chart-override-rate"])
        #expect(monthly.outcomes.id == "monthly-table-outcomes")
        #expect(Set(monthly.figures.map(\.id)).isDisjoint(with: ids))
    }

    @Test("rendered by Mustache, hostile labels are escaped once in the charts and once in the tables")
    func mustache() throws {
        let labels = ReportLabels(categories: [.abusive: "<script>alert(1)</script>"])
        let view = ReportPresentation(report: ReportFixtures.march, labels: labels)
        let html = try MustacheTemplate(string: Self.template).render(view)
        #expect(!html.contains("<script"))
        #expect(html.contains("<th scope=\"col\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"))
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(!html.contains("&amp;lt;"))
        #expect(html.components(separatedBy: "<figure ").count == 4)
        #expect(html.contains("<td>4 s</td>"))
    }
}
