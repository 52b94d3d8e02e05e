/// Finds scams, spam and impersonation of the practice (clause 4, "fraudulent"): dodgy links, medicines
/// sold without a prescription, money and prize offers, requests for log-in details, look-alike names.
/// Each kind of signal counts once, at its strongest; kinds combine, so two medium signals make a strong one.
public struct FraudDetector: Detector {
    public let name = "fraud-signals"

    struct Signal {
        var kind: String
        var confidence: Double
        var span: TextSpan
        var text: String
        var reason: String
    }

    private let context: DetectionContext
    private let phrases: PhraseMatcher<Int>
    private let phraseInfo: [(confidence: Double, kind: String)]
    private let reputable: [String]
    /// The same with a leading dot, for subdomains ("www.nhs.uk").
    private let reputableSuffixes: [String]
    private let cheapEndings: Set<String>
    private let hostBait: [String]
    private let impersonatorWords: Set<String>
    /// For each of the practice's names: the words that tell it apart ("quorn"), and the rest.
    private let practiceNames: [(distinctive: [String], generic: [String])]
    private let earnWords: WordSet
    private let investWords: WordSet
    private let periodWords: WordSet
    private let moneyWords: Set<String>
    private let negators: WordSet

    public init(context: DetectionContext) {
        self.context = context
        var matcher = PhraseMatcher<Int>()
        var info = [(confidence: Double, kind: String)]()
        for (confidence, kind, pattern) in ConductLexicon.phrases(FraudTerms.phrases) {
            matcher.add(PhrasePattern(literal: pattern), label: info.count)
            info.append((confidence, String(kind)))
        }
        phrases = matcher
        phraseInfo = info
        reputable = FraudTerms.reputable.split(separator: " ").map(String.init)
        reputableSuffixes = reputable.map { "." + $0 }
        cheapEndings = Set(FraudTerms.cheapEndings.split(separator: " ").map(String.init))
        hostBait = FraudTerms.hostBait.split(separator: " ").map(String.init)
        impersonatorWords = ConductLexicon.keys(FraudTerms.impersonatorWords)
        let generic = ConductLexicon.keys(FraudTerms.genericNameWords)
        practiceNames = context.practiceNameKeys.map { keys in
            let canonical = keys.map(Self.canonical)
            return (canonical.filter { !generic.contains($0) }, canonical.filter { generic.contains($0) })
        }
        earnWords = WordSet(ConductLexicon.keys("earn earns earning earned make makes making made profit profits return returns income withdraw withdrew withdrawn receive received turned cashed"))
        investWords = WordSet(ConductLexicon.keys("invest invested investing investment trading trade bitcoin crypto forex profit profits returns withdraw withdrew"))
        periodWords = WordSet(ConductLexicon.keys("day daily days week weekly weeks hour hourly hours month monthly per home"))
        moneyWords = ConductLexicon.keys("pounds quid grand gbp usd dollars")
        negators = WordSet(ConductLexicon.keys("not never dont doesnt didnt wont cant cannot nobody"))
    }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        var signals = [Signal]()

        for link in LinkScanner.links(in: text) {
            if let (confidence, reason) = score(host: link.host) {
                signals.append(Signal(kind: "link", confidence: confidence, span: link.span, text: text.text(link.span), reason: reason))
            }
        }
        for match in phrases.matches(in: text.tokens) {
            let (base, kind) = phraseInfo[match.label]
            var confidence = base
            // "Never share your password with anybody" warns against the scam.
            if kind == "credentials", isNegated(match, text.tokens) { continue }
            if kind == "medicine" || kind == "credentials" || kind == "prize", text.isQuestion(text.sentence(around: match.first)) {
                confidence *= 0.5
            }
            signals.append(Signal(kind: kind, confidence: confidence, span: match.span, text: text.text(match.span), reason: Self.reason(kind)))
        }
        moneyOffers(text, into: &signals)
        if let signal = impersonation(input) { signals.append(signal) }

        // The strongest signal of each kind, combined across kinds.
        var strongest = [String: Signal]()
        for s in signals where s.confidence > (strongest[s.kind]?.confidence ?? 0) { strongest[s.kind] = s }
        guard !strongest.isEmpty else { return .none }
        var doubt = 1.0
        for s in strongest.values { doubt *= 1 - s.confidence }
        let confidence = min(0.97, 1 - doubt)
        let shown = strongest.values.sorted { $0.confidence > $1.confidence }.prefix(3).sorted { $0.span < $1.span }
        let evidence = shown.map { Evidence(span: $0.span, text: $0.text, detector: name, reason: $0.reason) }
        return Detection(findings: [Finding(category: .fraud, confidence: confidence, evidence: evidence)])
    }

    private static func reason(_ kind: String) -> String {
        switch kind {
        case "medicine": "prescription medicines offered without a prescription"
        case "money": "a money-making or investment offer"
        case "loan": "a loan offer"
        case "prize": "a prize or giveaway offer"
        case "adult": "adult spam"
        case "promo": "advertising"
        case "contact": "asks to be contacted privately"
        case "credentials": "asks for log-in, bank or NHS details"
        case "link": "a web address spelt out to dodge link filters"
        default: "a sign of a scam"
        }
    }

    private func isNegated(_ match: PhraseMatcher<Int>.Match, _ tokens: [Token]) -> Bool {
        for k in max(0, match.first - 2)...match.last where negators.contains(tokens[k]) { return true }
        return false
    }

    // MARK: - Links

    /// How suspicious a link to `host` is, or nil when it is allowed or well known.
    func score(host: String) -> (Double, String)? {
        if context.isAllowed(host: host) { return nil }
        if reputable.contains(host) || reputableSuffixes.contains(where: { host.hasSuffix($0) }) { return nil }
        if FraudTerms.shorteners.contains(host) { return (0.88, "a shortened link that hides where it goes") }
        let labels = host.split(whereSeparator: { $0 == "." || $0 == "-" })
        if labels.contains(where: { $0.containsBytes("nhs") }) { return (0.9, "a web address made to look like the NHS's") }
        let joined = Self.canonical(String(host.unicodeScalars.filter { $0 != "." && $0 != "-" }))
        for name in practiceNames {
            if let word = name.distinctive.first(where: { $0.count >= 4 }), joined.containsBytes(word) {
                return (0.9, "a web address made to look like the practice's")
            }
        }
        if labels.dropLast().contains(where: { $0 == "gov" || $0 == "govuk" }) { return (0.85, "a web address made to look like the government's") }
        if labels.dropLast().contains(where: { label in hostBait.contains { label.containsBytes($0) } }) {
            return (0.7, "a web address with words phishing sites use")
        }
        if let ending = labels.last, cheapEndings.contains(String(ending)) { return (0.5, "a link to a throwaway-looking site") }
        return (0.35, "a link to a site outside the NHS")
    }

    // MARK: - Money

    /// "earn £500 a day", "invested £200 and withdrew £4,000".
    private func moneyOffers(_ text: AnalyzedText, into signals: inout [Signal]) {
        let tokens = text.tokens
        for i in tokens.indices {
            guard isMoney(i, text) else { continue }
            var earn = false, invest = false, period = false
            for k in max(0, i - 4)..<i {
                if earnWords.contains(tokens[k]) { earn = true }
                if investWords.contains(tokens[k]) { invest = true }
            }
            var last = i
            for k in (i + 1)..<min(tokens.count, i + 5) {
                if periodWords.contains(tokens[k]) { period = true; last = k; break }
                if investWords.contains(tokens[k]) { invest = true; last = k }
            }
            let confidence = earn && period ? 0.85 : invest && (earn || period) ? 0.8 : earn ? 0.4 : 0
            guard confidence > 0 else { continue }
            let span = TextSpan(tokens[max(0, i - 2)].span.start, tokens[last].span.end)
            signals.append(Signal(kind: "money", confidence: confidence, span: span, text: text.text(span), reason: "promises of easy money"))
        }
    }

    private func isMoney(_ i: Int, _ text: AnalyzedText) -> Bool {
        let token = text.tokens[i]
        guard let first = token.norm.unicodeScalars.first, Tokenizer.isDigit(first) else { return false }
        let start = token.span.start
        if start > 0, ["£", "$", "€"].contains(text.scalars[start - 1]) { return true }
        return i + 1 < text.tokens.count && moneyWords.contains(text.tokens[i + 1].key)
    }

    // MARK: - Impersonation

    /// An author who is not the page but whose name copies the practice's ("Quorn Medical Center Help Desk").
    private func impersonation(_ input: DetectorInput) -> Signal? {
        guard !input.item.fromPage, let author = input.item.author?.name, !author.isEmpty else { return nil }
        guard Self.mightImitate(author, practiceNames) else { return nil }
        let words = AnalyzedText(author).tokens.map { Self.canonical($0.key) }
        for name in practiceNames {
            let distinctiveFound = !name.distinctive.isEmpty && name.distinctive.allSatisfy { d in
                words.contains { $0 == d || $0.hasPrefix(d) || (d.count >= 4 && Self.withinOneEdit($0, d)) }
            }
            let genericFound = name.generic.filter { words.contains($0) }.count
            let padded = words.contains { impersonatorWords.contains($0) }
            let copies = distinctiveFound ? genericFound >= 1 || padded
                : name.distinctive.isEmpty && name.generic.count >= 2 && genericFound == name.generic.count
            if copies {
                return Signal(kind: "impersonation", confidence: 0.9, span: TextSpan(0, 0), text: author,
                              reason: "posted under a name that imitates the practice's")
            }
        }
        return nil
    }

    /// A cheap first look, so most authors' names are not analysed: an imitation contains all but at
    /// most one of the letters of a distinctive word of the practice's name (an edit or a swap changes
    /// at most one), or of its generic words when it has no distinctive one.
    static func mightImitate(_ author: String, _ names: [(distinctive: [String], generic: [String])]) -> Bool {
        // A bitmap of the bytes present: no hashing.
        var present: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        func has(_ b: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 {
            case 0: return present.0 & bit != 0
            case 1: return present.1 & bit != 0
            case 2: return present.2 & bit != 0
            default: return present.3 & bit != 0
            }
        }
        for raw in author.utf8 {
            let b = raw >= 65 && raw <= 90 ? raw + 32 : raw
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 {
            case 0: present.0 |= bit
            case 1: present.1 |= bit
            case 2: present.2 |= bit
            default: present.3 |= bit
            }
        }
        for name in names {
            for word in name.distinctive.isEmpty ? name.generic : name.distinctive {
                var missing = 0
                for b in word.utf8 where !has(b) { missing += 1 }
                if missing <= 1 { return true }
            }
        }
        return false
    }

    /// Spellings that name the same thing: "center" and "centre", "rn" read as "m".
    static func canonical(_ key: String) -> String {
        switch key {
        case "center", "ctr", "cntr", "centr": return "centre"
        case "med", "medic", "medicals": return "medical"
        case "practise": return "practice"
        default: break
        }
        guard key.containsBytes("rn") else { return key }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar = "\u{0}"
        for s in key.unicodeScalars {
            if s == "n", previous == "r" { out.removeLast(); out.append("m") } else { out.append(s) }
            previous = s
        }
        return String(out)
    }

    /// True when `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        if i == x.count && i == y.count { return true }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
    }
}
