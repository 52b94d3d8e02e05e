/// Finds the people a comment names or singles out, and which of them are staff, in one pass per rule
/// over the words. Shared by `PersonNameDetector` (the people who are not staff) and `StaffDetector`
/// (the staff), so each mention is reported by exactly one of them whatever order they run in.
struct PeopleScanner: Sendable {
    let lexicon: PeopleLexicon
    let roster: RosterIndex
    /// The lexicon's word classes with the roster's names added, by the key hash of the name key.
    let classes: KeyTable<WordClass>

    init(staff: [StaffMember]) {
        lexicon = PeopleLexicon.shared
        roster = RosterIndex(staff)
        classes = KeyTable(lexicon.classes.merging(roster.wordClasses) { $0.union($1) }.map { (KeyHash.of($0.key), $0.value) })
    }

    /// Every person mentioned, in text order; mentions never overlap.
    func mentions(in text: AnalyzedText) -> [PersonMention] {
        guard !text.tokens.isEmpty else { return [] }
        var scan = Scan(text: text, lexicon: lexicon, classes: classes, roster: roster)
        scan.relations()
        scan.descriptions()
        scan.titles()
        scan.names()
        return scan.found.sorted { $0.first < $1.first }
    }
}

/// The state of one scan of one text.
private struct Scan {
    let tokens: [Token]
    let keys: [String]
    let possessive: [Bool]
    let cls: [WordClass]
    let roster: RosterIndex
    let lexicon: PeopleLexicon
    /// False when most words are capitalised (shouting, Title Case), so capitals say nothing.
    let capsInformative: Bool
    var consumed: [Bool]
    var found: [PersonMention] = []
    let text: AnalyzedText

    init(text: AnalyzedText, lexicon: PeopleLexicon, classes: KeyTable<WordClass>, roster: RosterIndex) {
        self.text = text
        tokens = text.tokens
        self.lexicon = lexicon
        self.roster = roster
        var keys = [String](), possessive = [Bool](), cls = [WordClass]()
        keys.reserveCapacity(tokens.count)
        possessive.reserveCapacity(tokens.count)
        cls.reserveCapacity(tokens.count)
        var letterWords = 0, capitalised = 0
        for t in tokens {
            let (key, isPossessive) = PeopleLexicon.nameKey(of: t)
            keys.append(key)
            possessive.append(isPossessive)
            cls.append(key.isEmpty ? [] : classes[key == t.key ? t.keyHash : KeyHash.of(key)] ?? [])
            if t.shape.contains(.hasLetter) {
                letterWords += 1
                if t.isCapitalized { capitalised += 1 }
            }
        }
        self.keys = keys
        self.possessive = possessive
        self.cls = cls
        capsInformative = letterWords < 4 || capitalised * 10 < letterWords * 6
        consumed = [Bool](repeating: false, count: tokens.count)
    }

    var n: Int { tokens.count }

    // MARK: Small tests on words

    func isCap(_ i: Int) -> Bool { tokens[i].isCapitalized }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < n && tokens[i].shape.contains(.hasLetter) && !tokens[i].shape.contains(.hasDigit) && !keys[i].isEmpty }
    func key(_ i: Int) -> String { i >= 0 && i < n ? keys[i] : "" }
    func has(_ i: Int, _ c: WordClass) -> Bool { i >= 0 && i < n && !cls[i].isDisjoint(with: c) }
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < n && tokens[i].shape.contains(.hasDigit) }
    /// True when nothing but spaces separates tokens a and b (no comma, bracket or full stop).
    func adjacent(_ a: Int, _ b: Int) -> Bool {
        guard a >= 0, b < n, a < b else { return false }
        for k in tokens[a].span.end..<tokens[b].span.start where text.folded[k] != " " { return false }
        return true
    }

    /// A word that can be a name after a title or a cue.
    func nameLike(_ i: Int, lowerKnown: Bool, wordNames: Bool = false) -> Bool {
        guard isWord(i), !consumed[i] else { return false }
        let c = cls[i]
        if c.contains(.stopAfterTitle) && !(c.contains(.firstName) && isCap(i) && (wordNames || !c.contains(.commonWordName))) { return false }
        if c.contains(.neverPerson) || c.contains(.rolePlural) || c.contains(.roleNoun) || c.contains(.title) { return false }
        if isCap(i) { return keys[i].utf8.count >= 2 || c.contains(.rosterGiven) || c.contains(.rosterSurname) }
        guard lowerKnown else { return false }
        return !c.isDisjoint(with: [.firstName, .surname, .rosterGiven, .rosterSurname]) && !c.contains(.commonWordName)
    }

    /// The last token of a surname after the name ending at `e`, or `e` when none follows.
    func surnameEnd(after e: Int) -> Int {
        let j = e + 1
        guard j < n, isWord(j), !consumed[j], adjacent(e, j), !possessive[e] else { return e }
        let c = cls[j]
        if !c.isDisjoint(with: [.stopAfterTitle, .neverPerson, .relation, .roleNoun, .rolePlural, .placeNoun, .title, .month]) { return e }
        if isCap(e) {
            guard isCap(j) else { return e }
            if c.contains(.surname) || c.contains(.rosterSurname) { return j }
            // A middle name: "Sarah Jane Wilkins".
            if c.contains(.firstName), j + 1 < n, adjacent(j, j + 1), isCap(j + 1), !possessive[j], surnameEnd(after: j) > j { return surnameEnd(after: j) }
            if capsInformative && !c.contains(.firstName) && !tokens[j].shape.contains(.sentenceStart)
                && !tokens[j].shape.contains(.allCaps) && keys[j].unicodeScalars.count >= 2 { return j }
            return e
        }
        if !isCap(j) && c.contains(.surname) && !c.contains(.commonWordName) { return j }
        return e
    }

    /// True when the words after `e` make the name a place ("Victoria Road", "Glenfield Hospital").
    func placeFollows(_ e: Int) -> Bool {
        e + 1 < n && has(e + 1, .placeNoun) && (isCap(e + 1) || !isCap(e)) && !possessive[e] && adjacent(e, e + 1)
    }

    mutating func take(_ a: Int, _ b: Int) {
        for k in a...b where k < n { consumed[k] = true }
    }

    mutating func add(_ mention: PersonMention) {
        take(mention.first, mention.last)
        found.append(mention)
    }

    func span(_ a: Int, _ b: Int) -> TextSpan { TextSpan(tokens[a].span.start, tokens[b].span.end) }

    // MARK: Staff context

    /// "on reception", "behind the desk", "at the front desk", "from reception": where front-of-house
    /// staff sit. Returns the last token and whether the words are sure of it.
    func staffPlace(after e: Int, phones: Bool) -> (end: Int, strong: Bool)? {
        var j = e + 1
        guard j < n else { return nil }
        let prep = keys[j]
        let strongPrep: Bool
        switch prep {
        case "on", "behind", "manning", "from", "running": strongPrep = true
        case "at", "in": strongPrep = false
        case "working":
            j += 1
            guard j < n, keys[j] == "on" || keys[j] == "at" || keys[j] == "in" else { return nil }
            strongPrep = true
        default: return nil
        }
        j += 1
        if j < n, keys[j] == "the" || keys[j] == "our" || keys[j] == "your" { j += 1 }
        if j < n, keys[j] == "front" || keys[j] == "main" || keys[j] == "reception", j + 1 < n, has(j + 1, .staffPlace) { j += 1 }
        guard j < n, has(j, .staffPlace) else { return nil }
        if keys[j] == "phone" || keys[j] == "phones" || keys[j] == "switchboard" { return phones ? (j, strongPrep) : nil }
        if keys[j] == "window" || keys[j] == "front" {
            guard keys[j - 1] == "the", prep != "in", key(j + 1) != "of" else { return nil }
            return (j, false)
        }
        return (j, strongPrep)
    }

    /// "Karen the receptionist", "Priya, our nurse practitioner", "Karen from the surgery".
    func roleApposition(after e: Int) -> Int? {
        var j = e + 1
        guard j < n else { return nil }
        if keys[j] == "from" {
            var k = j + 1
            if k < n, keys[k] == "the" || keys[k] == "your" || keys[k] == "our" { k += 1 }
            if k < n, ["surgery", "practice", "reception", "docs", "doctors", "gps", "medical", "quorn"].contains(keys[k]) { return k }
            return nil
        }
        if keys[j] == "the" || keys[j] == "our" || keys[j] == "your" || keys[j] == "ur" || keys[j] == "a" || keys[j] == "an" { j += 1 }
        if j + 1 < n, keys[j] == "so", keys[j + 1] == "called" { j += 2 }
        if j < n, keys[j] == "socalled" { j += 1 }
        var mods = 0
        while j < n, mods < 3, has(j, [.roleModifier, .uniqueRoleModifier, .distinguishing, .judgement]), !(has(j, .roleNoun) && !has(j + 1, .roleNoun)) {
            j += 1
            mods += 1
        }
        guard j < n, has(j, .roleNoun), !Self.needsModifier.contains(keys[j]) || mods > 0 else { return nil }
        while j + 1 < n, has(j + 1, .roleNoun) { j += 1 }
        return j
    }

    /// A staff role written just before the name: "receptionist Karen", "pharmacist Hope".
    func roleBefore(_ s: Int) -> Bool {
        s >= 1 && has(s - 1, .roleNoun) && !Self.needsModifier.contains(keys[s - 1]) && adjacent(s - 1, s) && !has(s - 1, .title)
    }

    /// Words before a name that put it at the practice. `strong`: asked for, seen by, an appointment
    /// with; otherwise thanks, spoke to, saw.
    func staffCue(before s: Int) -> (strong: Bool, medium: Bool) {
        let p1 = key(s - 1), p2 = key(s - 2), p3 = key(s - 3)
        if p1 == "for", ["ask", "asked", "asking", "request", "requested", "wait", "waited", "waiting"].contains(p2) { return (true, false) }
        if p1 == "by", ["seen", "examined", "treated", "called", "phoned", "rung", "helped", "triaged", "injected", "vaccinated", "jabbed", "assessed", "reviewed"].contains(p2) { return (true, false) }
        if p1 == "with", ["appointment", "appt", "app", "appointments", "consultation", "booked", "call", "seen", "telephone", "phone", "review", "chat", "spoke", "speak"].contains(p2) { return (true, false) }
        if p1 == "with", p2 == "in", ["booked", "book", "booking", "get", "got"].contains(p3) { return (true, false) }
        if p1 == "to", ["spoke", "speak", "talked", "talk", "spoken", "speaking", "talking", "complained", "refer", "referred"].contains(p2) { return (false, true) }
        if ["saw", "seen", "see", "seeing"].contains(p1) && !has(s - 2, .thirdPerson) { return (false, true) }
        if has(s - 1, .thanks) || (p1 == "to" && has(s - 2, .thanks)) || (p1 == "you" && p2 == "thank") || (p1 == "to" && p2 == "you" && p3 == "thank") {
            return (false, true)
        }
        if p1 == "to" && (p2 == "out" && p3 == "shout" || p2 == "shoutout") { return (false, true) }
        return (false, false)
    }

    /// "Priya was lovely", "Karen is so rude", "Beth has been brilliant".
    func judgedAfter(_ e: Int) -> Bool {
        var j = e + 1
        guard j < n, ["was", "is", "were", "s", "has", "always", "isnt", "wasnt"].contains(keys[j]) || possessive[e] else { return false }
        if !possessive[e] { j += 1 }
        if j < n, keys[j] == "been" || keys[j] == "being" || keys[j] == "is" || keys[j] == "was" { j += 1 }
        if j < n, ["so", "very", "really", "absolutely", "extremely", "incredibly", "super", "such", "a", "an", "just", "always", "quite", "bloody"].contains(keys[j]) { j += 1 }
        if j < n, keys[j] == "a" || keys[j] == "an" { j += 1 }
        return j < n && (has(j, .judgement) || ["attitude", "manner", "amazing", "star", "legend", "angel", "gem", "diamond", "credit", "asset", "rude", "behaviour", "tone"].contains(keys[j]))
    }

    /// Words around "Will", "May", "Hope", "Mark" that make them the everyday word ("I will", "may I", "hope you").
    func everydayWordUse(_ i: Int, checkNext: Bool) -> Bool {
        let prev = key(i - 1)
        if i >= 1, adjacent(i - 1, i) {
            let thankYou = prev == "you" && key(i - 2) == "thank"
            if !thankYou, ["i", "you", "we", "they", "he", "she", "it", "who", "that", "which", "u", "to", "will", "would", "can", "could", "should", "must", "might", "shall", "ill", "youll", "well", "theyll", "hell", "shell", "i'll", "dont", "not", "also", "just", "really", "so", "and", "or", "lets", "let", "a", "the", "no", "in", "of"].contains(prev) {
                return true
            }
        }
        if checkNext, i + 1 < n {
            let next = keys[i + 1]
            if ["i", "you", "we", "they", "he", "she", "it", "my", "your", "the", "a", "an", "this", "that", "our", "u", "everyone", "everybody", "all", "be", "not", "have", "get", "see", "need", "want", "take", "go", "do", "help", "call", "ask", "let", "come", "give", "make", "try", "say", "soon", "well", "down", "as", "out", "up", "off", "so", "to", "and"].contains(next) && !possessive[i] {
                // "Will was lovely" and "Hope is amazing" are names; "hope is" alone is too unsure.
                return true
            }
        }
        return false
    }

    /// "May" and "June" as months: "in May", "May 5th", "from May to June".
    func monthUse(_ i: Int) -> Bool {
        guard has(i, .month) else { return false }
        let prev = key(i - 1)
        if ["in", "of", "since", "until", "till", "til", "by", "last", "next", "this", "early", "late", "mid", "end", "beginning", "start", "from", "during", "before", "after", "throughout", "bank", "until", "into"].contains(prev) { return true }
        if isNumber(i - 1) || isNumber(i + 1) || has(i + 1, .month) || has(i - 1, .month) { return true }
        if i + 1 < n, ["onwards", "bank", "half", "holiday", "holidays", "time"].contains(keys[i + 1]) { return true }
        return false
    }

    static let needsModifier: Set<String> = ["lead", "assistant", "coordinator", "partner", "admin", "practitioner"]
    /// Nouns after a role that make the role a modifier ("the nurse appointment", "the doctor's note").
    static let compoundAfterRole: Set<String> = [
        "appointment", "appointments", "appt", "appts", "surgery", "practice", "clinic", "list", "letter", "note", "notes",
        "team", "room", "led", "line", "triage", "call", "callback", "visit", "review", "rota", "system", "app", "records",
        "record", "report", "referral", "service", "services", "desk", "area", "staff", "hours", "slot", "slots", "training",
    ]

    // MARK: Rule 1 — relatives and acquaintances named

    /// "my neighbour Dave", "her son Kyle", "my next door neighbour Mrs Jones", "a friend called Sandra".
    mutating func relations() {
        for r in 0..<n where has(r, .relation) && !consumed[r] {
            // A possessive or article up to three words back ("my next door neighbour", "my eldest son").
            var owner = -1
            var k = r - 1
            while k >= 0, r - k <= 3 {
                if has(k, .possessive) || possessive[k] || keys[k] == "a" || keys[k] == "an" { owner = k; break }
                if isCap(k) && !tokens[k].shape.contains(.sentenceStart) || has(k, .relation) { break }
                k -= 1
            }
            guard owner >= 0 else { continue }
            var j = r + 1
            var named = false
            if j < n, has(j, .naming) { j += 1; named = true }
            else if j + 1 < n, keys[j] == "who" || keys[j] == "whos", keys[j + 1] == "is" || keys[j + 1] == "s" || keys[j + 1] == "called" { j += 2; named = true }
            guard j < n, isWord(j), !consumed[j], !tokens[j].shape.contains(.sentenceStart) || named else { continue }
            var start = j
            if has(j, .title), j + 1 < n, nameLike(j + 1, lowerKnown: true) { start = j; j += 1 }
            let c = cls[j]
            let acceptable: Bool
            if isCap(j) {
                acceptable = nameLike(j, lowerKnown: false, wordNames: true) && (capsInformative || c.contains(.firstName) || named) && !(c.contains(.month) && monthUse(j))
                    && !(c.contains(.commonWordName) && !named && everydayWordUse(j, checkNext: true) && !c.contains(.firstName))
            } else {
                acceptable = (c.contains(.firstName) && (!c.contains(.commonWordName) || named)) && !c.contains(.stopAfterTitle)
            }
            guard acceptable, !has(j, .neverPerson) else { continue }
            if isCap(j) && c.contains(.commonWordName) && !named && !capsInformative { continue }
            let e = surnameEnd(after: j)
            if placeFollows(e) { continue }
            take(owner, r)
            add(PersonMention(form: .name, first: start, last: e, span: span(start, e), staff: nil, relation: true,
                              reason: "a person named as the poster's \(keys[r])"))
        }
        // "my Helen's just passed her test", "my beautiful Beth": the poster's own family.
        for i in 0..<n where !consumed[i] && isCap(i) && capsInformative && has(i, .firstName) && !tokens[i].shape.contains(.sentenceStart) {
            var k = i - 1
            while k >= 0, i - k <= 3, !isCap(k), !has(k, .possessive), isWord(k), !has(k, [.stopAfterTitle, .relation]) { k -= 1 }
            guard k >= 0, i - k <= 3, ["my", "our", "me"].contains(keys[k]), adjacent(k, k + 1) else { continue }
            let e = surnameEnd(after: i)
            if placeFollows(e) { continue }
            add(PersonMention(form: .name, first: i, last: e, span: span(i, e), staff: nil, relation: true, reason: "a person close to the poster"))
        }
        // "a lady called Sandra", "some bloke named Kev".
        for h in 0..<n where has(h, .personNoun) && !consumed[h] && h + 2 < n && has(h + 1, .naming) {
            let j = h + 2
            guard isWord(j), !consumed[j], nameLike(j, lowerKnown: true) || (!isCap(j) && has(j, .firstName)) else { continue }
            let e = surnameEnd(after: j)
            take(h, h + 1)
            add(PersonMention(form: .name, first: j, last: e, span: span(j, e), staff: nil, reason: "a person named"))
        }
    }

    // MARK: Rule 2 — descriptions

    private enum Qualifier {
        case staffPlace(strong: Bool), named(Int, Int), appearance, location, presence, staffClause, sawClause, time, room, from
    }

    /// "the man before me", "the lady in the waiting room", "the male receptionist with the beard",
    /// "the practice manager", "the GP I saw on Monday", "the blonde one on the desk".
    mutating func descriptions() {
        var weakTaken = false
        var i = 0
        while i < n {
            defer { i += 1 }
            guard !consumed[i] else { continue }
            let det = keys[i]
            let definite = has(i, .definite)
            let yours = det == "your" || det == "our" || det == "ur" || det == "yr"
            let indefinite = has(i, .indefinite)
            guard definite || yours || indefinite else { continue }
            // Modifiers, then the head noun.
            var j = i + 1
            var distinguishing = false, judging = false, unique = false, modified = false
            var unknownMods = 0
            var head = -1
            while j < n, j - i <= 5 {
                let c = cls[j]
                if c.contains(.roleNoun), j + 1 < n, has(j + 1, .roleNoun), !Self.compoundAfterRole.contains(keys[j + 1]) {
                    if c.contains(.uniqueRoleModifier) { unique = true }
                    modified = true
                    j += 1
                    continue
                }
                if c.contains(.personNoun), j + 1 < n, has(j + 1, .roleNoun) { distinguishing = true; j += 1; continue }
                if c.contains(.roleNoun) || c.contains(.personNoun) || keys[j] == "one" { head = j; break }
                if c.contains(.rolePlural) { break }
                if c.contains(.uniqueRoleModifier) { unique = true; modified = true }
                else if c.contains(.distinguishing) || c.contains(.colour) { distinguishing = true }
                else if c.contains(.judgement) { judging = true }
                else if c.contains(.roleModifier) { modified = true }
                else if ["very", "really", "so", "quite", "bit", "rather", "pretty", "more", "most", "extremely", "super"].contains(keys[j]) {}
                else if unknownMods < 2, isPlainModifier(j), roleNounSoon(after: j) {
                    unknownMods += 1
                    judging = true
                } else { break }
                j += 1
            }
            guard head >= 0, !consumed[head] else { continue }
            let headKey = keys[head]
            let isRole = has(head, .roleNoun) && !has(head, .personNoun) && headKey != "one"
            if isRole && Self.needsModifier.contains(headKey) && !modified && !unique { continue }
            if head + 1 < n, Self.compoundAfterRole.contains(keys[head + 1]) && adjacent(head, head + 1) { continue }
            if possessive[head] && isRole { continue }  // "the doctor's", "the nurse's room"
            if isRole && headKey == "manager" { unique = true }
            if has(head, .relation) && yours { continue }  // "your mum" is a relative, not a description
            var (qualifier, qEnd) = qualify(after: head, isRole: isRole)
            var end = max(head, qEnd)
            var reference: String?
            var nameFirst = -1
            if case .named(let a, let b) = qualifier {
                nameFirst = a
                end = b
                if let m = roster.members(given: keys[a]).first ?? roster.members(surname: keys[b]).first { reference = roster.members[m].name }
            }
            let desc = span(i, end)
            // "an old man at the front desk" is a patient there; "the lady at the desk" is staff.
            if indefinite && !isRole, case .staffPlace(strong: false) = qualifier { qualifier = .location }
            if isRole || headKey == "one" && isStaffQualifier(qualifier) || has(head, .personNoun) && isStaffQualifier(qualifier) {
                if indefinite && !isNamedOrPlace(qualifier) { continue }
                if yours && !isRole { continue }
                var confidence = 0.0
                var reason = ""
                switch qualifier {
                case .staffPlace(let strong):
                    confidence = strong ? 0.85 : 0.65
                    reason = "a description of the staff member at the desk or phone"
                case .named:
                    confidence = 0.9
                    reason = "a staff member named by role"
                case .appearance, .room, .staffClause:
                    confidence = isRole ? 0.85 : 0.8
                    reason = "a description that singles out one member of staff"
                case .sawClause, .time:
                    confidence = isRole ? 0.8 : 0
                    reason = "a member of staff singled out by when they were seen"
                case .location, .presence, .from, .none:
                    if !isRole { continue }
                }
                if isRole && confidence < 0.85 {
                    if unique { confidence = 0.85; reason = "a role held by one person" }
                    else if distinguishing { confidence = 0.85; reason = "a description that singles out one member of staff" }
                    else if confidence == 0 && judging { confidence = 0.6; reason = "one member of staff singled out" }
                    else if confidence == 0 && (det == "that" || det == "this") { confidence = 0.5; reason = "one member of staff singled out" }
                }
                if confidence == 0 {
                    // A bare singular role ("the receptionist"): a weak hint, once per item.
                    guard isRole, definite || yours, !weakTaken, !indefinite else { continue }
                    weakTaken = true
                    add(PersonMention(form: .description, first: i, last: head, span: span(i, head),
                                      staff: .init(confidence: 0.3, reason: "a member of staff referred to by role", reference: nil, weak: true),
                                      reason: "a member of staff referred to by role"))
                    continue
                }
                add(PersonMention(form: .description, first: i, last: end, span: desc,
                                  staff: .init(confidence: confidence, reason: reason, reference: reference), reason: reason))
                i = end
                continue
            }
            // A person who is not staff, singled out.
            if case .named = qualifier {
                add(PersonMention(form: .name, first: nameFirst, last: end, span: span(nameFirst, end), staff: nil, reason: "a person named"))
                take(i, end)
                i = end
                continue
            }
            guard has(head, .personNoun) || headKey == "one" else { continue }
            let presence: Bool
            switch qualifier {
            case .location, .presence: presence = true
            case .appearance, .from, .time, .sawClause, .room: presence = false
            case .none, .staffPlace, .staffClause, .named: continue
            }
            if headKey == "one", !presence { continue }
            // "an old fella sleeping in the bus shelter", "a man in the waiting room": only where they are.
            if indefinite && !presence { continue }
            if yours { continue }
            add(PersonMention(form: .description, first: i, last: end, span: desc, staff: nil, presence: presence,
                              reason: presence ? "a description of a person at the surgery" : "a description that singles out a person"))
            i = end
        }
    }

    /// The last token of an address starting at `j`: "number 3", "22 Station Road Sileby", "flat 2".
    func addressEnd(from j: Int) -> Int? {
        var k = j
        if k < n, ["number", "no", "flat", "num"].contains(keys[k]) { k += 1 }
        guard k < n, isNumber(k) else { return nil }
        var end = k
        var m = k + 1
        while m < n, m - k <= 4, adjacent(m - 1, m) || has(m, .placeNoun), isCap(m) || has(m, .placeNoun) {
            end = m
            m += 1
        }
        return end
    }

    /// A lowercase word that may describe a person ("jumped up", "bloody").
    private func isPlainModifier(_ j: Int) -> Bool {
        (!isCap(j) || !capsInformative) && isWord(j) && !possessive[j]
            && cls[j].isDisjoint(with: [.stopAfterTitle, .possessive, .definite, .indefinite, .firstPerson, .thirdPerson, .secondPerson, .relation,
                                        .namePreposition, .time, .month, .surgeryPlace, .staffPlace, .clothing, .placeNoun, .rolePlural])
    }

    /// A role or person noun within three words, with only describing words between.
    private func roleNounSoon(after j: Int) -> Bool {
        var k = j + 1
        while k < n, k - j <= 3, adjacent(k - 1, k) {
            if has(k, [.roleNoun, .personNoun]) { return true }
            guard has(k, [.distinguishing, .judgement, .colour, .roleModifier]) || isPlainModifier(k) else { return false }
            k += 1
        }
        return false
    }

    private func isStaffQualifier(_ q: Qualifier?) -> Bool {
        switch q {
        case .staffPlace, .staffClause: true
        default: false
        }
    }

    private func isNamedOrPlace(_ q: Qualifier?) -> Bool {
        switch q {
        case .staffPlace, .named: true
        default: false
        }
    }

    /// What follows a description's head noun, and the last token of it.
    private func qualify(after h: Int, isRole: Bool) -> (Qualifier?, Int) {
        let q = h + 1
        guard q < n else { return (nil, h) }
        if let place = staffPlace(after: h, phones: true) { return (.staffPlace(strong: place.strong), place.end) }
        let k = keys[q]
        // "called Karen", "named Mo", or a name straight after ("the nurse Julie").
        if has(q, .naming), q + 1 < n, nameLike(q + 1, lowerKnown: true) || has(q + 1, .firstName) {
            return (.named(q + 1, surnameEnd(after: q + 1)), surnameEnd(after: q + 1))
        }
        if isCap(q), !tokens[q].shape.contains(.sentenceStart), adjacent(h, q), has(q, [.firstName, .surname, .rosterGiven, .rosterSurname]),
           nameLike(q, lowerKnown: false), !has(q, .commonWordName) || has(q, [.rosterGiven, .rosterSurname]) {
            return (.named(q, surnameEnd(after: q)), surnameEnd(after: q))
        }
        switch k {
        case "with":
            var j = q + 1
            if j < n, has(j, [.definite, .possessive, .indefinite]) || ["those", "them", "big", "long", "short"].contains(keys[j]) { j += 1 }
            var mods = 0
            while j < n, mods < 2, has(j, [.distinguishing, .colour, .judgement]) || keys[j].hasSuffix("ing") { j += 1; mods += 1 }
            if j < n, isWord(j), !isCap(j) || !capsInformative, !has(j, [.firstPerson, .thirdPerson, .secondPerson, .stopAfterTitle]) || has(j, .clothing) {
                return (.appearance, j)
            }
        case "in":
            var j = q + 1
            if j < n, has(j, [.definite, .possessive, .indefinite]) { j += 1 }
            if j < n, keys[j] == "room", j + 1 < n, isNumber(j + 1) || ["one", "two", "three", "four", "five", "six"].contains(keys[j + 1]) { return (.room, j + 1) }
            if j < n, keys[j] == "waiting", j + 1 < n, keys[j + 1] == "room" || keys[j + 1] == "area" { return (.location, j + 1) }
            if j < n, keys[j] == "car", j + 1 < n, keys[j + 1] == "park" { return (.location, j + 1) }
            if j < n, has(j, .surgeryPlace), !has(j, .staffPlace) || !isRole { return (.location, j) }
            var mods = 0
            while j < n, mods < 2, !has(j, .clothing), isWord(j), !has(j, [.stopAfterTitle, .possessive, .definite]) { j += 1; mods += 1 }
            if j < n, has(j, .clothing) { return (.appearance, j) }
        case "at" where !isRole && addressEnd(from: q + 1) != nil:
            return (.from, addressEnd(from: q + 1)!)
        case "at":
            var j = q + 1
            if j < n, has(j, .definite) { j += 1 }
            if j < n, keys[j] == "front" || keys[j] == "back", j + 1 < n, keys[j + 1] == "of" { j += 2; if j < n, keys[j] == "the" { j += 1 } }
            if j < n, has(j, .surgeryPlace) || keys[j] == "queue" { return (.location, j) }
        case "from":
            if !isRole, q + 1 < n, ["number", "next", "across", "down", "up", "over", "flat", "no"].contains(keys[q + 1]) { return (.from, min(q + 2, n - 1)) }
        case "next":
            if !isRole, key(q + 1) == "door" { return (.from, q + 1) }
        case "upstairs", "downstairs":
            if !isRole { return (.from, q) }
        case "across", "over", "down", "up":
            if !isRole, key(q + 1) == "the", q + 2 < n, ["road", "street", "way", "lane", "close", "corridor", "hall"].contains(keys[q + 2]) { return (.from, q + 2) }
        case "who", "that", "whos":
            var j = q + 1
            if j < n, ["was", "is", "had", "has", "just", "kept", "then", "s", "always", "never", "wouldnt", "wont", "couldnt", "didnt"].contains(keys[j]) { j += 1 }
            if j < n, has(j, .staffVerb) || isRole && (keys[j].hasSuffix("ed") && !has(j, .presenceVerb) || has(j, .judgement)) { return (.staffClause, j) }
            if j < n, has(j, .presenceVerb) { return (.presence, j) }
            // "the nurse who …": a relative clause after a role singles one person out.
            if isRole, k != "that", j < n, isWord(j), !has(j, [.firstPerson, .secondPerson]) { return (.staffClause, j) }
            if j < n, isRole, keys[j] == "i" || keys[j] == "we", j + 1 < n, ["saw", "seen", "see", "spoke", "had", "got", "dealt", "met"].contains(keys[j + 1]) {
                return (.sawClause, j + 1)
            }
        case "i", "we":
            if q + 1 < n, ["saw", "seen", "see", "spoke", "speak", "talked", "had", "got", "dealt", "met", "phoned", "rang"].contains(keys[q + 1]) {
                var end = q + 1
                if end + 1 < n, keys[end + 1] == "on" || keys[end + 1] == "to" || keys[end + 1] == "with", end + 2 < n, has(end + 2, .time) { end += 2 }
                else if end + 1 < n, has(end + 1, .time) { end += 1 }
                return (.sawClause, end)
            }
        case "on":
            if q + 1 < n, has(q + 1, .time), isRole { return (.time, q + 1) }
        case "today", "yesterday", "earlier":
            if isRole { return (.time, q) }
        case "this", "last":
            if isRole, q + 1 < n, has(q + 1, .time) { return (.time, q + 1) }
        default:
            break
        }
        // "in front of me", "next to me", "before me", "behind us".
        if has(q, .presencePreposition) || k == "in" && key(q + 1) == "front" {
            var j = q + 1
            if k == "in" { j += 1 }
            if j < n, keys[j] == "to" || keys[j] == "of" { j += 1 }
            if j < n, keys[j] == "me" || keys[j] == "us" { return (.presence, j) }
        }
        if has(q, .presenceVerb) && !isRole { return (.presence, q) }
        return (nil, h)
    }

    // MARK: Rule 3 — titles

    /// "Dr Khan", "Nurse Julie", "Sister Morris", "Mrs Doyle", "Dr Q's", "Dr Whitfeild".
    mutating func titles() {
        for t in 0..<n where has(t, .title) && !consumed[t] {
            let c = cls[t]
            let tk = keys[t]
            let j = t + 1
            guard j < n, isWord(j) || has(j, .roster), !consumed[j] else { continue }
            // "my sister Karen" is a relative; "I miss Karen" is a verb.
            if tk == "sister" && (has(t - 1, .possessive) || possessive[max(0, t - 1)] && t > 0) { continue }
            if tk == "miss" && (!isCap(t) || has(t - 1, [.firstPerson, .secondPerson, .thirdPerson]) || ["to", "will", "would", "dont", "gonna", "really", "we", "not", "never"].contains(key(t - 1))) { continue }
            let doctor = tk == "dr" || tk == "doctor" || tk == "doc"
            var rosterMatch = roster.matchAfterTitle(t, keys: keys)
            // "Dr Mark Johnson" is not Mark Bell: a first name on the roster followed by another surname.
            if let m = rosterMatch, m.last == j, roster.members[m.member].givenKeys.contains(keys[j]), roster.members[m.member].surname != keys[j] {
                let e = surnameEnd(after: j)
                if e > j && keys[e] != roster.members[m.member].surname { rosterMatch = nil }
            }
            // "I am Dr Mark Johnson", "my name is Mrs Beaumont": the poster, not staff.
            if introducesSelf(before: t) {
                guard nameLike(j, lowerKnown: true) else { continue }
                let e = surnameEnd(after: j)
                add(PersonMention(form: .name, first: t, last: e, span: span(t, e), staff: nil, reason: "the poster's own name"))
                continue
            }
            let notPerson = doctor ? has(j, .notPersonAfterDoctor) : c.contains(.socialTitle) && has(j, .notPersonAfterSocialTitle)
            if let match = rosterMatch, !notPerson || roster.members[match.member].isDoctor && doctor {
                let member = roster.members[match.member]
                let near = match.kind == .nearMiss
                add(PersonMention(form: .name, first: t, last: match.last, span: span(t, match.last),
                                  staff: .init(confidence: near ? 0.9 : 0.95,
                                               reason: near ? "a close spelling of a staff member's name" : "a staff member's name with a title",
                                               reference: member.name),
                                  reason: "a title and a name"))
                continue
            }
            if notPerson { take(t, j); continue }
            guard nameLike(j, lowerKnown: true) else { continue }
            if has(j, .commonWordName) && !isCap(j) { continue }
            var e = j
            if has(j, .firstName) || has(j, .surname) || isCap(j) { e = surnameEnd(after: j) }
            if placeFollows(e) { take(t, e); continue }
            let full = (t...e).dropFirst().map { keys[$0] }.joined(separator: " ")
            if lexicon.publicFigures.contains(full) { take(t, e); continue }
            if c.contains(.clinicalTitle) {
                let confidence = roster.isEmpty ? 0.85 : 0.75
                add(PersonMention(form: .name, first: t, last: e, span: span(t, e),
                                  staff: .init(confidence: confidence, reason: "a clinician named with a title", reference: nil),
                                  reason: "a title and a name"))
            } else if staffPlace(after: e, phones: false) != nil || roleApposition(after: e) != nil {
                add(PersonMention(form: .name, first: t, last: e, span: span(t, e),
                                  staff: .init(confidence: 0.85, reason: "a named member of staff", reference: nil), reason: "a title and a name"))
            } else {
                add(PersonMention(form: .name, first: t, last: e, span: span(t, e), staff: nil, reason: "a title and a name"))
            }
        }
    }

    // MARK: Rule 4 — names

    /// Roster names, first names (with a surname or on their own), and roster surnames.
    mutating func names() {
        for i in 0..<n where !consumed[i] && !cls[i].isDisjoint(with: [.firstName, .roster]) && isWord(i) {
            let c = cls[i]
            if c.contains(.neverPerson) { continue }
            let prevSaint = key(i - 1) == "st" || key(i - 1) == "saint"
            if prevSaint { continue }
            // A roster full name, or first name and a surname one edit away.
            if !c.isDisjoint(with: [.rosterGiven, .rosterAliasStart]), let match = roster.matchFullName(i, keys: keys), !placeFollows(match.last) {
                let near = match.kind == .nearMiss
                if near && !isCap(i) && !isCap(match.last) { continue }
                add(PersonMention(form: .name, first: i, last: match.last, span: span(i, match.last),
                                  staff: .init(confidence: near ? 0.9 : 0.95,
                                               reason: near ? "a close spelling of a staff member's name" : "a staff member's full name",
                                               reference: roster.members[match.member].name),
                                  reason: "a full name"))
                continue
            }
            let rosterGiven = c.contains(.rosterGiven) ? roster.members(given: keys[i]) : []
            let isGiven = c.contains(.firstName) || !rosterGiven.isEmpty
            if isGiven {
                nameAt(i, rosterGiven: rosterGiven)
                continue
            }
            // A roster surname alone, capitalised mid-sentence ("Whitfield was brilliant").
            if c.contains(.rosterSurname), let m = roster.members(surname: keys[i]).first, isCap(i), !tokens[i].shape.contains(.sentenceStart), capsInformative,
               !c.contains(.commonWordName), keys[i].unicodeScalars.count >= 4, !placeFollows(i) {
                add(PersonMention(form: .name, first: i, last: i, span: span(i, i),
                                  staff: .init(confidence: 0.7, reason: "a staff member's surname", reference: roster.members[m].name),
                                  reason: "a surname"))
            }
        }
    }

    func introducesSelf(before first: Int) -> Bool {
        PeopleLexicon.introducesSelf(before: first, keys: keys, possessive: possessive, tokens: tokens)
    }

    private mutating func nameAt(_ i: Int, rosterGiven: [Int]) {
        let c = cls[i]
        let cap = isCap(i)
        if introducesSelf(before: i) {
            let e = surnameEnd(after: i)
            add(PersonMention(form: .name, first: i, last: e, span: span(i, e), staff: nil, reason: "the poster's own name"))
            return
        }
        let shortOrWord = c.contains(.commonWordName) || keys[i].unicodeScalars.count <= 2
        if c.contains(.stopAfterTitle) && !cap { return }
        let e = surnameEnd(after: i)
        if placeFollows(e) { take(i, e + 1); return }
        if e > i {
            let full = (i...e).map { keys[$0] }.joined(separator: " ")
            if lexicon.publicFigures.contains(full) { take(i, e); return }
        }
        if monthUse(i) && e == i { return }
        let place = staffPlace(after: e, phones: false)
        let apposition = roleApposition(after: e)
        let cue = staffCue(before: i)
        let strong = place.map { $0.strong } == true || apposition != nil || roleBefore(i) || cue.strong
        let weakPlace = place != nil && !strong
        let medium = cue.medium || judgedAfter(e) || weakPlace
        // A surname from the lists, or a capitalised word after a capitalised first name ("Frank Gilbey").
        let knownSurname = e > i && (has(e, .surname) || cap && isCap(e) && capsInformative && !has(e, .commonWordName))
        let onRoster = !rosterGiven.isEmpty && e == i
        var accepted: Bool
        if shortOrWord {
            if cap {
                let afterPreposition = has(i - 1, .namePreposition) && !tokens[i].shape.contains(.sentenceStart)
                let nameVerbAfter = onRoster && i + 1 < n && has(i + 1, .nameVerb) && !["is", "was"].contains(keys[i + 1]) || possessive[i]
                accepted = knownSurname || strong || medium || afterPreposition || nameVerbAfter
                if !(afterPreposition && capsInformative) && !(possessive[i] && capsInformative) && everydayWordUse(i, checkNext: !strong && !knownSurname) { accepted = knownSurname }
                if !capsInformative && !(strong || knownSurname) { accepted = false }
            } else {
                accepted = onRoster && strong && !everydayWordUse(i, checkNext: false)
            }
        } else {
            accepted = cap ? true : (knownSurname || onRoster && (strong || medium))
            if cap && !capsInformative && !c.contains(.firstName) && !onRoster { accepted = false }
        }
        guard accepted else { return }
        let s = span(i, e)
        if onRoster && (cap || strong || medium) {
            let member = roster.members[rosterGiven[0]]
            let confidence = strong ? 0.9 : medium ? 0.85 : shortOrWord ? 0.8 : 0.7
            let reason = strong || medium ? "a staff member's first name, at the practice" : "a staff member's first name"
            add(PersonMention(form: .name, first: i, last: e, span: s,
                              staff: .init(confidence: confidence, reason: reason, reference: member.name), reason: "a first name"))
            return
        }
        if strong {
            add(PersonMention(form: .name, first: i, last: e, span: s,
                              staff: .init(confidence: roster.isEmpty ? 0.85 : 0.8, reason: "a named member of staff", reference: nil),
                              reason: "a first name"))
            return
        }
        add(PersonMention(form: .name, first: i, last: e, span: s, staff: nil, reason: e > i ? "a full name" : "a first name"))
    }
}
