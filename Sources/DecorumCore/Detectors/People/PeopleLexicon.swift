/// What a word can be when people are talked about, looked up once per token by its name key.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64
    init(rawValue: UInt64) { self.rawValue = rawValue }

    static let firstName = WordClass(rawValue: 1 << 0)
    static let surname = WordClass(rawValue: 1 << 1)
    /// A name that is also an everyday word ("will", "may", "hope", "bell").
    static let commonWordName = WordClass(rawValue: 1 << 2)
    static let clinicalTitle = WordClass(rawValue: 1 << 3)
    static let socialTitle = WordClass(rawValue: 1 << 4)
    static let relation = WordClass(rawValue: 1 << 5)
    static let personNoun = WordClass(rawValue: 1 << 6)
    static let roleNoun = WordClass(rawValue: 1 << 7)
    static let rolePlural = WordClass(rawValue: 1 << 8)
    static let roleModifier = WordClass(rawValue: 1 << 9)
    static let uniqueRoleModifier = WordClass(rawValue: 1 << 10)
    static let distinguishing = WordClass(rawValue: 1 << 11)
    static let judgement = WordClass(rawValue: 1 << 12)
    static let colour = WordClass(rawValue: 1 << 13)
    static let clothing = WordClass(rawValue: 1 << 14)
    static let staffPlace = WordClass(rawValue: 1 << 15)
    static let surgeryPlace = WordClass(rawValue: 1 << 16)
    static let staffVerb = WordClass(rawValue: 1 << 17)
    static let presenceVerb = WordClass(rawValue: 1 << 18)
    static let presencePreposition = WordClass(rawValue: 1 << 19)
    static let placeNoun = WordClass(rawValue: 1 << 20)
    static let stopAfterTitle = WordClass(rawValue: 1 << 21)
    static let notPersonAfterDoctor = WordClass(rawValue: 1 << 22)
    static let notPersonAfterSocialTitle = WordClass(rawValue: 1 << 23)
    static let neverPerson = WordClass(rawValue: 1 << 24)
    /// the, that, this.
    static let definite = WordClass(rawValue: 1 << 25)
    /// a, an, some.
    static let indefinite = WordClass(rawValue: 1 << 26)
    /// my, his, her, their, our, your.
    static let possessive = WordClass(rawValue: 1 << 27)
    /// i, me, my, mine, myself, i'm, i've, i'd, i'll.
    static let firstPerson = WordClass(rawValue: 1 << 28)
    /// he, she, him, her, his, hers, they, them, their.
    static let thirdPerson = WordClass(rawValue: 1 << 29)
    /// with, to, from, for, by.
    static let namePreposition = WordClass(rawValue: 1 << 30)
    static let month = WordClass(rawValue: 1 << 31)
    /// Words of time that pin down an encounter ("on Monday", "this morning").
    static let time = WordClass(rawValue: 1 << 32)
    /// called, named, calld.
    static let naming = WordClass(rawValue: 1 << 33)
    /// thanks, thank, cheers, shoutout.
    static let thanks = WordClass(rawValue: 1 << 34)
    /// was, is, has, had, said, …: after "Will" or "May" these make it a name, not a verb.
    static let nameVerb = WordClass(rawValue: 1 << 35)
    /// call, ring, text, phone, contact, message, email, whatsapp.
    static let contactVerb = WordClass(rawValue: 1 << 36)
    /// your, you.
    static let secondPerson = WordClass(rawValue: 1 << 37)

    /// A staff member's first name or one-word alias (set per practice by `PeopleScanner`).
    static let rosterGiven = WordClass(rawValue: 1 << 38)
    /// A staff member's surname.
    static let rosterSurname = WordClass(rawValue: 1 << 39)
    /// The first word of a multi-word alias without a title.
    static let rosterAliasStart = WordClass(rawValue: 1 << 40)

    static let title: WordClass = [.clinicalTitle, .socialTitle]
    static let roster: WordClass = [.rosterGiven, .rosterSurname, .rosterAliasStart]
}

/// The word lists of `PeopleWords` and `NameLists`, parsed once per process.
struct PeopleLexicon: Sendable {
    static let shared = PeopleLexicon()

    /// Every word's classes, by name key.
    let classes: [String: WordClass]
    /// The same, by the key hash of the name key: looked up for every word of every item.
    let classTable: KeyTable<WordClass>
    /// Public figures as name keys joined by one space ("chris whitty").
    let publicFigures: Set<String>

    init() {
        var classes = [String: WordClass]()
        func add(_ list: String, _ c: WordClass) {
            for line in list.split(separator: "\n") {
                let entry = Self.trimmed(line)
                if entry.isEmpty || entry.hasPrefix("#") { continue }
                let key = Self.nameKey(entry)
                if !key.isEmpty { classes[key, default: []].insert(c) }
            }
        }
        add(NameLists.firstNames, .firstName)
        add(NameLists.surnames, .surname)
        add(NameLists.ambiguousNames, .commonWordName)
        add(PeopleWords.clinicalTitles, .clinicalTitle)
        add(PeopleWords.socialTitles, .socialTitle)
        add(PeopleWords.relations, .relation)
        add(PeopleWords.personNouns, .personNoun)
        add(PeopleWords.roleNouns, .roleNoun)
        add(PeopleWords.rolePlurals, .rolePlural)
        add(PeopleWords.roleModifiers, .roleModifier)
        add(PeopleWords.uniqueRoleModifiers, .uniqueRoleModifier)
        add(PeopleWords.distinguishing, .distinguishing)
        add(PeopleWords.judgement, .judgement)
        add(PeopleWords.colours, .colour)
        add(PeopleWords.clothing, .clothing)
        add(PeopleWords.staffPlaces, .staffPlace)
        add(PeopleWords.surgeryPlaces, .surgeryPlace)
        add(PeopleWords.staffVerbs, .staffVerb)
        add(PeopleWords.presenceVerbs, .presenceVerb)
        add(PeopleWords.presencePrepositions, .presencePreposition)
        add(PeopleWords.placeNouns, .placeNoun)
        add(PeopleWords.stopAfterTitle, .stopAfterTitle)
        add(PeopleWords.notPeopleAfterDoctor, .notPersonAfterDoctor)
        add(PeopleWords.notPeopleAfterSocialTitle, .notPersonAfterSocialTitle)
        add(PeopleWords.neverPeople, .neverPerson)
        add("the\nthat\nthis", .definite)
        add("a\nan\nsome", .indefinite)
        add("my\nhis\nher\ntheir\nour\nyour\nur\nhis", .possessive)
        add("i\nme\nmy\nmine\nmyself\nim\nive\nid\nill\nmeself", .firstPerson)
        add("he\nshe\nhim\nher\nhis\nhers\nthey\nthem\ntheir\ntheirs\nhes\nshes\ntheyre\ntheyve\nhimself\nherself", .thirdPerson)
        add("you\nyour\nyoure\nur\nu\nyourself", .secondPerson)
        add("with\nto\nfrom\nfor\nby\nand\nsee\nsaw\nseen\nask\nasked\nasking", .namePreposition)
        add("january\nfebruary\nmarch\napril\nmay\njune\njuly\naugust\nseptember\noctober\nnovember\ndecember\njan\nfeb\nmar\napr\njun\njul\naug\nsep\nsept\noct\nnov\ndec", .month)
        add("monday\ntuesday\nwednesday\nthursday\nfriday\nsaturday\nsunday\ntoday\nyesterday\nmorning\nafternoon\nevening\nduty\ncall\nearlier\nlast\nweek\nweekend\ntonight\nmon\ntue\ntues\nwed\nthu\nthur\nthurs\nfri\nsat\nsun", .time)
        add("called\nnamed\ncalld\nnamd", .naming)
        add("thanks\nthank\ncheers\nshoutout\nthx\nthanx\nty\nta", .thanks)
        add("was\nis\nhas\nhad\nsaid\nsays\ntold\nsorted\nrang\ncalled\nphoned\ngave\nexplained\nlistened\nhelped\nwent\nmade\nwere\nreally\nalways\nisnt\nwasnt\nhasnt\ndid\ndoes\ndoing\ndone\ntook\ntakes\nsaw\nsees\nexamined\nchecked\nput\ncame\nbeen\nleft\ngone\nmoved\nretired\nleaving\nrefused\nhung\nlaughed\nshouted", .nameVerb)
        add("call\nring\ntext\nphone\ncontact\nmessage\nmsg\nemail\nwhatsapp\nreach\ndm\npm\ninbox", .contactVerb)
        self.classes = classes
        classTable = KeyTable(classes.map { (KeyHash.of($0.key), $0.value) })
        var figures = Set<String>()
        for line in PeopleWords.publicFigures.split(separator: "\n") {
            let words = line.split(separator: " ").map { Self.nameKey(String($0)) }.filter { !$0.isEmpty }
            if !words.isEmpty { figures.insert(words.joined(separator: " ")) }
        }
        publicFigures = figures
    }

    private static func trimmed(_ line: Substring) -> String {
        var scalars = line.unicodeScalars[...]
        while let f = scalars.first, f == " " || f == "\t" || f == "\r" { scalars.removeFirst() }
        while let l = scalars.last, l == " " || l == "\t" || l == "\r" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    @inline(__always)
    func classes(of key: String) -> WordClass { classTable[KeyHash.of(key)] ?? [] }

    /// A word's name key: folded to lower case, letters only ("O'Neill" → "oneill", "Zoë" → "zoe").
    static func nameKey(_ word: some StringProtocol) -> String {
        var out = [Unicode.Scalar]()
        for s in word.unicodeScalars {
            guard let f = ScalarFolding.fold(s), Tokenizer.isLetter(f) else { continue }
            out.append(f)
        }
        return String(scalars: out)
    }

    /// True when the words before token `first` are the poster giving their own name: "my name is",
    /// "I'm", "I am", "it's … (here)", "this is" at the start of a sentence.
    static func introducesSelf(before first: Int, keys: [String], possessive: [Bool], tokens: [Token]) -> Bool {
        func key(_ i: Int) -> String { i >= 0 && i < keys.count ? keys[i] : "" }
        let p1 = key(first - 1), p2 = key(first - 2), p3 = key(first - 3)
        if p1 == "is" && p2 == "name" && (p3 == "my" || p3 == "me") { return true }
        if p1 == "im" || p1 == "am" && p2 == "i" || p1 == "name" && first >= 1 && possessive[first - 1] && p2 == "my" { return true }
        if first >= 1, p1 == "it" && possessive[first - 1] || p1 == "its" {
            return first - 1 == 0 || tokens[first - 1].shape.contains(.sentenceStart) || p2 == "hi" || p2 == "hello"
        }
        if p1 == "is" && p2 == "this" { return first - 2 == 0 || tokens[first - 2].shape.contains(.sentenceStart) || p3 == "hi" || p3 == "hello" }
        return false
    }

    /// A token's name key with a possessive "'s" or "s'" dropped ("Karen's" → "karen"), and whether it had one.
    static func nameKey(of token: Token) -> (key: String, possessive: Bool) {
        // Most words are plain lower-case ASCII letters: their norm is their key.
        if token.shape.contains(.plainLetters) || token.norm.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return (token.norm, false) }
        let norm = token.norm.unicodeScalars
        var possessive = false
        var end = norm.endIndex
        if norm.count > 2 {
            let last = norm[norm.index(before: end)]
            let beforeLast = norm[norm.index(end, offsetBy: -2)]
            if last == "s" && beforeLast == "'" {
                possessive = true
                end = norm.index(end, offsetBy: -2)
            } else if last == "'" {
                possessive = true
                end = norm.index(before: end)
            }
        }
        return (String(scalars: norm[norm.startIndex..<end].lazy.filter(Tokenizer.isLetter)), possessive)
    }
}
