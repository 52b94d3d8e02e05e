import Testing
@testable import DecorumCore

@Suite("Abusive language")
struct AbusiveDetectorTests {
    let detector = AbusiveDetector()

    func abusive(_ text: String) -> Double { runDetector(detector, text).confidence(.abusive) }

    @Test("strong profanity is abusive however it is disguised", arguments: [
        "What a fucking joke this surgery is",
        "3 weeks for a call back, absolute f***ing disgrace",
        "f*ck this place",
        "the f**king phones are never answered",
        "sh*t service from start to finish and the c*nt on the desk didn't care",
        "you lot are a bunch of b*****ds",
        "fuuuuuck me, 47th in the queue again",
        "well f u c k you then",
        "s.h.i.t.e customer service, doctor is a c.u.n.t",
        "Fcking useless, binned my prescription again",
        "absolutely fuming, what a load of b0ll0cks, the receptionist is a tw@t",
        "motherfuckers lost my blood results",
        "Ｆｕｃｋ the lot of you",
        "sick of this fuсking surgery",   // Cyrillic с
        "wankers the lot of them",
        "FFS answer the phone",
    ])
    func strongProfanity(text: String) {
        #expect(abusive(text) >= 0.5, "\(text)")
    }

    @Test("insults aimed at a person or the staff are abusive", arguments: [
        "The receptionist is a stupid cow",
        "stupid cow on reception hung up on me",
        "you bloody idiot, you gave my mum the wrong tablets",
        "Dr Ahmed is a complete moron",
        "incompetent bitch on the phone this morning",
        "useless cow wouldn't even look at me",
        "what a jobsworth that practice manager is",
        "the new nurse is a right muppet",
        "you lot are idiots",
        "that snotty dragon on the front desk",
        "jumped up little hitler on reception",
        "the receptionists are a waste of space",
        "she's a nasty old witch",
        "get a brain, you absolute numpty",
        "who does that arrogant prick think he is",
        "sod off and do your job",
        "the doctor is a dickhead",
        "bunch of clowns running this place",
        "you b1tch",
    ])
    func insults(text: String) {
        #expect(abusive(text) >= 0.5, "\(text)")
    }

    @Test("threats and intimidation are abusive with high confidence", arguments: [
        "I'll be waiting for her in the car park",
        "I know where you live",
        "we know where she lives, just saying",
        "watch your back",
        "you'd better watch your back Sharon",
        "someone's going to get hurt if this carries on",
        "I'll smash the place up if I don't get my meds",
        "Ill burn it down",
        "I'm going to punch that receptionist in the face",
        "im gonna kill her",
        "If she does it again I'll knock her teeth out",
        "keep refusing me and I won't be responsible for my actions",
        "she deserves a good slap",
        "I hope you die",
        "hope they rot in hell",
        "you'll regret this",
        "I'll make your life hell",
        "someone should shoot that doctor",
        "wait till I get my hands on her",
        "I'll put a brick through your window",
        "you're dead",
        "I'll be waiting outside for you when you finish",
    ])
    func threats(text: String) {
        #expect(abusive(text) >= 0.85, "\(text)")
    }

    @Test("slurs and hateful statements about a group are abusive", arguments: [
        "go back to your own country",
        "Go back where you came from",
        "foreigners taking our GP appointments again",
        "immigrants getting all the appointments while we wait",
        "too many foreigners in this surgery",
        "bloody foreigners everywhere",
        "the doctor is a p4ki",
        "muslims are all terrorists",
        "immigrants should all be deported",
        "women shouldn't be doctors",
        "spoke to some retard on the phone",
        "the receptionist is a fat dyke",
        "gays are disgusting",
        "I asked for a white doctor",
    ])
    func hate(text: String) {
        #expect(abusive(text) >= 0.5, "\(text)")
    }

    @Test("everyday idiom, mild swearing into the air and innocent words are not abusive", arguments: [
        "killer headache today, is the walk-in open?",
        "I could kill for a coffee after that wait",
        "this wait is killing me",
        "dying to know if my bloods are back",
        "bloody freezing in the car park this morning",
        "bloody hell, the queue was out the door",
        "hell of a wait but the nurse was lovely",
        "damn, forgot my repeat again",
        "moved here from Scunthorpe last year",
        "Essex girl now living in Quorn",
        "had a cocktail at the party, is that OK with my antibiotics?",
        "waiting for my ADHD assessment",
        "shiitake mushrooms are meant to be good for you",
        "we watched a film about Dick Turpin",
        "you lot are a joke",
        "the receptionists are useless and rude",
        "as soon as possible please",
        "my heel has been sore for weeks",
        "Dr Pratt was lovely",
        "finger prick test for my diabetes, didn't hurt",
        "I felt like such an idiot when I forgot my appointment",
        "I'm a complete muppet, I went to the wrong surgery",
        "nipped out for a fag and missed my name being called",
        "having faggots and peas for tea",
        "my dog is a right pig with his food",
        "the cow's milk allergy clinic",
        "is the flu clinic still on Saturday?",
        "5* service, thank you",
        "I'm scared he will hit her again",
        "I would never hurt anyone",
        "the injection will hurt you a bit",
        "I'll hit the shops after my appointment",
        "going back to work after my operation",
        "I went back to my own GP in the end",
        "I hurt everywhere after the fall",
        "he's ill, can someone call me back",
        "watch your step, the path is icy",
        "thanks Dr Who, great episode",
        "passed the test with flying colours",
        "I'll be waiting for your call",
        "drop dead gorgeous flowers in reception",
        "I bought polish for the car",
        "the Arsenal match was on",
        "constipated, pissed off and tired",
        "I'll hit you up when the results are back",
    ])
    func negatives(text: String) {
        #expect(abusive(text) < 0.5, "\(text)")
    }

    @Test("mild swearing alone is a weak hint, not a finding to act on")
    func mildAlone() {
        let d = runDetector(detector, "bloody cold in the car park")
        #expect(d.confidence(.abusive) == 0.3)
    }

    @Test("masked words match listed words of the same length whose letters agree", arguments: [
        ("f***", true), ("f*ck", true), ("sh*t", true), ("c*nt", true), ("b*****d", true), ("bl**dy", true),
        ("5***", false), ("x***", false), ("f*", false), ("**", false),
    ])
    func masked(word: String, matches: Bool) {
        let token = AnalyzedText(word).tokens.first
        #expect((token.flatMap(detector.entry(for:)) != nil) == matches, "\(word)")
    }

    @Test("letter runs: doubled letters must be the word's own or stretched for emphasis", arguments: [
        ("fuuuuck", "fuck", true), ("heel", "hell", false), ("hell", "hell", true), ("as", "ass", false),
        ("a$$", "ass", true), ("pratt", "prat", false), ("shiiiiit", "shit", true),
    ])
    func runs(token: String, word: String, agrees: Bool) {
        let letters = Array(token.unicodeScalars).map { ScalarFolding.leet($0) }
        #expect(AbusiveDetector.runsAgree(letters, Array(word.unicodeScalars), prefixOnly: false) == agrees)
    }

    @Test("evidence names the words that show the abuse")
    func evidence() {
        let d = runDetector(detector, "Honestly the receptionist is a stupid cow and I'm fuming")
        let words = d.findings.first?.evidence.map(\.text) ?? []
        #expect(words.contains("cow"))
        #expect(d.findings.first?.evidence.allSatisfy { $0.detector == "abusive-lexicon" } == true)
    }

    @Test("a staff name found earlier makes an insult aimed")
    func staffEntity() {
        let text = "Honestly Sharon idiot"
        let sharon = Entity(kind: .person, span: TextSpan(9, 15), text: "Sharon", subject: .staff, detector: "staff-names")
        #expect(runDetector(detector, text, entities: [sharon]).confidence(.abusive) >= 0.5)
        #expect(runDetector(detector, text).confidence(.abusive) < 0.5)
    }
}
