/// Finds photographs of patients or staff and recordings of consultations, from what is attached to
/// an item and what its text says ("took a pic of the receptionist", "I'll post the recording").
public struct MediaDetector: Detector {
    public let name = "media-cues"
    private let phrases: IntentPhraseSet

    /// Compiles the media lexicon.
    public init() {
        phrases = IntentPhraseSet(MediaPhrases.cues, MediaPhrases.veto)
    }

    /// Compiles the media lexicon; the practice's details are not needed.
    public init(context: DetectionContext) { self.init() }

    /// What kinds of media an item carries, from attachment types and file names.
    struct Media: OptionSet {
        let rawValue: UInt8
        static let picture = Media(rawValue: 1 << 0)
        static let video = Media(rawValue: 1 << 1)
        static let audio = Media(rawValue: 1 << 2)
    }

    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        let media = Self.media(of: input.item.attachments)
        if media.isEmpty, text.tokens.isEmpty { return .none }
        let found = phrases.matches(in: text)
        if media.isEmpty, !found.contains(where: { $0.cue.tag == "photoact" || $0.cue.tag == "recact" }) { return .none }

        var photo = IntentTally(), recording = IntentTally()
        var photoScene: IntentMatch?, photoNeg = false, recScene: IntentMatch?, recNeg = false
        for m in found {
            switch m.cue.tag {
            case "photoact", "recact":
                // "I would never film the staff", "I didn't record the call".
                let weight = IntentPhraseSet.isNegated(text, before: m.first) ? 0.3 : m.cue.weight
                if m.cue.tag == "photoact" { photo.add(weight, m.span, m.cue.reason) } else { recording.add(weight, m.span, m.cue.reason) }
            case "photoscene": if photoScene == nil { photoScene = m }
            case "photoneg": photoNeg = true
            case "recscene": if recScene == nil { recScene = m }
            case "recneg": recNeg = true
            default: break
            }
        }

        let none = TextSpan(0, 0)
        if !media.isDisjoint(with: [.picture, .video]) {
            let kind = media.contains(.picture) ? "a photo" : "a video"
            if let scene = photoScene {
                photo.add(photoNeg ? 0.45 : 0.85, scene.span, "\(kind) of the surgery, its patients or staff")
            } else if !photoNeg {
                photo.add(0.3, none, "\(kind) attached")
            }
        }
        if media.contains(.audio) || media.contains(.video) {
            let kind = media.contains(.audio) ? "a sound recording" : "a video"
            let strong = media.contains(.audio) ? 0.85 : 0.75
            if let scene = recScene {
                recording.add(recNeg ? 0.4 : strong, scene.span, "\(kind) of a consultation or call")
            } else if !recNeg, media.contains(.audio) {
                recording.add(0.3, none, "\(kind) attached")
            }
        }

        var findings = [Finding]()
        if let f = photo.finding(.photography, text, detector: name) { findings.append(f) }
        if let f = recording.finding(.consultationRecording, text, detector: name) { findings.append(f) }
        return findings.isEmpty ? .none : Detection(findings: findings)
    }

    /// The kinds of media attached; a file or link counts by its extension (".jpg", ".mp3", ".mp4").
    static func media(of attachments: [Attachment]) -> Media {
        var media: Media = []
        for attachment in attachments {
            switch attachment.type {
            case .photo: media.insert(.picture)
            case .video: media.insert(.video)
            case .audio: media.insert(.audio)
            case .link, .file:
                guard let url = attachment.url else { continue }
                media.formUnion(kind(ofFile: url))
            }
        }
        return media
    }

    private static let pictureExtensions: Set<String> = ["jpg", "jpeg", "png", "heic", "heif", "gif", "webp"]
    private static let videoExtensions: Set<String> = ["mp4", "mov", "m4v", "avi", "webm", "3gp", "mkv"]
    private static let audioExtensions: Set<String> = ["mp3", "m4a", "wav", "aac", "ogg", "opus", "amr", "flac"]

    private static func kind(ofFile url: String) -> Media {
        var path = Substring(url)
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<q] }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return [] }
        let ext = path[path.index(after: dot)...].lowercased()
        if pictureExtensions.contains(ext) { return .picture }
        if videoExtensions.contains(ext) { return .video }
        if audioExtensions.contains(ext) { return .audio }
        return []
    }
}
