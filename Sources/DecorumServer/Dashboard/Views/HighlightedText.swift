/// A comment's text cut into pieces for a template: the evidence Decorum found marked, and characters that
/// could disguise the text shown by their code. Offsets are Unicode scalars, as the engine counts them.
enum HighlightedText {
    struct Piece: Sendable, Hashable {
        var text: String
        var marked: Bool
        var isControl: Bool
        /// Why the piece is marked (for the `title` of the `<mark>`).
        var reason: String
    }

    static func pieces(_ text: String, marks: [(start: Int, end: Int, reason: String)]) -> [Piece] {
        let scalars = Array(text.unicodeScalars)
        var reasons = [String?](repeating: nil, count: scalars.count)
        for mark in marks {
            let start = max(0, min(mark.start, scalars.count)), end = max(start, min(mark.end, scalars.count))
            for i in start..<end where reasons[i] == nil { reasons[i] = mark.reason }
        }
        var pieces = [Piece]()
        var current = String.UnicodeScalarView()
        var currentReason: String?
        func flush() {
            guard !current.isEmpty else { return }
            for run in DisplayText.runs(String(current)) {
                pieces.append(Piece(text: run.text, marked: currentReason != nil, isControl: run.isControl, reason: currentReason ?? ""))
            }
            current = String.UnicodeScalarView()
        }
        for (i, scalar) in scalars.enumerated() {
            if reasons[i] != currentReason {
                flush()
                currentReason = reasons[i]
            }
            current.append(scalar)
        }
        flush()
        return pieces
    }
}
