import DecorumCore
import DecorumStore

/// A draft notice of complaint to the operator of the website, with the matters section 5(6) of the
/// Defamation Act 2013 and regulation 2 of the Defamation (Operators of Websites) Regulations 2013 require:
/// what Decorum knows filled in, everything only the complainant can say marked "TO COMPLETE".
enum ComplaintNotice {
    static let marker = "TO COMPLETE"

    static func text(_ facts: EvidenceFacts) -> String {
        let stored = facts.records.item
        let item = stored.item
        var out = [String]()
        func section(_ heading: String, _ lines: [String]) {
            out.append("")
            out.append(heading)
            out.append(contentsOf: lines.map { $0.isEmpty ? "" : "   " + $0 })
        }
        out.append("DRAFT NOTICE OF COMPLAINT (not sent)")
        out.append("Defamation Act 2013, section 5(6); The Defamation (Operators of Websites) Regulations 2013, regulation 2")
        out.append("")
        out.append("Drafted by Decorum for \(facts.practice.name) from its records of Facebook item \(item.id.rawValue), as they stood at \(EvidenceTime.readable(facts.asOf)).")
        out.append("Every line marked \(marker) is for the complainant (or the practice manager on their behalf) to complete before this")
        out.append("notice is sent; what Decorum filled in should be checked too. Decorum is not a lawyer: the practice's guidance says legal")
        out.append("advice may be sought over defamatory comments (clause 8), and it should be sought before this is sent.")

        section("To: the operator of the website", [
            "\(marker): the operator's name and address, or the channel it gives for defamation complaints.",
            "For a comment on a Facebook Page this is Meta, which runs facebook.com; the practice manages the Page, not the website.",
        ])

        var named = ["\(marker): the name of the person (or the practice) the statement is about."]
        if !facts.staffNamed.isEmpty {
            named.append("Staff Decorum found named in it: " + facts.staffNamed.map { $0.written.isEmpty || $0.written == $0.staff ? $0.staff : "\($0.staff) (written \"\($0.written)\")" }.joined(separator: "; ") + ".")
        }
        section("1. The complainant's name (s.5(6)(a))", named)

        var email = ["\(marker): the e-mail address at which the complainant can be contacted."]
        if let manager = facts.practice.contacts[.practiceManager], manager.email != nil || manager.name != nil {
            let who = [manager.name, manager.email.map { "<\($0)>" }].compactMap { $0 }.joined(separator: " ")
            email.append("If the practice itself complains, its practice manager in Decorum's policy: \(who).")
        } else if let first = facts.practice.emails.first {
            email.append("If the practice itself complains, its e-mail in Decorum's policy: \(first).")
        }
        section("2. The complainant's e-mail address (reg. 2(a))", email)

        var statement = ["Posted by \(facts.authorDescription)" + (item.createdTime.map { " at \($0) (Facebook's time)" } ?? "") + "; received by Decorum at \(EvidenceTime.readable(stored.firstSeen)).", "", "The words, exactly as posted" + (facts.records.revisions.count > 1 ? " (latest version)" : "") + ":"]
        if let purged = stored.textPurgedAt {
            statement += ["\(marker): the words complained of. Decorum's copy was purged on \(EvidenceTime.readable(purged)) under the retention policy."]
        } else {
            statement += quoted(item.text)
        }
        for revision in facts.records.revisions.dropLast() {
            statement += ["", "Version \(revision.revision), received \(EvidenceTime.readable(revision.receivedAt)):"] + quoted(revision.text)
        }
        if !facts.grounds.words.isEmpty {
            statement += ["", "Words Decorum marked:"] + facts.grounds.words.map { $0.text.isEmpty ? "- (words purged): \($0.reason)" : "- \"\(DisplayText.plain($0.text))\": \($0.reason)" }
        }
        statement += ["", "\(marker): why the statement is defamatory of the complainant."]
        section("3. The statement complained of, and why it is defamatory (s.5(6)(b))", statement)

        var location: [String]
        if let link = facts.permalink {
            location = [link.url, link.fromGraph ? "(the address Facebook's Graph API gave for it)"
                : "(worked out from Facebook's ids for the Page, post and comment: open it to check it shows the comment)"]
        } else {
            location = ["\(marker): the address of the comment (Decorum could not work it out from the id \(item.id.rawValue))."]
        }
        location.append("Facebook id of the \(stored.kind.rawValue): \(item.id.rawValue); Page id: \(stored.page.rawValue).")
        if stored.isDeleted {
            location.append("Decorum's records say it has since been deleted from the Page.")
        } else if stored.isHidden {
            location.append("Decorum's records say it is hidden on the Page (the poster and their friends can still see it).")
        }
        section("4. Where on the website the statement was posted (s.5(6)(c))", location)

        var meaning = ["\(marker): the meaning the complainant attributes to the statement."]
        let reasons = facts.grounds.words.map(\.reason).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if !reasons.isEmpty { meaning.append("For reference only, what Decorum's detectors read in it: \(reasons.joined(separator: "; ")).") }
        section("5. The meaning the complainant attributes to the statement (reg. 2(b))", meaning)

        section("6. Aspects the complainant believes are factually inaccurate (reg. 2(c)(i))", [
            "\(marker): which parts of the statement are untrue, and what the truth is.",
        ])
        section("7. Aspects the complainant believes are opinions not supported by fact (reg. 2(c)(ii))", [
            "\(marker): which parts are opinion, and why no fact supports them.",
        ])

        let held = [item.author?.name.map { "the name \"\($0)\"" }, item.author?.id.map { "Facebook user id \($0.rawValue)" }].compactMap { $0 }
        section("8. Information about the poster (reg. 2(d))", [
            "\(marker): confirm, if it is so: \"I do not have sufficient information about the poster to bring proceedings against them.\"",
            "Decorum holds only what Facebook shows of the poster: " + (held.isEmpty ? "nothing." : held.joined(separator: " and ") + "."),
        ])

        section("9. Consent to the poster being told who complained (reg. 2(e))", [
            "\(marker): say whether the complainant consents to the operator giving the poster",
            "  (i)  the complainant's name:            [ ] I consent    [ ] I do not consent",
            "  (ii) the complainant's e-mail address:  [ ] I consent    [ ] I do not consent",
        ])

        section("Signed", ["\(marker): name and signature                 Date: \(marker)"])
        out.append("")
        out.append("For the practice manager: regulation 3 and the Schedule to the Regulations set what the operator must do once it has a")
        out.append("notice with all of the above, and by when. The evidence this draft is based on is in the same pack (summary.html, item.json),")
        out.append("each file checked by manifest.sha256.")
        return out.joined(separator: "\n") + "\n"
    }

    /// The text between quotation marks, line by line, with any characters that hide or reorder text also
    /// shown by their code beneath it.
    private static func quoted(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
        let plain = DisplayText.plain(text)
        if plain != text {
            lines += ["(It holds characters that hide or reorder text; here they are shown by their code:)"]
                + plain.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
        }
        return lines
    }
}
