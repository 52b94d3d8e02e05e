/// Figures as rows and columns of plain text, for a template to loop over (Mustache escapes each cell):
///
/// ```mustache
/// {{#table}}<table id="{{id}}"><caption>{{caption}}</caption>
/// <thead><tr>{{#columns}}<th scope="col"{{#isNumeric}} class="num"{{/isNumeric}}>{{label}}</th>{{/columns}}</tr></thead>
/// <tbody>{{#rows}}<tr><th scope="row">{{header}}</th>{{#cells}}<td{{#isNumeric}} class="num"{{/isNumeric}}>{{text}}</td>{{/cells}}</tr>{{/rows}}</tbody>
/// {{#total}}<tfoot><tr><th scope="row">{{header}}</th>{{#cells}}<td class="num">{{text}}</td>{{/cells}}</tr></tfoot>{{/total}}
/// </table>{{/table}}
/// ```
public struct ReportTable: Sendable, Hashable {
    /// A column; the first is the rows' headers.
    public struct Column: Sendable, Hashable {
        /// The heading.
        public var label: String
        /// True for a column of figures (right-aligned, say).
        public var isNumeric: Bool
    }

    /// A row: its header (the period) and one cell for each column after the first.
    public struct Row: Sendable, Hashable {
        /// The period, or "Total".
        public var header: String
        /// The figures, in the order of the columns.
        public var cells: [Cell]
    }

    /// A cell's text as shown.
    public struct Cell: Sendable, Hashable {
        /// The figure as shown ("12", "4 min 10 s", "–").
        public var text: String
        /// True for a figure.
        public var isNumeric: Bool
    }

    /// Unique on the page.
    public var id: String
    /// What the table shows, for its `<caption>`.
    public var caption: String
    /// The headings, the rows' header column first.
    public var columns: [Column]
    /// One per period, oldest first.
    public var rows: [Row]
    /// The whole range.
    public var total: Row?

    /// A table of one row per period and a total row, from a column's label and how to show it for a period.
    init(id: String, caption: String, header: String, report: Report, columns: [(label: String, value: (PeriodFigures) -> String)]) {
        self.id = id
        self.caption = caption
        self.columns = [Column(label: header, isNumeric: false)] + columns.map { Column(label: $0.label, isNumeric: true) }
        func row(_ figures: PeriodFigures) -> Row {
            Row(header: figures.period.label, cells: columns.map { Cell(text: $0.value(figures), isNumeric: true) })
        }
        rows = report.periods.map(row)
        total = row(report.total)
    }
}
