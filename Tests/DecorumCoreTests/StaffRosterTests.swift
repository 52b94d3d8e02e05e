import Testing
@testable import DecorumCore

/// The errors a roster fails with; an empty list when it reads.
private func rosterErrors(_ csv: String) -> [PolicyError] {
    do {
        _ = try StaffRoster.parse(csv: csv, file: "staff.csv")
        return []
    } catch {
        return error.errors
    }
}

@Suite("Staff roster")
struct StaffRosterTests {
    @Test("a roster reads one person a line, aliases split at semicolons")
    func plain() throws {
        let staff = try StaffRoster.parse(csv: "name,role,aliases\nDr Sarah Whitfield,GP partner,Dr Whitfield;Dr W;Sarah\nWill Chambers,receptionist,\n")
        #expect(staff == [
            StaffMember(name: "Dr Sarah Whitfield", role: "GP partner", aliases: ["Dr Whitfield", "Dr W", "Sarah"]),
            StaffMember(name: "Will Chambers", role: "receptionist"),
        ])
    }

    @Test("quoting, a byte-order mark, CRLF line ends, blank lines and line breaks in quotes are all understood")
    func quoted() throws {
        let staff = try StaffRoster.parse(csv: try fixture("staff/quoted.csv"))
        #expect(staff == [
            StaffMember(name: "Dr Sarah Whitfield", role: "GP partner", aliases: ["Dr Whitfield", "Dr W", "Sarah"]),
            StaffMember(name: "Bethany \"Beth\" Hughes", role: "practice nurse", aliases: ["Nurse Beth", "Sister Hughes"]),
            StaffMember(name: "Hope\nAdeyemi", role: "clinical pharmacist"),
            StaffMember(name: "Mark Bell", role: "paramedic practitioner"),
        ])
    }

    @Test("each bad line is named by its number, and the good lines around it are not")
    func badLines() throws {
        let errors = rosterErrors(try fixture("staff/bad-lines.csv"))
        #expect(errors.map(\.line) == [5, 6, 7])
        #expect(errors.map(\.file) == ["staff.csv", "staff.csv", "staff.csv"])
        #expect(errors[0].description.hasPrefix("staff.csv:5: Line 5 has 4 values but the first line names 3 columns."))
        #expect(errors[1].description == "staff.csv:6: Line 6 has no role for \"Will Chambers\". Add one, like receptionist or GP partner.")
        #expect(errors[2].description.contains("never closed"))
    }

    @Test("a value with a comma in quotes is one value")
    func commaInQuotes() throws {
        let (staff, errors) = StaffRoster.read(csv: try fixture("staff/bad-lines.csv"), file: nil)
        #expect(errors.count == 3)
        #expect(staff.map(\.name) == ["Dr Sarah Whitfield", "Qureshi, Imran"])
        #expect(staff.last?.aliases == ["Dr Q", "Imran"])
    }

    @Test("columns may come in any order and in any case")
    func columnOrder() throws {
        let staff = try StaffRoster.parse(csv: "Role, Aliases, Name\nreceptionist,May,May Jenkins\n")
        #expect(staff == [StaffMember(name: "May Jenkins", role: "receptionist", aliases: ["May"])])
    }

    @Test("a misspelt column gets a suggestion; a missing one is named", arguments: [
        ("name,role,alias", [PolicyError.Kind.unknownStaffColumn("alias", suggestion: "aliases")]),
        ("name,aliases", [.missingStaffColumn("role")]),
        ("nmae,role", [.unknownStaffColumn("nmae", suggestion: "name"), .missingStaffColumn("name")]),
    ])
    func header(header: String, expected: [PolicyError.Kind]) {
        let errors = rosterErrors(header + "\nKaren Doyle,practice manager\n")
        #expect(errors.map(\.kind).prefix(expected.count) == expected[...])
        #expect(errors.allSatisfy { $0.line == 1 })
    }

    @Test("a roster without a header line is rejected, not read as a person")
    func noHeader() {
        let errors = rosterErrors("Dr Sarah Whitfield,GP partner,Dr W\n")
        #expect(errors.contains { $0.kind == .missingStaffColumn("name") })
        #expect(errors.contains { $0.kind == .missingStaffColumn("role") })
    }

    @Test("an empty roster is an error")
    func empty() {
        #expect(rosterErrors("").map(\.kind) == [.missingStaffColumn("name")])
        #expect(rosterErrors("\n\n").map(\.kind) == [.missingStaffColumn("name")])
    }

    @Test("the same person twice is named at the second line")
    func duplicate() {
        let errors = rosterErrors("name,role\nKaren Doyle,practice manager\nkaren doyle,receptionist\n")
        #expect(errors.map(\.kind) == [.duplicateStaff("karen doyle")])
        #expect(errors.map(\.line) == [3])
    }

    @Test("a stray quote inside a quoted value is reported")
    func strayQuote() {
        let errors = rosterErrors("name,role\n\"Karen \"K\" Doyle\",practice manager\n")
        #expect(errors.map(\.line) == [2])
    }
}
