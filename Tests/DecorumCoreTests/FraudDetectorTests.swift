import Testing
@testable import DecorumCore

@Suite("Fraud signals")
struct FraudDetectorTests {
    let detector = FraudDetector(context: .conductTest)

    func fraud(_ text: String, author: String? = nil, fromPage: Bool = false) -> Double {
        runDetector(detector, text, author: author, fromPage: fromPage).confidence(.fraud)
    }

    @Test("scams, spam and phishing are fraud", arguments: [
        "Free flu jab vouchers here bit.ly/3fluJab",
        "Your NHS account has been suspended, verify your NHS login at nhs-login-verify.co",
        "Book your covid booster at quorn-medical-centre.com/book",
        "No prescription needed! Diazepam, tramadol and zopiclone, next day delivery, DM me",
        "buy diazepam online cheap",
        "Weight loss jabs DM for prices 💉",
        "ozempic and mounjaro pens available, inbox me",
        "I earn £500 a day from home, message me for details",
        "Invested £200 in bitcoin with my account manager and withdrew £4,000 in a week! Inbox me",
        "Thanks to Mrs Clara's forex trading I now have passive income. WhatsApp her on 07700 900123",
        "Congratulations you have won a £1000 Tesco voucher, claim your prize at tinyurl.com/tescowin",
        "Need a loan? Fast approval even with bad credit, DM me",
        "please confirm your password and bank details to keep your appointment",
        "Hot singles in Loughborough, check my profile",
        "PM me your NHS number and date of birth and I'll sort your prescription",
        "Get paid working from home, earn money online fast, link in bio",
        "Click the link below to verify your account: www.secure-login-update.xyz",
    ])
    func scams(text: String) {
        #expect(fraud(text) >= 0.5, "\(text)")
    }

    @Test("an author named like the practice, who is not the page, impersonates it", arguments: [
        "Quorn Medical Centre Support", "Quorn Medical Center Help Desk", "Quorn Medical Centre", "Qourn Medical Centre Team",
        "Quom Medical Centre",
    ])
    func impersonation(author: String) {
        #expect(fraud("Hello, please send us a message to rebook your appointment", author: author) >= 0.85, "\(author)")
    }

    @Test("the practice's own page and patients with ordinary names are not impersonators", arguments: [
        ("Quorn Medical Centre", true), ("Sarah Quorn", false), ("Dave Medical", false), ("Centre Parcs Fan", false),
    ])
    func notImpersonation(author: String, fromPage: Bool) {
        #expect(fraud("Thanks everyone", author: author, fromPage: fromPage) < 0.5, "\(author)")
    }

    @Test("links: allowed and reputable sites are fine, unknown sites weak, shorteners and look-alikes strong", arguments: [
        ("https://www.nhs.uk/conditions/flu", 0.0),
        ("quornmedical.nhs.uk/appointments", 0.0),
        ("www.gov.uk/cost-of-living", 0.0),
        ("https://www.bbc.co.uk/news/health", 0.0),
        ("www.somebakery.co.uk", 0.35),
        ("bit.ly/abc", 0.88),
        ("nhs-covid-pass.com", 0.9),
        ("quornmedicalcentre.org", 0.9),
    ])
    func links(text: String, expected: Double) {
        #expect(abs(fraud(text) - expected) < 0.001, "\(text)")
    }

    @Test("two medium signals make a strong finding; one weak signal alone does not")
    func combining() {
        #expect(fraud("DM me") < 0.5)
        #expect(fraud("have a look at www.mysite.com") < 0.5)
        #expect(fraud("bitcoin") < 0.5)
        #expect(fraud("crypto mentor, check my profile, inbox me for details") >= 0.7)
    }

    @Test("patients talking about their own medicines, money and log-ins are not fraud", arguments: [
        "Can I get my diazepam repeat done before Christmas?",
        "I ordered my ozempic online through the NHS app",
        "Where can I buy ozempic? My GP won't prescribe it",
        "Is tramadol available without a prescription?",
        "Can someone call me back about my codeine?",
        "The NHS needs more investment, not less",
        "I'm working from home today so please ring my mobile",
        "paid £9.90 for my prescription again this week",
        "I can't log in to the NHS app, it keeps asking me to verify my identity",
        "please update your details with reception if you have moved",
        "message me if you found a purple purse in the car park",
        "I lost my savings to a crypto scam, be careful everyone",
        "Warning: there's a fake text going round asking for bank details, don't click it",
        "Finger prick test was fine, thanks",
        "Loved the flu clinic, thanks Quorn Medical Centre!",
        "Have you won the raffle at the summer fete?",
        "Does anyone know if the weight loss jabs are available on the NHS?",
        "got my weight loss injection from the pharmacy, it's expensive but working",
        "my non-binary child was treated really well",
        "Never share your password or PIN with anybody, the surgery will never ask",
        "the nurse was making calls from home and kept me on hold",
        "he can't go outside even with an escort",
    ])
    func negatives(text: String) {
        #expect(fraud(text) < 0.5, "\(text)")
    }

    @Test("evidence names the signal and its words")
    func evidence() {
        let d = runDetector(detector, "Free vouchers at bit.ly/abc")
        let evidence = d.findings.first?.evidence ?? []
        #expect(evidence.map(\.text).contains("bit.ly/abc"))
        #expect(evidence.map(\.text).contains("Free vouchers"))
        #expect(evidence.allSatisfy { $0.detector == "fraud-signals" })
    }

    @Test("one edit apart, counting a swap of neighbours", arguments: [
        ("quorn", "qourn", true), ("quorn", "quorm", true), ("quorn", "quor", true), ("quorn", "qurn", true),
        ("quorn", "quarry", false), ("quorn", "corn", false),
    ])
    func oneEdit(a: String, b: String, expected: Bool) {
        #expect(FraudDetector.withinOneEdit(a, b) == expected)
    }
}
