import Testing
@testable import DecorumCore

@Suite("Text analysis")
struct AnalyzedTextTests {
    @Test("obfuscated spellings share a key with the plain word", arguments: [
        ("fuuuuck", "fuck"), ("sh1t", "shit"), ("F*CK", "f*ck"), ("bl**dy", "bl**dy"), ("ar$e", "arse"), ("Ｆｕｃｋ", "fuck"),
    ])
    func keys(written: String, key: String) {
        let text = AnalyzedText(written)
        #expect(text.tokens.count == 1)
        #expect(text.tokens.first?.key == Tokenizer.key(key))
    }

    @Test("spaced-out letters are joined into one word")
    func joined() {
        let text = AnalyzedText("well f u c k you")
        #expect(text.joinedTokens.map(\.key) == ["fuck"])
        #expect(text.text(text.joinedTokens[0].span) == "f u c k")
    }

    @Test("offsets count Unicode scalars, not bytes or characters")
    func offsets() {
        let text = AnalyzedText("😀 cafe\u{301} Dr Patel")
        let patel = text.tokens.last!
        #expect(patel.span == TextSpan(11, 16))
        #expect(text.text(patel.span) == "Patel")
        #expect(patel.isCapitalized)
        #expect(text.tokens.map(\.norm) == ["cafe", "dr", "patel"])
    }

    @Test("phrase patterns match alternatives, gaps and optional words")
    func phrases() {
        let matcher = PhraseMatcher<String>([
            ("want|going to ~2 kill|end my*", "self-harm"),
            ("the|a [very] new nurse", "role"),
        ])
        let found = matcher.matches(in: AnalyzedText("I just want to really end myself tbh. Saw the new nurse").tokens)
        #expect(found.map(\.label) == ["self-harm", "role"])
        #expect(matcher.matches(in: AnalyzedText("I want to end the call").tokens).isEmpty)
    }
}
