/// The practice's team from a CSV roster: a header `name,role,aliases`, then one person a line, aliases
/// separated by `;` ("Dr Sarah Whitfield,GP partner,Dr Whitfield;Dr W;Sarah"). RFC 4180 quoting, blank lines
/// ignored, a byte-order mark tolerated.
public enum StaffRoster {
    static let columns = ["name", "role", "aliases"]

    /// Reads a roster; throws every mistake, each with its line.
    public static func parse(csv: String, file: String? = nil) throws(PolicyErrors) -> [StaffMember] {
        let (staff, errors) = read(csv: csv, file: file)
        if !errors.isEmpty { throw PolicyErrors(errors) }
        return staff
    }

    /// The members read and the mistakes found.
    static func read(csv: String, file: String?) -> ([StaffMember], [PolicyError]) {
        var errors: [PolicyError] = []
        func fail(_ kind: PolicyError.Kind, _ line: Int) { errors.append(PolicyError(kind, line: line, file: file)) }

        var records = self.records(csv)[...]
        guard let header = records.popFirst() else {
            fail(.missingStaffColumn("name"), 1)
            return ([], errors)
        }
        if let problem = header.problem { fail(.staffRow("Line \(header.line) \(problem)."), header.line) }
        var index: [String: Int] = [:]
        for (i, raw) in header.fields.enumerated() {
            let name = trimmed(raw).lowercased()
            if columns.contains(name) {
                if index[name] == nil { index[name] = i }
            } else {
                fail(.unknownStaffColumn(trimmed(raw), suggestion: Suggestion.nearest(name, in: columns)), header.line)
            }
        }
        for required in ["name", "role"] where index[required] == nil {
            fail(.missingStaffColumn(required), header.line)
        }
        guard let nameColumn = index["name"], let roleColumn = index["role"] else { return ([], errors) }
        let aliasColumn = index["aliases"]

        var staff: [StaffMember] = []
        var seen: Set<String> = []
        for record in records {
            let line = record.line
            if let problem = record.problem {
                fail(.staffRow("Line \(line) \(problem)."), line)
                continue
            }
            if record.fields.count > header.fields.count {
                fail(.staffRow("Line \(line) has \(record.fields.count) values but the first line names \(header.fields.count) columns. Put a value that contains a comma in double quotes."), line)
                continue
            }
            func field(_ i: Int?) -> String {
                guard let i, i < record.fields.count else { return "" }
                return trimmed(record.fields[i])
            }
            let name = field(nameColumn), role = field(roleColumn)
            if name.isEmpty {
                fail(.staffRow("Line \(line) has no name. Give the person's name as patients would write it, like Dr Sarah Whitfield."), line)
                continue
            }
            if role.isEmpty {
                fail(.staffRow("Line \(line) has no role for \"\(name)\". Add one, like receptionist or GP partner."), line)
                continue
            }
            let aliases = field(aliasColumn).split(separator: ";").map { trimmed(String($0)) }.filter { !$0.isEmpty }
            if !seen.insert(name.lowercased()).inserted {
                fail(.duplicateStaff(name), line)
                continue
            }
            staff.append(StaffMember(name: name, role: role, aliases: aliases))
        }
        return (staff, errors)
    }

    /// One CSV record: the line it starts on, its fields, and what is wrong with its quoting, if anything.
    struct Record {
        var line: Int
        var fields: [String]
        var problem: String?
    }

    /// Splits CSV text into records, skipping blank lines.
    static func records(_ csv: String) -> [Record] {
        var scalars = Array(csv.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [Record] = []
        var line = 1
        var record = Record(line: 1, fields: [], problem: nil)
        var field = String.UnicodeScalarView()
        var quoted = false, inQuotes = false, afterQuote = false

        func endRecord() {
            record.fields.append(String(field))
            let blank = record.fields.count == 1 && trimmed(record.fields[0]).isEmpty && !quoted
            if !blank || record.problem != nil { records.append(record) }
            field = .init()
            quoted = false
            afterQuote = false
        }

        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if inQuotes {
                if c == "\"" {
                    if next < scalars.endIndex, scalars[next] == "\"" {
                        field.append("\"")
                        i = scalars.index(after: next)
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                } else {
                    if c == "\n" || (c == "\r" && (next == scalars.endIndex || scalars[next] != "\n")) { line += 1 }
                    field.append(c)
                }
                i = next
                continue
            }
            switch c {
            case ",":
                record.fields.append(String(field))
                field = .init()
                quoted = false
                afterQuote = false
            case "\r", "\n":
                if c == "\r", next < scalars.endIndex, scalars[next] == "\n" { i = next }
                endRecord()
                line += 1
                record = Record(line: line, fields: [], problem: nil)
            case "\"" where trimmed(String(field)).isEmpty && !quoted:
                field = .init()
                quoted = true
                inQuotes = true
            default:
                if afterQuote, c != " ", c != "\t", record.problem == nil {
                    record.problem = "has text after a closing double quote; double a quote inside a quoted value (\"\")"
                }
                if !afterQuote { field.append(c) }
            }
            i = scalars.index(after: i)
        }
        if inQuotes, record.problem == nil { record.problem = "opens a double quote that is never closed" }
        if !(record.fields.isEmpty && field.isEmpty && !quoted) || record.problem != nil { endRecord() }
        return records
    }
}

/// Without leading and trailing spaces and tabs.
func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex, end = scalars.endIndex
    while start < end, scalars[start] == " " || scalars[start] == "\t" { start = scalars.index(after: start) }
    while end > start, scalars[scalars.index(before: end)] == " " || scalars[scalars.index(before: end)] == "\t" {
        end = scalars.index(before: end)
    }
    return String(scalars[start..<end])
}
