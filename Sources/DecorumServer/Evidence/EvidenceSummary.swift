import DecorumCore
import DecorumStore

/// `summary.html`: the pack for people to read, as one self-contained page. Every string from the records
/// goes through ``Markup/escape(_:)`` (characters that hide or reorder text shown by their code), and the page
/// forbids scripts, frames and loads from anywhere, so hostile text stays inert wherever it is opened.
enum EvidenceSummary {
    /// `files` are the pack's other files so far, listed with their SHA-256.
    static func html(_ facts: EvidenceFacts, files: [EvidencePack.File]) -> String {
        var h = HTMLText()
        heading(facts, into: &h)
        grounds(facts, into: &h)
        statement(facts, into: &h)
        particulars(facts, into: &h)
        decisions(facts, into: &h)
        actions(facts, into: &h)
        audit(facts, into: &h)
        fileList(files, into: &h)
        return h.out
    }

    /// The page's head, with its rules against scripts and loads, and what the pack is of.
    private static func heading(_ facts: EvidenceFacts, into h: inout HTMLText) {
        let stored = facts.records.item
        let item = stored.item
        h.raw("""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'">
            <meta name="referrer" content="no-referrer">
            <title>Evidence pack: item \(Markup.escape(item.id.rawValue))</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #1a1a1a; }
            table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
            .comment { white-space: pre-wrap; border-left: 4px solid #555; padding: .5em 1em; background: #f3f3f3; }
            mark { background: #ffe08a; } code { word-break: break-all; } .muted { color: #555; }
            </style>
            </head>
            <body>

            """)
        h.element("h1", "Evidence pack: \(stored.kind.rawValue) \(item.id.rawValue)")
        h.element("p", "\(facts.practice.name). Decorum's records of this item as they stood at \(EvidenceTime.readable(facts.asOf)), the last time anything about it was recorded.", class: "muted")
    }

    /// Why the pack was made: what Decorum found, or that it was asked for anyway.
    private static func grounds(_ facts: EvidenceFacts, into h: inout HTMLText) {
        h.element("h2", "Why this pack")
        if facts.grounds.isEmpty {
            let found = facts.grounds.categoriesFound.map(Labels.category)
            h.element("p", "Decorum did not find defamation or a threat in this item" + (found.isEmpty ? "" : " (it found: \(found.joined(separator: ", ")))")
                + "; the pack was asked for anyway, and the audit log records that.")
        } else {
            h.element("p", "Decorum found \(facts.grounds.phrase) in it. The practice's guidance, clause 8: defamatory comments about the team are not to be shared, and legal advice may be sought.")
        }
    }

    /// The words with the evidence marked in the latest version, attachments, and every version.
    private static func statement(_ facts: EvidenceFacts, into h: inout HTMLText) {
        let item = facts.records.item.item
        h.element("h2", "What was written")
        h.raw("<p class=\"comment\">")
        h.highlighted(item.text, marks: marks(facts))
        h.raw("</p>\n")
        for attachment in item.attachments {
            h.element("p", "Attached: \(attachment.type.rawValue) \(attachment.url ?? "(no address)")")
        }
        if facts.records.revisions.count > 1 {
            h.element("h3", "Every version, oldest first")
            h.raw("<ol>\n")
            for revision in facts.records.revisions {
                h.raw("<li>")
                h.text("Version \(revision.revision), received \(EvidenceTime.readable(revision.receivedAt))")
                h.raw("<p class=\"comment\">")
                h.text(revision.text)
                h.raw("</p></li>\n")
            }
            h.raw("</ol>\n")
        }
    }

    /// Who posted it, when, where it is on Facebook and what became of it.
    private static func particulars(_ facts: EvidenceFacts, into h: inout HTMLText) {
        let stored = facts.records.item
        let item = stored.item
        h.element("h2", "Who, when and where")
        h.raw("<table>\n")
        h.row(["Author", facts.authorDescription])
        h.row(["Posted (Facebook's time)", item.createdTime ?? "not given"])
        h.row(["First received by Decorum", EvidenceTime.readable(stored.firstSeen)])
        h.row(["Last received", EvidenceTime.readable(stored.lastSeen)])
        h.row(["On the Page now", stored.isDeleted ? "deleted" : stored.isHidden ? "hidden" : "visible, as far as Decorum knows"])
        h.row(["Status in Decorum", Labels.status(stored.status)])
        h.row(["Legal hold", facts.records.hold.map { "since \(EvidenceTime.readable($0.placedAt)), placed by \($0.placedBy): \($0.reason)" }
            ?? "none: the retention purge will take the words in time (decorum hold keeps them)"])
        if let purged = stored.textPurgedAt {
            h.row(["Words purged", "\(EvidenceTime.readable(purged)), under the retention policy: the text, the author's name and the attachments are gone"])
        }
        h.row(["Page id", stored.page.rawValue])
        h.raw("<tr><th scope=\"row\">Address on Facebook</th><td>")
        if let link = facts.permalink {
            h.raw("<a href=\"\(Markup.escape(link.url))\" rel=\"noopener noreferrer nofollow\">")
            h.text(link.url)
            h.raw("</a> ")
            h.element("span", link.fromGraph ? "(given by Facebook's Graph API)" : "(worked out from the ids; open it to check)", class: "muted")
        } else {
            h.text("unknown: the id is not shaped as Facebook's are")
        }
        h.raw("</td></tr>\n</table>\n")
    }

    /// Every decision, with its categories, evidence and explanation.
    private static func decisions(_ facts: EvidenceFacts, into h: inout HTMLText) {
        h.element("h2", "Decorum's decisions")
        if facts.records.decisions.isEmpty { h.element("p", "None recorded.") }
        for recorded in facts.records.decisions {
            let decision = RecordedDecision(recorded)
            h.element("h3", "\(EvidenceTime.readable(recorded.createdAt)): \(Labels.decisionAction(decision.action))" + (decision.needsApproval ? ", for a person to confirm" : ""))
            h.raw("<ul>\n")
            for finding in decision.findings {
                h.raw("<li>")
                h.text("\(Labels.category(finding.category)) (\(finding.category)), \(Int((finding.confidence * 100).rounded()))%")
                if !finding.evidence.isEmpty {
                    h.raw("<ul>")
                    for span in finding.evidence {
                        let words = span.text.isEmpty ? "(words purged)" : "\u{201C}\(span.text)\u{201D}"
                        h.element("li", "\(words): \(span.reason) [\(span.detector)]")
                    }
                    h.raw("</ul>")
                }
                h.raw("</li>\n")
            }
            h.raw("</ul>\n")
            h.element("p", decision.explanation)
            h.element("p", "Rules: \(decision.rules.isEmpty ? "none" : decision.rules.joined(separator: ", ")). Policy \(decision.policyVersion), model \(decision.modelVersion).", class: "muted")
        }
    }

    /// Every action on Facebook, with Facebook's answer.
    private static func actions(_ facts: EvidenceFacts, into h: inout HTMLText) {
        h.element("h2", "What was done on Facebook")
        if facts.records.actions.isEmpty {
            h.element("p", "Nothing.")
        } else {
            h.raw("<table>\n")
            h.header(["Action", "Status", "Asked by", "Facebook's answer", "Created", "Last changed"])
            for action in facts.records.actions {
                let asked = action.requestedBy + (action.reason.map { ": \($0)" } ?? "") + (action.approvedBy.map { "; approved by \($0)" } ?? "")
                let answer = [action.lastError, action.platformResponse].compactMap { $0 }.joined(separator: "\n")
                h.row([Labels.action(action.kind), "\(Labels.actionStatus(action.status)) (\(action.attempts) attempt\(action.attempts == 1 ? "" : "s"))", asked,
                       answer.isEmpty ? "none" : answer, EvidenceTime.readable(action.createdAt), EvidenceTime.readable(action.updatedAt)], header: false)
            }
            h.raw("</table>\n")
        }
    }

    /// The item's audit trail.
    private static func audit(_ facts: EvidenceFacts, into h: inout HTMLText) {
        h.element("h2", "Audit trail")
        h.raw("<table>\n")
        h.header(["When", "Who", "What", "Details"])
        for entry in facts.records.audit {
            h.row([EvidenceTime.readable(entry.at), entry.actor, entry.event, entry.detailsJSON], header: false)
        }
        h.raw("</table>\n")
        h.element("p", "Entries recording that an evidence pack was made are left out, so the same records always give the same pack.", class: "muted")
    }

    /// The pack's files with their SHA-256, and how to check them.
    private static func fileList(_ files: [EvidencePack.File], into h: inout HTMLText) {
        h.element("h2", "The files in this pack")
        h.element("p", "manifest.sha256 lists the SHA-256 of every file but itself; in the folder the pack is unzipped into, sha256sum -c manifest.sha256 checks them all. The draft notice of complaint is in notice-of-complaint.txt.")
        h.raw("<table>\n")
        h.header(["File", "Bytes", "SHA-256"])
        for file in files { h.row([file.name, String(file.bytes.count), file.sha256], header: false) }
        h.raw("</table>\n</body>\n</html>\n")
    }

    /// The latest decision's evidence, where it still marks the same words in the latest text.
    private static func marks(_ facts: EvidenceFacts) -> [(start: Int, end: Int, reason: String)] {
        guard let latest = facts.records.decisions.last else { return [] }
        let scalars = Array(facts.records.item.item.text.unicodeScalars)
        return RecordedDecision(latest).spans.compactMap { span in
            guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return nil }
            var words = String.UnicodeScalarView()
            words.append(contentsOf: scalars[span.start..<span.end])
            return String(words) == span.text ? (span.start, span.end, span.reason) : nil
        }
    }
}

/// HTML written piece by piece, every piece of text escaped.
private struct HTMLText {
    var out = ""

    mutating func raw(_ markup: String) { out += markup }
    mutating func text(_ text: String) { out += Markup.escape(text) }

    mutating func element(_ name: String, _ text: String, class className: String? = nil) {
        out += "<\(name)\(className.map { " class=\"\($0)\"" } ?? "")>" + Markup.escape(text) + "</\(name)>\n"
    }

    mutating func header(_ cells: [String]) {
        out += "<tr>" + cells.map { "<th scope=\"col\">" + Markup.escape($0) + "</th>" }.joined() + "</tr>\n"
    }

    /// A row whose first cell heads it (`header`), or a row of plain cells.
    mutating func row(_ cells: [String], header: Bool = true) {
        out += "<tr>"
        for (n, cell) in cells.enumerated() {
            out += n == 0 && header ? "<th scope=\"row\">" + Markup.escape(cell) + "</th>" : "<td>" + Markup.escape(cell) + "</td>"
        }
        out += "</tr>\n"
    }

    mutating func highlighted(_ text: String, marks: [(start: Int, end: Int, reason: String)]) {
        for piece in HighlightedText.pieces(text, marks: marks) {
            let shown = piece.isControl ? "[" + piece.text + "]" : piece.text
            out += piece.marked ? "<mark title=\"\(Markup.escape(piece.reason))\">\(Markup.escape(shown))</mark>" : Markup.escape(shown)
        }
    }
}
