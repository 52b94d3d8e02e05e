extension AnalyzedText {
    /// Token indices of the sentence that holds token `index`.
    func sentence(around index: Int) -> ClosedRange<Int> {
        var lo = index
        while lo > 0, !tokens[lo].shape.contains(.sentenceStart) { lo -= 1 }
        var hi = index
        while hi + 1 < tokens.count, !tokens[hi + 1].shape.contains(.sentenceStart) { hi += 1 }
        return lo...hi
    }

    /// True when a sentence (token indices) asks rather than tells: it ends with "?", or opens with a
    /// question word ("do", "is", "can", …) or a hedge ("is it true", "anyone know").
    func isQuestion(_ sentence: ClosedRange<Int>) -> Bool {
        let end = sentence.upperBound + 1 < tokens.count ? tokens[sentence.upperBound + 1].span.start : folded.count
        for k in tokens[sentence.upperBound].span.end..<end where folded[k] == "?" { return true }
        // A "?" inside the sentence also marks a question ("is it true? my friend says…" splits otherwise).
        for k in tokens[sentence.lowerBound].span.start..<tokens[sentence.upperBound].span.end where folded[k] == "?" { return true }
        let first = sentence.lowerBound
        switch tokens[first].key {
        case "do", "does", "did":
            // "Do not take…" tells.
            return !(first < sentence.upperBound && tokens[first + 1].key == "not")
        case "is", "are", "can", "could", "should", "would", "wil", "has", "have", "was", "were", "why", "how", "anyone", "anybody", "doesnt", "isnt", "arent":
            return true
        default:
            return false
        }
    }
}
