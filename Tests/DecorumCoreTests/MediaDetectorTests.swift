import Testing
@testable import DecorumCore

@Suite("Media detector")
struct MediaDetectorTests {
    let detector = MediaDetector()
    static let photo = [DecorumCore.Attachment(type: .photo, url: "https://scontent.example/p/123.jpg")]
    static let video = [DecorumCore.Attachment(type: .video, url: "https://scontent.example/v/9.mp4")]
    static let audio = [DecorumCore.Attachment(type: .audio, url: "https://cdn.example/a/55.m4a")]

    func confidence(_ category: Category, _ text: String, _ attachments: [DecorumCore.Attachment] = []) -> Double {
        IntentHarness.confidence(detector, category, text, attachments: attachments)
    }

    @Test("a photo showing the surgery, its patients or staff is photography", arguments: [
        "look at the state of this waiting room",
        "this is the receptionist who laughed at me",
        "rammed in here today, standing room only",
        "the queue outside at 7.45am",
        "Here's the culprit",
    ])
    func photoWithScene(text: String) {
        #expect(confidence(.photography, text, Self.photo) >= 0.8, "\(text)")
        #expect(confidence(.photography, text, Self.video) >= 0.8, "\(text)")
    }

    @Test("talk of photographing or filming staff or patients is photography, attached or not", arguments: [
        "I took a pic of the receptionist so everyone knows who she is",
        "filmed the queue this morning, will post later",
        "got her on camera being rude",
        "Snapped a photo of the nurse's name badge",
        "im gonna film them next time",
    ])
    func photoTalk(text: String) {
        #expect(confidence(.photography, text) >= 0.8, "\(text)")
    }

    @Test("a photo with nothing said of its subject is only a hint of photography")
    func bareAttachment() {
        let c = confidence(.photography, "what do you all think??", Self.photo)
        #expect(c > 0 && c < 0.5)
    }

    @Test("a photo of a leaflet, a sunset or one's own rash is not photography", arguments: [
        "photo of the leaflet you posted, is this still right?",
        "beautiful sunset over the surgery car park tonight",
        "took a photo of my rash, should I send it in?",
        "screenshot of your post about flu jabs",
    ])
    func harmlessPhotos(text: String) {
        #expect(confidence(.photography, text, Self.photo) < 0.5, "\(text)")
    }

    @Test("talk of recording a consultation or call is a consultation recording", arguments: [
        "I recorded my appointment with the doctor",
        "recorded the call with the receptionist",
        "got the whole consultation on my phone",
        "I'll post the recording if they don't apologise",
        "secretly recorded Dr Whitfield telling me there was nothing wrong",
        "gonna record every call from now on",
        "I've got it all on tape",
    ])
    func recordingTalk(text: String) {
        #expect(confidence(.consultationRecording, text) >= 0.8, "\(text)")
    }

    @Test("a sound recording of a consultation or call is a consultation recording", arguments: [
        "listen to what the GP said to me",
        "this was my phone consultation yesterday",
        "proof they told me to go to a&e",
    ])
    func audioWithScene(text: String) {
        #expect(confidence(.consultationRecording, text, Self.audio) >= 0.8, "\(text)")
    }

    @Test("a sound recording with nothing said of it is only a hint", arguments: ["", "😡😡😡"])
    func bareAudio(text: String) {
        let c = confidence(.consultationRecording, text, Self.audio)
        #expect(c > 0 && c < 0.5)
    }

    @Test("records, recorded delivery and one's own memos are not recordings", arguments: [
        "sent my form by recorded delivery after the call",
        "record numbers at the flu clinic today, well done",
        "please update my medical records with my new address",
        "calls may be recorded for training purposes",
        "voice memo of my own medication list to remember",
        "can you check the record of my last appointment?",
    ])
    func notRecordings(text: String) {
        #expect(confidence(.consultationRecording, text) < 0.5, "\(text)")
    }

    @Test("a sound recording of one's own memo or a song is not a consultation recording", arguments: [
        "voice memo of my own medication list to remember",
        "my little one singing happy birthday to the nurses",
    ])
    func harmlessAudio(text: String) {
        #expect(confidence(.consultationRecording, text, Self.audio) < 0.5, "\(text)")
    }

    @Test("a plain comment without media or media talk finds nothing")
    func plain() {
        #expect(IntentHarness.run(detector, "what time does the surgery open on Saturday?").findings.isEmpty)
        #expect(detector.name == "media-cues")
    }

    @Test("a link or file counts by its extension", arguments: [
        ("https://x.example/clip.mp3", true), ("https://x.example/a.M4A?dl=1", true), ("https://nhs.uk/page", false),
    ])
    func fileKinds(url: String, isAudio: Bool) {
        #expect(MediaDetector.media(of: [DecorumCore.Attachment(type: .link, url: url)]).contains(.audio) == isAudio)
    }
}
