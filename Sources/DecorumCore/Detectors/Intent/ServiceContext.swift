/// Tells whether a comment talks about the practice's care or service at all: a word of the trade
/// ("surgery", "receptionist", "prescription"), the practice's own name, or a member of staff named as
/// the roster names them. Everyday grievances and verdicts ("ridiculous", "is brilliant", "what's the
/// point") are read as a complaint or a review only in such a comment, so "the queue at Tesco was
/// ridiculous" stays quiet.
struct ServiceContext: Sendable {
    private let words: PhraseMatcher<Int>
    /// Key hashes of staff surnames and the distinctive words of the practice's names, whatever their case.
    private let names: KeyTable<Bool>
    /// Key hashes of staff first names and aliases, found only when written with a capital: "Will on
    /// reception", not "will you"; at the start of a sentence only when no pronoun follows ("Will you…").
    private let givenNames: KeyTable<Bool>

    /// Words that follow a capitalised everyday word at the start of a sentence ("Will you", "May I",
    /// "Hope everyone", "Mark my words"), so the word is not taken for a staff name.
    private static let notAfterName: WordSet = [
        "i", "you", "we", "they", "he", "she", "it", "the", "a", "an", "my", "your", "all", "everyone",
        "this", "that", "be", "to", "there", "our", "his", "her", "its", "so", "u", "ya", "ye",
    ]

    init(context: DetectionContext? = nil) {
        var matcher = PhraseMatcher<Int>()
        for line in ServiceContextWords.phrases.split(separator: "\n") {
            let pattern = line.drop { $0 == " " }
            if !pattern.isEmpty { matcher.add(PhrasePattern(literal: String(pattern)), label: 0) }
        }
        words = matcher
        var names = Set<UInt64>(), givenNames = Set<UInt64>()
        let titles: Set<String> = ["dr", "nurse", "sister", "mr", "mrs", "ms", "miss", "prof", "doctor"]
        let generic: Set<String> = ["medical", "centre", "center", "surgery", "practice", "health", "the", "group", "gp", "family", "and", "of", "clinic"]
        for member in context?.staff ?? [] {
            let keys = AnalyzedText(member.name).tokens.map(\.key).filter { !titles.contains($0) && $0.count > 1 }
            if keys.count > 1, let last = keys.last { names.insert(KeyHash.of(last)) }
            for key in keys.dropLast(keys.count > 1 ? 1 : 0) { givenNames.insert(KeyHash.of(key)) }
            for alias in member.aliases {
                for key in AnalyzedText(alias).tokens.map(\.key) where !titles.contains(key) && key.count > 1 {
                    givenNames.insert(KeyHash.of(key))
                }
            }
        }
        for nameKeys in context?.practiceNameKeys ?? [] {
            for key in nameKeys where !generic.contains(key) && key.count > 2 { names.insert(KeyHash.of(key)) }
        }
        self.names = KeyTable(set: names)
        self.givenNames = KeyTable(set: givenNames.subtracting(names))
    }

    /// True when the text names the practice's care or service, the practice, or a member of its staff.
    func isPresent(in text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        for (i, token) in tokens.enumerated() {
            if names.contains(token.keyHash) { return true }
            guard givenNames.contains(token.keyHash), token.isCapitalized else { continue }
            if !token.shape.contains(.sentenceStart) { return true }
            if i + 1 < tokens.count, !tokens[i + 1].shape.contains(.sentenceStart), !Self.notAfterName.contains(tokens[i + 1]) { return true }
        }
        return words.containsMatch(in: text.tokens)
    }
}
