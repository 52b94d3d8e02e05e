import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Testing

@Suite("Report charts in SVG")
struct SVGChartTests {
    static let hostile = ReportLabels(categories: [
        .abusive: "<script>alert(1)</script>",
        .complaint: #""><img src=x onerror=alert(1)>"#,
        .fraud: "Fraud & 'spam'",
        .safeguarding: "Safe\u{202E}gnidraug",
    ])

    static func charts(_ report: Report = ReportFixtures.march, labels: ReportLabels = .standard) -> [SVGChart] {
        [SVGChart.categories(report, labels: labels), SVGChart.timeToAction(report), SVGChart.overrideRate(report)]
    }

    /// The elements the charts draw with: nothing that runs, loads or links.
    static let allowedElements: Set = ["svg", "title", "desc", "defs", "pattern", "rect", "path", "circle", "g", "line", "polyline", "text"]

    @Test("every chart is well-formed SVG: an image with a title and a description that its aria-labelledby names")
    func wellFormed() throws {
        for chart in Self.charts() {
            let tree = try #require(SVGTree(chart.svg), "not well-formed: \(chart.id)")
            let root = try #require(tree.root)
            #expect(root.name == "svg")
            #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
            #expect(root.attributes["role"] == "img")
            #expect(root.attributes["viewBox"] == "0 0 720 360")
            let title = try #require(tree.all("title").first { $0.depth == 1 })
            let desc = try #require(tree.all("desc").first)
            #expect(root.attributes["aria-labelledby"] == "\(title.attributes["id"]!) \(desc.attributes["id"]!)")
            #expect(title.text == chart.title)
            #expect(desc.text == chart.description)
            #expect(tree.names.isSubset(of: Self.allowedElements))
            // Inline styles would be refused by the dashboard's Content-Security-Policy.
            #expect(tree.elements.allSatisfy { $0.attributes["style"] == nil })
        }
    }

    @Test("descriptions give the figures in words")
    func descriptions() {
        let charts = Self.charts()
        #expect(charts[0].title == "Items by category, week by week, 1–31 March 2026")
        #expect(charts[0].description.hasPrefix("8 items arrived in 1–31 March 2026; 6 fell in at least one category"))
        #expect(charts[0].description.contains("2–8 Mar 2026 3"))
        #expect(charts[1].description.contains("the time from arrival to the first action done was 4 s at the median and 15 min at the 90th percentile"))
        #expect(charts[1].description.contains("23–29 Mar 2026 nothing acted on"))
        #expect(charts[2].description.contains("overrode Decorum on 2 of 3 items decided by a person (67%)"))
        #expect(charts[2].description.contains("1 Mar 2026 no decisions by a person"))
    }

    @Test("the category chart draws a segment for each category in each period, and a legend entry for each category")
    func categoryStructure() throws {
        let report = ReportFixtures.march
        let tree = try #require(SVGTree(SVGChart.categories(report).svg))
        let segments = tree.all("rect").filter { ($0.attributes["fill"] ?? "").hasPrefix("url(#") && $0.attributes["width"] != "14" }
        let expected = report.periods.reduce(0) { sum, p in sum + report.categoriesPresent.filter { p.count($0) > 0 }.count }
        #expect(segments.count == expected)
        #expect(tree.all("pattern").count == report.categoriesPresent.count)
        let legend = tree.all("text").map(\.text).filter { $0.hasSuffix("(1)") }
        #expect(legend.count == report.categoriesPresent.count)
        let name = ReportLabels.defaultLabel(.thirdPartyPII)
        #expect(legend.contains("\(name) (1)"))
        #expect(tree.all("title").map(\.text).contains("2–8 Mar 2026: \(name) 1"))
    }

    @Test("the time chart marks the median with circles and the 90th percentile with squares, leaving gaps for empty periods")
    func timeStructure() throws {
        let report = ReportFixtures.march
        let tree = try #require(SVGTree(SVGChart.timeToAction(report).svg))
        let timed = report.periods.filter { $0.timeToAction.count > 0 }.count
        #expect(tree.all("circle").count == timed + 1)  // and one in the key
        #expect(tree.all("rect").filter { $0.attributes["width"] == "8" }.count == timed + 1)
        #expect(tree.all("polyline").allSatisfy { $0.attributes["points"]?.isEmpty == false })
        #expect(tree.all("polyline").contains { $0.attributes["stroke-dasharray"] != nil })
        #expect(tree.all("text").contains { $0.text == "Time to action (minutes)" })
    }

    @Test("the override chart has a bar for each period with decisions by people, and a dash for the others")
    func overrideStructure() throws {
        let report = ReportFixtures.march
        let tree = try #require(SVGTree(SVGChart.overrideRate(report).svg))
        let bars = tree.all("rect").filter { $0.attributes["fill"] == ChartPalette.primary }
        #expect(bars.count == 2)
        #expect(tree.all("text").filter { $0.text.hasPrefix("–") }.count == 4)
        #expect(tree.all("text").contains { $0.text == "100%" })
        #expect(tree.all("title").map(\.text).contains("9–15 Mar 2026: overrode Decorum on 2 of 2 items decided by a person (100%)"))
    }

    @Test("hostile labels are text: no element, attribute or handler comes from them", arguments: [0, 1, 2])
    func hostileLabels(index: Int) throws {
        let chart = Self.charts(labels: Self.hostile)[index]
        #expect(!chart.svg.contains("<script"))
        #expect(!chart.svg.contains("<img"))
        let tree = try #require(SVGTree(chart.svg))
        #expect(tree.names.isSubset(of: Self.allowedElements))
        #expect(tree.elements.allSatisfy { element in element.attributes.keys.allSatisfy { !$0.lowercased().hasPrefix("on") } })
        if index == 0 {
            // Read back as the very characters given, shown as text.
            #expect(tree.texts.contains { $0.hasPrefix("<script>alert(1)</script>") })
            #expect(tree.texts.contains { $0.hasPrefix(#""><img src=x onerror=alert(1)>"#) })
            #expect(tree.texts.contains { $0.hasPrefix("Fraud & 'spam'") })
            #expect(chart.svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(chart.svg.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
            #expect(chart.svg.contains("Fraud &amp; &#39;spam&#39;"))
            // A right-to-left override cannot reverse the label: it is shown by its code.
            #expect(!chart.svg.unicodeScalars.contains("\u{202E}"))
            #expect(tree.texts.contains { $0.hasPrefix("Safe[U+202E]gnidraug") })
        }
    }

    @Test("a long category name is shortened in the legend and given whole in its tooltip")
    func longLabel() throws {
        let long = "Comments that identify another patient of the practice"
        let tree = try #require(SVGTree(SVGChart.categories(ReportFixtures.march, labels: ReportLabels(categories: [.thirdPartyPII: long])).svg))
        #expect(tree.all("text").contains { $0.text == "Comments that identify … (1)" })
        #expect(tree.all("title").contains { $0.text == long })
    }

    @Test("an id from outside is made safe for attributes and references")
    func hostileID() throws {
        let chart = SVGChart.categories(ReportFixtures.march, id: #"x" onload="alert(1)"#)
        #expect(chart.id == "x--onload--alert-1-")
        let tree = try #require(SVGTree(chart.svg))
        #expect(tree.root?.attributes["onload"] == nil)
    }

    @Test("the same report gives the same SVG, byte for byte, with plain numbers for every coordinate")
    func deterministic() throws {
        #expect(Self.charts().map(\.svg) == Self.charts().map(\.svg))
        let coordinates = ["x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r"]
        for chart in Self.charts() {
            let tree = try #require(SVGTree(chart.svg))
            for element in tree.elements {
                for key in coordinates {
                    guard let value = element.attributes[key] else { continue }
                    #expect(value.wholeMatch(of: /-?[0-9]+(\.[0-9])?/) != nil, "\(element.name) \(key)=\(value)")
                }
            }
        }
    }

    @Test("an empty report still draws well-formed charts that say there is nothing to show")
    func empty() throws {
        let report = ReportBuilder().build(.week, range: ReportCalendar.london.month(2, of: 2026)!, items: [], alerts: [])
        for chart in Self.charts(report) {
            let tree = try #require(SVGTree(chart.svg))
            #expect(tree.all("text").contains { $0.text.hasPrefix("Nothing") || $0.text.hasPrefix("No person") })
        }
        #expect(Self.charts(report)[1].description == "Nothing that arrived in 1–28 February 2026 was acted on.")
    }

    @Test("a year of weeks labels only every few weeks, so the labels do not overlap")
    func manyPeriods() throws {
        let range = ReportCalendar.london.last(52, .week, endingWith: ReportFixtures.utc("2026-03-15T12:00:00Z"))
        let report = ReportBuilder().build(.week, range: range, items: [], alerts: [])
        #expect(report.periods.count == 52)
        let tree = try #require(SVGTree(SVGChart.categories(report).svg))
        let labels = tree.all("g").first { $0.attributes["class"] == "periods" }
        #expect(labels != nil)
        let shown = tree.all("text").filter { $0.text.contains(" ") && $0.text.first?.isNumber == true && $0.text.count <= 6 }
        #expect(shown.count < 20)
    }

    @Test("colours stand out from the background (3:1 for marks, 4.5:1 for text)")
    func contrast() {
        for category in Category.allCases {
            #expect(ChartPalette.contrast(ChartPalette.colour(category), ChartPalette.background) >= 3, "\(category)")
        }
        #expect(ChartPalette.contrast(ChartPalette.ink, ChartPalette.background) >= 4.5)
        #expect(ChartPalette.contrast(ChartPalette.primary, ChartPalette.background) >= 4.5)
        #expect(ChartPalette.contrast(ChartPalette.secondary, ChartPalette.background) >= 4.5)
        #expect(Set(Category.allCases.map(ChartPalette.colour)).count == Category.allCases.count)
    }
}
