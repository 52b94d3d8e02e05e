/// Finds abusive, obscene, threatening and hateful language (clause 4): swearing seen through masks,
/// leetspeak, repeated and spaced-out letters; insults aimed at a person; threats; slurs and hate.
public struct AbusiveDetector: Detector {
    public let name = "abusive-lexicon"

    /// The reasons this detector gives for a threat, as recorded in a decision's evidence: an abusive item
    /// with one of them is a threat (evidence packs are made for threats as for defamation).
    public static let threatReasons: Set<String> = [threatReason, violenceReason]
    static let threatReason = "a threat"
    static let violenceReason = "a threat of violence"

    enum Tier: Sendable { case mild, medium, strong, slur }
    /// Whether a word is a swear word, an insult for a person, or a word with an innocent sense too.
    enum Kind: Sendable { case expletive, person, ambiguous }

    struct Entry: Sendable {
        let tier: Tier
        let kind: Kind
        /// The word as listed (for a stem, the stem), lower case: its letter runs are compared with the token's.
        let surface: [Unicode.Scalar]
    }

    struct PhraseInfo: Sendable {
        let confidence: Double
        let reason: String
        /// A negation inside the match cancels it ("I would never hurt you").
        let negatable: Bool
        /// Someone else as the subject inside the match cancels it ("I'm scared he will hit her").
        let firstPersonOnly: Bool
    }

    // Keyed by `KeyHash` so a token is looked up without hashing its string.
    private let exact: KeyTable<Entry>
    private let stems: KeyTable<Entry>
    /// Stem lengths in UTF-8 bytes, shortest first.
    private let stemLengths: [Int]
    private let exceptions: KeyTable<Bool>
    /// Listed words by length, in lexicon order, for masked spellings ("f**king").
    private let maskable: [Int: [Entry]]
    /// Listed stems, for masked spellings of longer words ("b*****ds").
    private let maskableStems: [Entry]
    private let adjectives: Set<String>
    private let intensifiers: Set<String>
    private let targets: Set<String>
    private let staffNouns: Set<String>
    private let secondPerson: Set<String>
    private let selfWords: Set<String>
    private let negators: Set<String>
    private let otherSubjects: WordSet
    private let phrases: PhraseMatcher<Int>
    private let phraseInfo: [PhraseInfo]

    public init() {
        var exact = [String: Entry](), stems = [String: Entry](), maskable = [Int: [Entry]](), maskableStems = [Entry]()
        for line in ConductLexicon.lines(Profanity.words) {
            let parts = line.split(separator: " ")
            let tier: Tier = switch parts[0] {
            case "strong": .strong
            case "medium": .medium
            case "slur": .slur
            default: .mild
            }
            let kind: Kind = switch parts[1] {
            case "person": .person
            case "ambiguous": .ambiguous
            default: .expletive
            }
            for var form in parts.dropFirst(2) {
                if form.hasPrefix("=") { form = form.dropFirst() }
                let isStem = form.hasSuffix("*")
                if isStem { form = form.dropLast() }
                let word = String(form).lowercased()
                let entry = Entry(tier: tier, kind: kind, surface: Array(word.unicodeScalars))
                let key = Tokenizer.key(word)
                if isStem, stems[key] == nil { stems[key] = entry }
                if exact[key] == nil { exact[key] = entry }
                maskable[entry.surface.count, default: []].append(entry)
                if isStem { maskableStems.append(entry) }
            }
        }
        self.exact = KeyTable(exact.map { (KeyHash.of($0.key), $0.value) })
        self.stems = KeyTable(stems.map { (KeyHash.of($0.key), $0.value) })
        stemLengths = Set(stems.keys.map { $0.utf8.count }).sorted()
        self.maskable = maskable
        self.maskableStems = maskableStems
        intensifiers = ConductLexicon.keys(Profanity.intensifiers)
        exceptions = KeyTable(set: ConductLexicon.keys("shiitake shitake wankel cocktail scunthorpe").map(KeyHash.of))
        adjectives = ConductLexicon.keys(Profanity.insultAdjectives)
        targets = ConductLexicon.keys(Profanity.targets)
        secondPerson = ConductLexicon.keys("you u ya ye yer yous youse")
        staffNouns = ConductLexicon.keys(Profanity.targets.split(separator: "\n").dropFirst(2).joined(separator: " "))
        selfWords = ConductLexicon.keys(Profanity.selfWords)
        negators = ConductLexicon.keys("not no never dont doesnt didnt wont wouldnt couldnt cant cannot shouldnt isnt arent wasnt nor")
        otherSubjects = WordSet(ConductLexicon.keys("he she they it hes shes theyre theyll shell he'll hed shed theyd husband partner boyfriend dad father ex son brother"))

        var matcher = PhraseMatcher<Int>()
        var info = [PhraseInfo]()
        let sources = [Profanity.phrases, Threats.phrases, HateTerms.phrases]
        for source in sources {
            for (confidence, reason, pattern) in ConductLexicon.phrases(source) {
                matcher.add(PhrasePattern(literal: pattern), label: info.count)
                info.append(PhraseInfo(
                    confidence: confidence, reason: Self.phraseReason(reason),
                    negatable: reason == "violence" || reason == "wish", firstPersonOnly: reason == "violence"))
            }
        }
        phrases = matcher
        phraseInfo = info
    }

    private static func phraseReason(_ key: Substring) -> String {
        switch key {
        case "threat": threatReason
        case "violence": violenceReason
        case "wish": "wishing harm on someone"
        case "hate": "hateful words about a group of people"
        default: "an insult aimed at someone"
        }
    }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        let tokens = text.tokens
        var hits = [(span: TextSpan, confidence: Double, reason: String)]()

        for i in tokens.indices {
            guard let entry = entry(for: tokens[i]) else { continue }
            if let (confidence, reason) = score(entry, at: i, in: tokens, input: input) {
                hits.append((tokens[i].span, confidence, reason))
            }
        }
        for token in text.joinedTokens {
            guard let entry = entry(for: token), entry.kind != .ambiguous else { continue }
            let confidence: Double = switch entry.tier {
            case .strong, .slur: 0.9
            case .medium: 0.75
            case .mild: 0.3
            }
            hits.append((token.span, confidence, "swearing spelt out to dodge filters"))
        }
        for match in phrases.matches(in: tokens) {
            let info = phraseInfo[match.label]
            if info.negatable, !accepts(match, tokens, firstPersonOnly: info.firstPersonOnly) { continue }
            // "I'll hit you up", "I'll hit you back": slang for getting in touch.
            if info.firstPersonOnly, match.last + 1 < tokens.count, ["up", "back"].contains(tokens[match.last + 1].key) { continue }
            hits.append((match.span, info.confidence, info.reason))
        }
        guard let best = hits.max(by: { $0.confidence < $1.confidence }) else { return .none }
        var confidence = best.confidence
        if hits.lazy.filter({ $0.confidence >= 0.6 }).count >= 2 { confidence = min(0.97, confidence + 0.03) }
        let shown = hits.sorted { $0.confidence > $1.confidence }.prefix(3).sorted { $0.span < $1.span }
        let evidence = shown.map { Evidence(span: $0.span, text: text.text($0.span), detector: name, reason: $0.reason) }
        return Detection(findings: [Finding(category: .abusive, confidence: confidence, evidence: evidence)])
    }

    // MARK: - Words

    /// The lexicon entry a token spells, seeing through leetspeak, repeats, look-alikes and masks.
    func entry(for token: Token) -> Entry? {
        if token.shape.contains(.masked) { return maskedEntry(token) }
        if exceptions.contains(token.keyHash) { return nil }
        if let entry = exact[token.keyHash] {
            return Self.runsAgree(Self.letters(of: token.norm), entry.surface, prefixOnly: false) ? entry : nil
        }
        // One pass over the key's bytes: the running hash is each stem length's prefix hash in turn.
        let count = token.key.utf8.count
        guard let longest = stemLengths.last, count > stemLengths[0] else { return nil }
        var h = KeyHash.seed, n = 0, next = 0
        for byte in token.key.utf8 {
            h = KeyHash.step(h, byte)
            n += 1
            guard n < count, n <= longest else { break }
            guard n == stemLengths[next] else { continue }
            next += 1
            if let entry = stems[h == 0 ? 1 : h], Self.runsAgree(Self.letters(of: token.norm), entry.surface, prefixOnly: true) { return entry }
            if next == stemLengths.count { break }
        }
        return nil
    }

    /// A masked word ("f*ck", "b*****d") is the first listed word of its length whose letters agree
    /// with every unmasked letter; the first letter must be shown.
    private func maskedEntry(_ token: Token) -> Entry? {
        guard let first = token.norm.unicodeScalars.first, Tokenizer.isLetter(first) else { return nil }
        var form = [Unicode.Scalar]()
        for s in token.norm.unicodeScalars where s != "'" && s != "_" {
            form.append(s == "#" || s == "*" ? "*" : ScalarFolding.leet(s))
        }
        guard form.count >= 3 else { return nil }
        for entry in maskable[form.count] ?? [] where Self.agrees(form, entry.surface) { return entry }
        for entry in maskableStems where entry.surface.count < form.count && Self.agrees(form, entry.surface) {
            if !form[entry.surface.count...].contains("*") { return entry }
        }
        return nil
    }

    /// True when every shown letter of `form` agrees with `word` over the word's length, the first shown.
    private static func agrees(_ form: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        guard form[0] == word[0] else { return false }
        for k in 1..<word.count where form[k] != "*" && form[k] != word[k] { return false }
        return true
    }

    /// The token's letters with leetspeak folded and apostrophes dropped, repeats kept.
    private static func letters(of norm: String) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        for s in norm.unicodeScalars where s != "'" && s != "_" { out.append(ScalarFolding.leet(s)) }
        return out
    }

    /// True when the token doubles a letter only where the word does, or stretches it for emphasis
    /// ("fuuuck"): so "heel" is not "hell", "Pratt" not "prat", "as" not "ass".
    static func runsAgree(_ token: [Unicode.Scalar], _ word: [Unicode.Scalar], prefixOnly: Bool) -> Bool {
        var t = 0, w = 0
        while w < word.count {
            let letter = word[w]
            var wordRun = 0
            while w < word.count, word[w] == letter { w += 1; wordRun += 1 }
            guard t < token.count, token[t] == letter else { return false }
            var tokenRun = 0
            while t < token.count, token[t] == letter { t += 1; tokenRun += 1 }
            if prefixOnly && w == word.count { return tokenRun >= wordRun }
            if tokenRun != wordRun && tokenRun < 3 { return false }
        }
        return prefixOnly || t == token.count
    }

    // MARK: - Aim

    private func score(_ entry: Entry, at i: Int, in tokens: [Token], input: DetectorInput) -> (Double, String)? {
        if entry.kind != .expletive, looksLikeName(i, tokens) { return nil }
        let aimed = isAimed(entry, at: i, tokens, input)
        switch (entry.tier, entry.kind, aimed) {
        case (_, .ambiguous, false): return nil
        case (.slur, _, _): return (aimed ? 0.95 : 0.93, "a slur")
        case (.strong, _, true): return (0.95, "strong profanity aimed at someone")
        case (.strong, _, false): return (0.88, "strong profanity")
        case (.medium, _, true): return (0.9, "an insult aimed at someone")
        case (.medium, .person, false): return (0.6, "an insulting word for a person")
        case (.medium, _, false): return (0.45, "swearing")
        case (.mild, .expletive, true): return (0.75, "swearing aimed at someone")
        case (.mild, _, true): return (0.8, "an insult aimed at someone")
        case (.mild, _, false): return (0.3, "mild swearing or a rude word, not aimed at anyone")
        }
    }

    /// "Dick Turpin", "Moby Dick": a capitalised word beside another is a name.
    private func looksLikeName(_ i: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[i]
        guard t.isCapitalized, !t.shape.contains(.allCaps) else { return false }
        if i + 1 < tokens.count, tokens[i + 1].isCapitalized, !tokens[i + 1].shape.contains(.sentenceStart), !tokens[i + 1].shape.contains(.allCaps) { return true }
        if i > 0, tokens[i - 1].isCapitalized, !t.shape.contains(.sentenceStart), !tokens[i - 1].shape.contains(.allCaps) { return true }
        return false
    }

    private func isAimed(_ entry: Entry, at i: Int, _ tokens: [Token], _ input: DetectorInput) -> Bool {
        var lo = i
        while lo > max(0, i - 3), !tokens[lo].shape.contains(.sentenceStart) { lo -= 1 }
        var hi = i
        while hi < min(tokens.count - 1, i + 3), !tokens[hi + 1].shape.contains(.sentenceStart) { hi += 1 }
        let key = { (k: Int) -> String in tokens[k].key }

        if entry.kind == .expletive {
            if i < hi {
                for k in (i + 1)...min(hi, i + 2) where staffNouns.contains(key(k)) || isInsultNoun(tokens[k]) { return true }
            }
            if i > lo, secondPerson.contains(key(i - 1)) {
                return !(i + 1 < tokens.count && key(i + 1) == "wel")
            }
            return false
        }

        for k in lo..<i where selfWords.contains(key(k)) { return false }
        if i > lo, adjectives.contains(key(i - 1)) { return true }
        if entry.kind == .person, i > lo, intensifiers.contains(key(i - 1)) { return true }
        if i - 1 > lo, key(i - 2) == "what" || key(i - 2) == "such", key(i - 1) == "a" || key(i - 1) == "an" { return true }
        if i - 1 > lo, key(i - 1) == "of", ["bunch", "load", "pack", "lot", "set", "shower", "gang"].contains(key(i - 2)) { return true }
        for k in lo..<i where targets.contains(key(k)) { return true }
        if entry.kind == .person {
            for k in lo..<i where ["is", "was", "are", "were", "being", "shes", "hes", "theyre", "youre"].contains(key(k)) {
                if k == lo || !["it", "this", "that", "which", "there", "its", "thats"].contains(key(k - 1)) { return true }
            }
        }
        if i < hi {
            for k in (i + 1)...hi where staffNouns.contains(key(k)) { return true }
        }
        let window = TextSpan(tokens[lo].span.start, tokens[hi].span.end)
        return input.entities.contains { $0.kind == .person && $0.span.overlaps(window) }
    }

    private func isInsultNoun(_ token: Token) -> Bool {
        guard let entry = entry(for: token) else { return false }
        return entry.kind != .expletive
    }

    /// A threat phrase stands unless it is negated ("I would never hurt her") or its subject is someone
    /// else ("I'm scared he will hit her" is a disclosure, not a threat).
    private func accepts(_ match: PhraseMatcher<Int>.Match, _ tokens: [Token], firstPersonOnly: Bool) -> Bool {
        for k in match.first...match.last {
            if negators.contains(tokens[k].key) { return false }
            if firstPersonOnly, k > match.first, k < match.last, otherSubjects.contains(tokens[k]) { return false }
        }
        return true
    }
}
