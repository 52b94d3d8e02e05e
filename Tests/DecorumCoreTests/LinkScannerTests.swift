import Testing
@testable import DecorumCore

@Suite("Link scanning")
struct LinkScannerTests {
    func hosts(_ text: String) -> [String] { LinkScanner.links(in: AnalyzedText(text)).map(\.host) }

    @Test("full URLs, www addresses and bare domains give their host", arguments: [
        ("book here https://www.quornmedical.nhs.uk/appointments today", ["quornmedical.nhs.uk"]),
        ("see http://bit.ly/3xYzAbC!", ["bit.ly"]),
        ("WWW.CHEAP-MEDS.XYZ/order now", ["cheap-meds.xyz"]),
        ("verify at nhs-login-verify.co before Friday", ["nhs-login-verify.co"]),
        ("go to quorn-medical-centre.com/login.", ["quorn-medical-centre.com"]),
        ("bit.ly/abc and tinyurl.com/xyz", ["bit.ly", "tinyurl.com"]),
        ("the info is on nhs.uk/conditions/flu", ["nhs.uk"]),
        ("(https://t.co/AbC123)", ["t.co"]),
        ("https://example.org:8080/path?q=1", ["example.org"]),
        ("Bit.ly/free-jabs", ["bit.ly"]),
        ("hxxps://secure-update.top/nhs", ["secure-update.top"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(hosts(text) == expected)
    }

    @Test("abbreviations, numbers, e-mails and missing spaces are not links", arguments: [
        "e.g. my mum, i.e. her GP",
        "take 2.5mg twice a day",
        "Thanks for everything.Me and my mum are grateful",
        "email me at john.smith@gmail.com",
        "appointment at 3.30pm",
        "Dr.Patel was great",
        "version 1.2.3 of the app",
        "I waited...and waited",
        "St.Helens",
    ])
    func notLinks(text: String) {
        #expect(hosts(text).isEmpty, "\(text)")
    }

    @Test("a link's span covers its path but not the full stop after it")
    func span() {
        let text = AnalyzedText("Go to bit.ly/3abc. Then wait")
        let link = LinkScanner.links(in: text).first
        #expect(link.map { text.text($0.span) } == "bit.ly/3abc")
        #expect(link?.isExplicit == false)
    }
}
