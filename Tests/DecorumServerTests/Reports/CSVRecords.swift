/// A CSV download read back: its header, and each later record as a dictionary by column name.
struct CSVRecords {
    var header: [String]
    var rows: [[String: String]]

    init(_ text: String) {
        let records = CSVWriterTests.parse(text)
        let header = records.first ?? []
        self.header = header
        rows = records.dropFirst().map { record in
            Dictionary(zip(header, record).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
