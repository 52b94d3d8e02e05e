/// An item's text, analysed once and shared by every detector: the original scalars, a folded copy
/// of the same length (so offsets carry over), and the words.
public struct AnalyzedText: Sendable {
    /// The text as received.
    public let original: String
    /// The original text's Unicode scalars; spans index into this.
    public let scalars: [Unicode.Scalar]
    /// Lower-cased and folded, one scalar for each of `scalars`; invisible characters become U+0000.
    public let folded: [Unicode.Scalar]
    /// The words, in order.
    public let tokens: [Token]
    /// Words made by joining runs of spaced-out single letters ("f u c k", "s.h.i.t").
    public let joinedTokens: [Token]

    public init(_ text: String) {
        original = text
        // One pass: counting the scalars first would walk the text twice. UTF-8 length bounds their number.
        var scalars = [Unicode.Scalar](), folded = [Unicode.Scalar]()
        scalars.reserveCapacity(text.utf8.count)
        folded.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            scalars.append(s)
            folded.append(ScalarFolding.fold(s) ?? "\u{0}")
        }
        self.scalars = scalars
        self.folded = folded
        let tokens = Tokenizer.tokens(scalars: scalars, folded: folded)
        self.tokens = tokens
        joinedTokens = Tokenizer.joinSpacedLetters(tokens, folded: folded)
    }

    /// The original text of a span.
    public func text(_ span: TextSpan) -> String {
        let lo = max(0, span.start), hi = min(scalars.count, span.end)
        return lo < hi ? String(scalars: scalars[lo..<hi]) : ""
    }

    /// The folded text of a span (lower case, accents removed).
    public func foldedText(_ span: TextSpan) -> String {
        let lo = max(0, span.start), hi = min(folded.count, span.end)
        guard lo < hi else { return "" }
        let visible = folded[lo..<hi]
        return visible.contains("\u{0}") ? String(scalars: visible.filter { $0 != "\u{0}" }) : String(scalars: visible)
    }

    /// The span from the start of token `from` to the end of token `to` (inclusive indices).
    public func span(tokens from: Int, _ to: Int) -> TextSpan {
        TextSpan(tokens[from].span.start, tokens[to].span.end)
    }

    /// Index of the first token whose span starts at or after `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
