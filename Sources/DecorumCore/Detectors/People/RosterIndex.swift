/// The practice's staff roster, indexed by name keys for matching names in comments.
struct RosterIndex: Sendable {
    /// One staff member's names as keys.
    struct Member: Sendable {
        var name: String
        var role: String
        var first: String?
        var surname: String?
        /// Single-word names the member goes by: first name and one-word aliases ("beth", "mo").
        var givenKeys: [String]
        /// Aliases that start with a title, as keys after the title ("dr q" → ["q"]).
        var titledAliases: [[String]]
        /// True when the member is a doctor, so "Dr" + their surname is expected.
        var isDoctor: Bool
    }

    /// How a roster name was written.
    enum MatchKind: Sendable {
        /// First name and surname, or a multi-word alias.
        case fullName
        /// A title and the surname or a titled alias ("Dr Whitfield", "Dr Q", "Nurse Beth").
        case titled
        /// A title and a surname one edit away ("Dr Whitfeild").
        case nearMiss
        /// A first name or one-word alias alone.
        case given
        /// The surname alone, capitalised.
        case surname
    }

    /// A roster name found at some tokens.
    struct Match: Sendable {
        var member: Int
        var kind: MatchKind
        /// Token indices, inclusive.
        var first: Int
        var last: Int
    }

    let members: [Member]
    private let byGiven: [String: [Int]]
    private let bySurname: [String: [Int]]
    /// Surname keys of five letters or more, for near-miss spellings.
    private let longSurnames: [(key: [UInt8], member: Int)]

    var isEmpty: Bool { members.isEmpty }

    /// The roster's words as word classes, to merge into the lexicon so each word is looked up once.
    var wordClasses: [String: WordClass] {
        var classes = [String: WordClass]()
        for member in members {
            for g in member.givenKeys { classes[g, default: []].insert(.rosterGiven) }
            if let s = member.surname { classes[s, default: []].insert(.rosterSurname) }
            for alias in member.titledAliases where alias.count >= 2 { classes[alias[0], default: []].insert(.rosterAliasStart) }
        }
        return classes
    }

    init(_ staff: [StaffMember]) {
        let lexicon = PeopleLexicon.shared
        var members = [Member]()
        var byGiven = [String: [Int]](), bySurname = [String: [Int]]()
        var longSurnames = [([UInt8], Int)]()
        for (index, person) in staff.enumerated() {
            var words = Self.words(person.name)
            var isDoctor = false
            while let w = words.first, lexicon.classes(of: w).contains(.clinicalTitle) || lexicon.classes(of: w).contains(.socialTitle) {
                if w == "dr" || w == "doctor" { isDoctor = true }
                words.removeFirst()
            }
            let role = person.role.lowercased()
            if role.contains("gp") || role.contains("doctor") || role.contains("registrar") || role.contains("locum") { isDoctor = true }
            var member = Member(name: person.name, role: person.role, first: words.count >= 2 ? words.first : (words.count == 1 ? words[0] : nil),
                                surname: words.count >= 2 ? words.last : nil, givenKeys: [], titledAliases: [], isDoctor: isDoctor)
            if let first = member.first { member.givenKeys.append(first) }
            for alias in person.aliases {
                let aliasWords = Self.words(alias)
                guard let head = aliasWords.first else { continue }
                if lexicon.classes(of: head).contains(.clinicalTitle) || lexicon.classes(of: head).contains(.socialTitle) {
                    if aliasWords.count >= 2 { member.titledAliases.append(Array(aliasWords.dropFirst())) }
                    if head == "dr" || head == "doctor" { isDoctor = true }
                } else if aliasWords.count == 1 {
                    if !member.givenKeys.contains(head) { member.givenKeys.append(head) }
                } else {
                    // A multi-word alias without a title reads as first name and surname.
                    member.titledAliases.append(aliasWords)
                }
            }
            member.isDoctor = isDoctor
            for g in member.givenKeys { byGiven[g, default: []].append(index) }
            if let s = member.surname {
                bySurname[s, default: []].append(index)
                if s.utf8.count >= 5 { longSurnames.append((Array(s.utf8), index)) }
            }
            members.append(member)
        }
        self.members = members
        self.byGiven = byGiven
        self.bySurname = bySurname
        self.longSurnames = longSurnames
    }

    private static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "," || $0 == "-" }).map { PeopleLexicon.nameKey($0) }.filter { !$0.isEmpty }
    }

    func members(given key: String) -> [Int] { byGiven[key] ?? [] }
    func members(surname key: String) -> [Int] { bySurname[key] ?? [] }

    /// True when `key` is some member's first name, alias or surname.
    func knows(_ key: String) -> Bool { byGiven[key] != nil || bySurname[key] != nil }

    /// Members whose surname is one edit from `key` (names of five letters or more only).
    func nearSurname(_ key: String) -> Int? {
        let bytes = Array(key.utf8)
        guard bytes.count >= 5, bySurname[key] == nil else { return nil }
        for (surname, member) in longSurnames where EditDistance.withinOne(bytes, surname) { return member }
        return nil
    }

    /// The roster name written after a title at token `title` ("Dr Q's", "Nurse Beth", "Dr Sarah Whitfield").
    func matchAfterTitle(_ title: Int, keys: [String]) -> Match? {
        let i = title + 1
        guard i < keys.count else { return nil }
        let key = keys[i]
        // Titled aliases, longest first.
        for (m, member) in members.enumerated() {
            for alias in member.titledAliases where alias.count >= 1 && i + alias.count <= keys.count {
                if Array(keys[i..<(i + alias.count)]) == alias { return Match(member: m, kind: .titled, first: title, last: i + alias.count - 1) }
            }
        }
        if let m = bySurname[key]?.first { return Match(member: m, kind: .titled, first: title, last: i) }
        if let m = byGiven[key]?.first {
            // "Dr Sarah Whitfield": the surname may follow.
            if i + 1 < keys.count, let surname = members[m].surname, keys[i + 1] == surname || EditDistance.withinOne(Array(keys[i + 1].utf8), Array(surname.utf8)) && surname.utf8.count >= 5 {
                return Match(member: m, kind: .titled, first: title, last: i + 1)
            }
            return Match(member: m, kind: .titled, first: title, last: i)
        }
        if let m = nearSurname(key) { return Match(member: m, kind: .nearMiss, first: title, last: i) }
        return nil
    }

    /// A first name (or one-word alias) at `i` followed by that member's surname, exact or one edit away.
    func matchFullName(_ i: Int, keys: [String]) -> Match? {
        guard i + 1 < keys.count else { return nil }
        for m in byGiven[keys[i]] ?? [] {
            guard let surname = members[m].surname else { continue }
            let next = keys[i + 1]
            if next == surname { return Match(member: m, kind: .fullName, first: i, last: i + 1) }
            if surname.utf8.count >= 5, EditDistance.withinOne(Array(next.utf8), Array(surname.utf8)) {
                return Match(member: m, kind: .nearMiss, first: i, last: i + 1)
            }
        }
        // Multi-word aliases without a title.
        for (m, member) in members.enumerated() {
            for alias in member.titledAliases where alias.count >= 2 && i + alias.count <= keys.count && alias[0] == keys[i] {
                if Array(keys[i..<(i + alias.count)]) == alias { return Match(member: m, kind: .fullName, first: i, last: i + alias.count - 1) }
            }
        }
        return nil
    }
}
