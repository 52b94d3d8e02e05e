import Foundation

/// A report table read back from a page (`<table id="…">` as the `report-table` template writes it): its column
/// headings and, per row, the row's heading and the text of its cells, entities decoded.
struct HTMLTable {
    struct Row {
        var header: String
        var cells: [String]
    }

    var columns: [String] = []
    var rows: [Row] = []

    /// The table with `id` in `html`, or an empty table when there is none.
    init(_ html: String, id: String) {
        guard let start = html.range(of: #"<table class="report-table" id="\#(id)">"#),
              let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex)
        else { return }
        let table = String(html[start.upperBound..<end.lowerBound])
        columns = Self.texts(of: "th", in: Self.between("<thead>", "</thead>", table).first ?? "")
        for body in Self.between("<tbody>", "</tbody>", table) + Self.between("<tfoot>", "</tfoot>", table) {
            for row in Self.between("<tr>", "</tr>", body) {
                rows.append(Row(header: Self.texts(of: "th", in: row).first ?? "", cells: Self.texts(of: "td", in: row)))
            }
        }
    }

    /// The pieces of `text` between each `open` and the next `close`.
    static func between(_ open: String, _ close: String, _ text: String) -> [String] {
        var pieces = [String]()
        var rest = text[...]
        while let start = rest.range(of: open), let end = rest.range(of: close, range: start.upperBound..<rest.endIndex) {
            pieces.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return pieces
    }

    /// The text of each `<tag …>…</tag>` in `html`.
    static func texts(of tag: String, in html: String) -> [String] {
        var texts = [String]()
        var rest = html[...]
        while let open = rest.range(of: "<\(tag)"), let close = rest.range(of: ">", range: open.upperBound..<rest.endIndex),
              let end = rest.range(of: "</\(tag)>", range: close.upperBound..<rest.endIndex) {
            texts.append(PageText.decoded(String(rest[close.upperBound..<end.lowerBound])))
            rest = rest[end.upperBound...]
        }
        return texts
    }
}
