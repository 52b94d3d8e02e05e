/// The tone emoji give a comment: anger ("😡", "👎"), an eye-roll that marks sarcasm ("🙄", "🤦"), or
/// approval ("👍", "🥰", "🙏"). Intent detectors take these as hints, never as proof on their own.
struct EmojiTone: Sendable {
    var angry: TextSpan?
    var eyeRoll: TextSpan?
    var approving: TextSpan?

    init(_ text: AnalyzedText) {
        for (i, s) in text.scalars.enumerated() where s.value >= 0x2700 {
            let span = TextSpan(i, i + 1)
            switch s.value {
            case 0x1F621, 0x1F92C, 0x1F620, 0x1F47F, 0x1F4A2, 0x1F624, 0x1F44E, 0x1F92E, 0x1F922:
                if angry == nil { angry = span }
            case 0x1F644, 0x1F926, 0x1F612, 0x1F611:
                if eyeRoll == nil { eyeRoll = span }
            case 0x1F44D, 0x1F64C, 0x1F44F, 0x1F970, 0x1F60D, 0x2764, 0x1F499, 0x1F495, 0x1F496, 0x1F497, 0x1F64F, 0x1F60A, 0x1F917:
                if approving == nil { approving = span }
            default:
                continue
            }
        }
    }
}
