import Testing
@testable import DecorumCore

@Suite("Health misinformation")
struct MisinformationDetectorTests {
    let detector = MisinformationDetector()

    func misinformation(_ text: String) -> Double { runDetector(detector, text).confidence(.misinformation) }

    @Test("known false health claims are misinformation", arguments: [
        "The MMR causes autism, my nephew was never the same after his jab",
        "my son became autistic after the MMR",
        "these vaccines are making young women infertile",
        "they're putting microchips in the vaccines so they can track us",
        "after my booster a magnet sticks to my arm",
        "the jab makes you magnetic",
        "stay away from the vaccinated, they're shedding spike protein",
        "the mRNA jab alters your DNA permanently",
        "more people died from the jab than from covid",
        "this vaccine is killing thousands and nobody reports it",
        "the covid vaccine is poison",
        "my husband is vaccine injured and the GP won't listen",
        "the flu jab gives you flu, everyone knows that",
        "covid is a hoax",
        "Covid was just a bad cold, the rest was fear",
        "5G masts spread covid",
        "Homeopathy works better than vaccines, ask for the nosodes instead",
        "antibiotics cure colds, I always get some for mine",
        "you need antibiotics to get rid of the flu",
        "drinking bleach cures autism, look up MMS",
        "ivermectin for covid works, they just won't tell you",
        "turmeric cures cancer, chemo is poison",
        "my aunt cured her cancer with apricot kernels",
        "an alkaline diet starves cancer cells and cures it",
        "cannabis oil shrinks tumours, better than chemo",
        "big pharma are hiding the cure for cancer",
        "statins are poison, bin them",
        "Don't take your statins, turmeric works better",
        "the vaccines don't work, never have",
        "vitamin C cures colds",
        "measles is harmless, better to catch it naturally",
    ])
    func claims(text: String) {
        #expect(misinformation(text) >= 0.5, "\(text)")
    }

    @Test("questions about a claim count for little", arguments: [
        "do antibiotics help a cold?",
        "Is it true the MMR causes autism?",
        "Can the flu jab give you flu? Asking for my mum",
        "does turmeric cure cancer or is that rubbish",
        "Is ivermectin used for covid?",
    ])
    func questions(text: String) {
        let confidence = misinformation(text)
        #expect(confidence < 0.5, "\(text)")
    }

    @Test("corrections and plain health talk are not misinformation", arguments: [
        "the MMR does NOT cause autism",
        "Just to say, the MMR doesn't cause autism, please get your kids vaccinated",
        "There's no link between the MMR and autism",
        "that myth about vaccines causing autism was debunked years ago",
        "antibiotics won't cure a cold, it's a virus",
        "Antibiotics treat bacterial infections, not viruses like colds",
        "the mRNA vaccine does not change your DNA",
        "conspiracy theorists say 5G spreads covid, it's rubbish",
        "I had my flu jab today, sore arm but fine",
        "my nan had chemo and radiotherapy and is in remission",
        "the nurse said my cold was viral so no antibiotics, fair enough",
        "turmeric latte recipe anyone?",
        "ivermectin cream has really helped my rosacea",
        "is the covid booster clinic on Saturday?",
        "my son is autistic and the team have been brilliant",
        "I take statins and they've lowered my cholesterol",
        "the injection is killing me, so sore",
        "killer headache after my jab but better now",
    ])
    func negatives(text: String) {
        #expect(misinformation(text) < 0.5, "\(text)")
    }

    @Test("evidence quotes the claim")
    func evidence() {
        let d = runDetector(detector, "Honestly, the MMR causes autism.")
        #expect(d.findings.first?.evidence.first?.text == "MMR causes autism")
        #expect(d.findings.first?.evidence.first?.detector == "health-claims")
    }
}
