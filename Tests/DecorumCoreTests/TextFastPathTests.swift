import Testing
@testable import DecorumCore

/// The engine's fast paths must give exactly what the plain ways of doing the same thing give.
@Suite("Text fast paths")
struct TextFastPathTests {
    @Test("strings built from scalars equal the standard library's, for one- to four-byte UTF-8", arguments: [
        "", "plain ascii", "café", "Zoë’s “quote”", "€100 and ½", "😀 emoji 👩🏽‍⚕️ family", "ｆｕｌｌ　ｗｉｄｔｈ", "a very long comment that is well over fifteen bytes",
    ])
    func scalarStrings(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        #expect(String(scalars: scalars) == String(view))
        #expect(String(scalars: scalars).utf8.elementsEqual(text.utf8))
        if scalars.count > 2 {
            #expect(String(scalars: scalars[1..<scalars.count - 1]) == String(String.UnicodeScalarView(scalars[1..<scalars.count - 1])))
        }
    }

    @Test("a token's key hash and head are those of its key", arguments: [
        "Hello there, Dr Ñúñez! f.u.c.k sh1t £5 a I 😀 x", "a", "Ω mega-long-word-that-is-long",
    ])
    func tokenHashes(_ text: String) {
        let analysed = AnalyzedText(text)
        for token in analysed.tokens + analysed.joinedTokens {
            #expect(token.keyHash == KeyHash.of(token.key))
            let bytes = Array(token.key.utf8)
            let head = UInt16(bytes.first ?? 0) << 8 | UInt16(bytes.count > 1 ? bytes[1] : 0)
            #expect(token.keyHead == head, "\(token.key)")
            // Set by the tokenizer for plain words; joined words leave it to the slow check.
            let plain = token.norm.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
            if token.shape.contains(.joined) { #expect(!token.shape.contains(.plainLetters) || plain) }
            else { #expect(token.shape.contains(.plainLetters) == plain, "\(token.norm)") }
        }
    }

    @Test("a key table finds every key it holds and no other")
    func keyTable() {
        let keys = (1...500).map { KeyHash.of("word\($0)") }
        let table = KeyTable(keys.enumerated().map { ($0.element, $0.offset) })
        for (i, k) in keys.enumerated() { #expect(table[k] == i) }
        #expect(table[KeyHash.of("word501")] == nil)
        #expect(table[KeyHash.of("")] == nil)
        let set: WordSet = ["not", "never", "dont"]
        #expect(set.contains("never"))
        #expect(!set.contains("ever"))
        #expect(set.contains(AnalyzedText("Never").tokens[0]))
    }

    @Test("phrase steps with many alternatives, one-byte prefixes and gaps match as the plain reading would")
    func manyAlternatives() {
        let matcher = PhraseMatcher<String>([
            ("i|im|i'm ~2 going|gonna to|ta kill|hurt|end|harm|stab|punch|batter|smash", "threat"),
            ("you are a|an idiot|moron|muppet|clown|joke|disgrace|liar|fraud", "insult"),
            ("d* doctor*", "d-prefix"),
            ("that receptionist* [really] was|is rude", "rude"),
        ])
        func labels(_ s: String) -> [String] { matcher.matches(in: AnalyzedText(s).tokens).map(\.label) }
        #expect(labels("I'm really going to smash his car") == ["threat"])
        #expect(labels("i am going to smash") == ["threat"])
        #expect(labels("i was never really going to smash it") == [])
        #expect(labels("You are a muppet") == ["insult"])
        #expect(labels("you are a star") == [])
        #expect(labels("dreadful doctors") == ["d-prefix"])
        #expect(labels("awful doctors") == [])
        #expect(labels("that receptionists is rude") == ["rude"])
        #expect(labels("that receptionist really was rude") == ["rude"])
        #expect(labels("that reception was rude") == [])
    }
}
