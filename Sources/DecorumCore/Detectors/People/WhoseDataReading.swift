/// Who a piece of data belongs to, and the words that say so.
enum DataOwner: Sendable, Hashable {
    /// The poster: "my", "I", "me" (token index of the cue).
    case poster(Int)
    /// The poster, asking to be contacted: "call 07…", "text on 07…".
    case contact(Int)
    /// A person entity (index into `input.entities`).
    case person(Int)
    /// A relative or acquaintance: "my husband's", "her son" (token index of the relation word).
    case relation(Int)
    /// He, she, his, her, their (token index).
    case pronoun(Int)
    case none

    func subject(of entity: Entity, _ analysis: WhoseDataReading) -> Entity.Subject {
        if entity.subject == .practice || entity.subject == .staff { return entity.subject }
        switch self {
        case .poster, .contact: return .own
        case .person(let p):
            if analysis.personIsPoster(p) { return .own }
            return analysis.entities[p].subject == .staff ? .staff : .thirdParty
        case .relation, .pronoun: return .thirdParty
        case .none:
            return entity.kind == .person ? .thirdParty : .unknown
        }
    }
}

/// Whom a third-party disclosure is about: a person entity or a relative's word.
enum DisclosureAnchor: Hashable {
    case entity(Int)
    case token(Int)
}

/// The words of one item and its entities, read once for `ConfidentialityDetector`.
struct WhoseDataReading {
    let entities: [Entity]
    let text: AnalyzedText
    let keys: [String]
    let possessive: [Bool]
    let cls: [WordClass]
    /// Sentence number of each token.
    let sentence: [Int]
    /// For each token, the person entity covering it, if any.
    let personAt: [Int?]
    /// Token ranges of the entities (first, last); last < first when the entity covers no token.
    let ranges: [(first: Int, last: Int)]
    private(set) var owners: [DataOwner] = []
    /// Person entities that are the poster ("I'm Julie Barker", or the author's own name).
    private(set) var posterPeople = Set<Int>()
    /// An advert, a sale or a scam: its names and numbers are not patients' data.
    private(set) var promotional = false

    static let promotionWords: WordSet = [
        "whatsapp", "crypto", "bitcoin", "trading", "forex", "investment", "profit", "withdrawal", "cheap", "guaranteed",
        "dm", "inbox", "botox", "fillers", "herbalist", "spell", "loan", "discount", "promo", "telegram",
    ]

    /// "Pam Whitlock here, …": the poster at the start of the comment.
    private static func saysHere(after last: Int, _ keys: [String], _ tokens: [Token]) -> Bool {
        last + 1 < keys.count && keys[last + 1] == "here" && last <= 3
    }

    init(input: DetectorInput, lexicon: PeopleLexicon) {
        entities = input.entities
        text = input.text
        let tokens = input.text.tokens
        var keys = [String](), possessive = [Bool](), cls = [WordClass](), sentence = [Int]()
        var current = 0
        for (i, t) in tokens.enumerated() {
            let (key, isPossessive) = PeopleLexicon.nameKey(of: t)
            keys.append(key)
            possessive.append(isPossessive)
            cls.append(key.isEmpty ? [] : lexicon.classes(of: key))
            if i > 0, t.shape.contains(.sentenceStart), !cls[i - 1].contains(.title), keys[i - 1] != "st" { current += 1 }
            sentence.append(current)
        }
        self.keys = keys
        self.possessive = possessive
        self.cls = cls
        self.sentence = sentence
        var ranges = [(first: Int, last: Int)]()
        var personAt = [Int?](repeating: nil, count: tokens.count)
        for (index, e) in input.entities.enumerated() {
            let first = input.text.tokenIndex(atOrAfter: e.span.start)
            let last = input.text.tokenIndex(atOrAfter: e.span.end) - 1
            // A token that starts before the span but runs into it ("07700" of a phone split oddly) counts too.
            let start = first > 0 && tokens[first - 1].span.end > e.span.start ? first - 1 : first
            ranges.append((start, last))
            if e.kind == .person, start <= last { for k in start...last { personAt[k] = index } }
        }
        self.ranges = ranges
        self.personAt = personAt
        var posterPeople = Set<Int>()
        let authorKeys = (input.item.author?.name ?? "").split(separator: " ").map { PeopleLexicon.nameKey($0) }.filter { !$0.isEmpty }
        for (index, e) in input.entities.enumerated() where e.kind == .person && e.subject != .staff {
            let r = ranges[index]
            guard r.first <= r.last else { continue }
            if PeopleLexicon.introducesSelf(before: r.first, keys: keys, possessive: possessive, tokens: tokens) || Self.saysHere(after: r.last, keys, tokens) {
                posterPeople.insert(index)
                continue
            }
            let words = (r.first...r.last).filter { !cls[$0].contains(.title) }.map { keys[$0] }
            guard let authorFirst = authorKeys.first, let first = words.first else { continue }
            if words.count >= 2 ? (first == authorFirst && words.last == authorKeys.last) : (authorKeys.count == 1 && first == authorFirst) {
                posterPeople.insert(index)
            }
        }
        self.posterPeople = posterPeople
        var promotional = false
        for k in keys where Self.promotionWords.contains(k) || k.hasPrefix("invest") { promotional = true; break }
        if !promotional { promotional = input.text.scalars.contains { $0 == "£" || $0 == "$" || $0 == "€" } && input.entities.contains { $0.kind == .phone || $0.kind == .email } }
        self.promotional = promotional
        owners = input.entities.indices.map { owner(of: $0) }
    }


    func range(_ index: Int) -> (first: Int, last: Int) { ranges[index] }

    /// Two or more words of a name, not counting a title.
    func isFullName(_ p: Int) -> Bool {
        let r = ranges[p]
        guard r.first < r.last else { return false }
        return (r.first...r.last).filter { !cls[$0].contains(.title) }.count >= 2
    }

    /// A name the comment is addressed to ("Sarah Jane Wilkins this is the one…"), tagging a friend.
    func isVocative(_ p: Int) -> Bool {
        let r = ranges[p]
        guard r.first == 0 || text.tokens[r.first].shape.contains(.sentenceStart) else { return false }
        let next = r.last + 1 < keys.count ? keys[r.last + 1] : ""
        if ["this", "you", "look", "see", "here", "have", "u", "ur", "youre", "did", "remember", "check", "thats"].contains(next) { return true }
        // At the very start, a name not followed by a verb is a tag ("Mo Salah again 😂").
        return r.first == 0 && !cls[min(r.last + 1, cls.count - 1)].contains(.nameVerb) && !["is", "was", "has", "had", "and", "from", "at", "in", "on"].contains(next)
    }

    /// Where a named person lives, right after the name: "at number 3 Meynell Road", "on Barrow Road".
    func addressAfter(_ p: Int) -> Bool {
        var k = ranges[p].last + 1
        // "in the flat above me", "next door", "over the road".
        let near = keys[min(k, keys.count - 1)...].prefix(4).joined(separator: " ")
        if k < keys.count, Self.nearbyPlaces.contains(where: { near.hasPrefix($0) }) { return true }
        guard k < keys.count, ["at", "on", "of", "from", "in"].contains(keys[k]) else { return false }
        k += 1
        if k < keys.count, ["number", "no", "flat", "num"].contains(keys[k]) { return k + 1 < keys.count && text.tokens[k + 1].shape.contains(.hasDigit) }
        if k < keys.count, text.tokens[k].isNumber { return true }
        var words = 0
        while k < keys.count, words < 3, text.tokens[k].isCapitalized {
            if words > 0 && cls[k].contains(.placeNoun) { return true }
            words += 1
            k += 1
        }
        return words > 0 && k < keys.count && Self.streetWords.contains(keys[k])
    }

    static let nearbyPlaces = [
        "in the flat", "next door", "upstairs", "downstairs", "across the road", "over the road", "down the road", "up the road",
        "round the corner", "on our street", "on my street", "on our road", "on my road", "at number", "from number", "in the house",
    ]

    static let streetWords: Set<String> = [
        "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "drive", "way", "court", "crescent", "gardens", "terrace", "grove", "place", "square",
    ]

    /// The nearest non-staff person named before an entity nobody claims, in the sentence before or its own.
    func personBefore(_ index: Int) -> Int? {
        let first = ranges[index].first
        guard first > 0, first <= keys.count else { return nil }
        let s = sentence[min(first, keys.count - 1)]
        var k = first - 1
        while k >= 0, sentence[k] >= s - 1 {
            if let p = personAt[k], entities[p].subject != .staff, !personIsPoster(p) { return p }
            if cls[k].contains(.firstPerson) { return nil }
            k -= 1
        }
        return nil
    }

    static let observationWords: Set<String> = ["saw", "seen", "spotted", "bumped", "noticed", "clocked", "into"]

    /// A relative or acquaintance the poster saw at the surgery ("saw my ex in the waiting room").
    func relativeSeenAtSurgery() -> Int? {
        for r in keys.indices where cls[r].contains(.relation) && r >= 2 {
            let owner = cls[r - 1].contains(.possessive) ? r - 1 : (r >= 3 && cls[r - 2].contains(.possessive) ? r - 2 : -1)
            guard owner >= 1, Self.observationWords.contains(keys[owner - 1]) else { continue }
            let s = sentence[r]
            var k = r + 1
            while k < keys.count, sentence[k] == s, k - r <= 10 {
                if cls[k].contains(.surgeryPlace) { return r }
                k += 1
            }
        }
        return nil
    }
    func personIsPoster(_ index: Int) -> Bool { posterPeople.contains(index) }

    func span(_ token: Int) -> TextSpan { text.tokens[token].span }

    /// "my husband" for a relative's word, the entity's span for a person.
    func anchorSpan(_ anchor: DisclosureAnchor) -> TextSpan {
        switch anchor {
        case .entity(let p): return entities[p].span
        case .token(let r):
            if r >= 1, cls[r - 1].contains(.possessive) || possessive[r - 1] { return text.span(tokens: r - 1, r) }
            if r >= 2, cls[r - 2].contains(.possessive), sentence[r - 2] == sentence[r] { return text.span(tokens: r - 2, r) }
            return span(r)
        }
    }

    /// A description ("the lady in the waiting room") rather than a name.
    func isDescription(_ p: Int) -> Bool {
        let r = ranges[p]
        guard r.first <= r.last else { return false }
        return cls[r.first].contains(.definite) || cls[r.first].contains(.indefinite)
    }

    func descriptionPlacesAtSurgery(_ p: Int) -> Bool {
        let r = ranges[p]
        guard r.first <= r.last else { return false }
        for k in r.first...r.last {
            if cls[k].contains(.surgeryPlace) || cls[k].contains(.presenceVerb) { return true }
            if cls[k].contains(.presencePreposition) || keys[k] == "front", k + 1 <= r.last, ["me", "us", "of", "to"].contains(keys[k + 1]) { return true }
        }
        return false
    }

    /// Introduced as the poster's relative ("my son Kyle"): their presence at the surgery is ordinary talk.
    func introducedAsRelative(_ p: Int) -> Bool {
        let r = ranges[p]
        guard r.first >= 1 else { return false }
        var k = r.first - 1
        if k >= 0, cls[k].contains(.naming) { k -= 1 }
        return k >= 0 && cls[k].contains(.relation)
    }

    /// The surgery in the same sentence as a person: waiting room, reception, appointment, "in there".
    func surgeryAround(_ p: Int) -> Bool {
        let r = ranges[p]
        guard r.first <= r.last else { return false }
        let s = sentence[r.first]
        var k = r.first
        while k > 0, sentence[k - 1] == s { k -= 1 }
        // The next sentence counts when it goes on about them ("Is Dave alright? His van's been in the car park").
        var lastSentence = s
        if let nextStart = sentence.firstIndex(of: s + 1), cls[nextStart...].prefix(3).contains(where: { $0.contains(.thirdPerson) }) { lastSentence = s + 1 }
        while k < keys.count, sentence[k] <= lastSentence {
            if k < r.first || k > r.last {
                if cls[k].contains(.surgeryPlace) && personAt[k] == nil { return true }
                if ["seen", "waitingroom", "bloods", "results"].contains(keys[k]) { return true }
                if keys[k] == "there" && k > 0 && ["in", "down", "up"].contains(keys[k - 1]) { return true }
            }
            k += 1
        }
        return false
    }

    /// Routine care rather than a condition ("flu jab", "bloods", "smear"): about a relative, ordinary talk.
    func isRoutineCare(_ index: Int) -> Bool {
        let r = ranges[index]
        guard r.first <= r.last else { return false }
        for k in r.first...r.last where Self.routineCare.contains(keys[k]) { return true }
        return false
    }

    static let routineCare: Set<String> = [
        "jab", "jabs", "vaccine", "vaccines", "vaccination", "vaccinations", "booster", "boosters", "flu", "immunisation",
        "immunisations", "immunization", "injection", "check", "checkup", "review", "smear", "bloods", "appointment", "mot",
    ]

    /// Words between a relative and a health term that make the term theirs ("has", "diagnosed with").
    func linked(from r: Int, to h: Int) -> Bool {
        if possessive[r] && r + 1 >= h - 2 { return true }
        guard r + 1 < h else { return false }
        for k in (r + 1)..<h {
            switch keys[k] {
            case "has", "had", "have", "got", "gets", "getting", "with", "diagnosed", "suffers", "suffering", "suffered",
                 "is", "was", "having", "needs", "needed", "takes", "taking", "on", "developed", "caught", "battling", "fighting",
                 "living", "hasnt", "isnt", "s", "been", "went", "into", "from", "of", "because", "due":
                return true
            default: continue
            }
        }
        return false
    }

    /// The person or relative a pronoun stands for: the nearest one before it.
    func antecedent(ofPronoun owner: DataOwner) -> DisclosureAnchor? {
        guard case .pronoun(let t) = owner else {
            if case .relation(let r) = owner { return .token(r) }
            return nil
        }
        var k = t - 1
        while k >= 0, t - k <= 40 {
            if let p = personAt[k], !personIsPoster(p), entities[p].subject != .staff { return .entity(p) }
            if let p = personAt[k], entities[p].subject == .staff { return nil }
            if cls[k].contains(.relation) && (k == 0 || cls[k - 1].contains(.possessive) || possessive[k - 1] || k >= 2 && cls[k - 2].contains(.possessive)) {
                return .token(k)
            }
            k -= 1
        }
        return nil
    }

    /// Decides whose an entity is from the words before it, then after it, in its sentence.
    private func owner(of index: Int) -> DataOwner {
        let entity = entities[index]
        if entity.subject == .practice { return .none }
        let (first, last) = ranges[index]
        if entity.kind == .person {
            return personIsPoster(index) ? .poster(max(0, first)) : .person(index)
        }
        guard first < keys.count else { return .none }
        let s = sentence[min(first, keys.count - 1)]
        let window = entity.kind == .health ? 14 : 10
        var k = first - 1
        while k >= 0, first - k <= window, sentence[k] == s {
            if let p = personAt[k] { return .person(p) }
            let c = cls[k]
            if c.contains(.relation) { return .relation(k) }
            if c.contains(.firstPerson) { return .poster(k) }
            if c.contains(.thirdPerson) || keys[k] == "your" || keys[k] == "ur" { return .pronoun(k) }
            if c.contains(.contactVerb) && entity.kind != .health && first - k <= 3 { return .contact(k) }
            if keys[k] == "here" && k <= 3 && k >= 1 && text.tokens[k - 1].isCapitalized { return .poster(k) }
            k -= 1
        }
        // "07700 900123 is my mobile", "485 777 3456 (my husband's)".
        k = last + 1
        while k < keys.count, k - last <= 12, sentence[k] == s {
            let c = cls[k]
            if let p = personAt[k] { return .person(p) }
            if c.contains(.firstPerson) {
                if k + 1 < keys.count, cls[k + 1].contains(.relation) { return .relation(k + 1) }
                return .poster(k)
            }
            if c.contains(.relation) { return .relation(k) }
            if c.contains(.thirdPerson) { return .pronoun(k) }
            k += 1
        }
        return .none
    }
}
