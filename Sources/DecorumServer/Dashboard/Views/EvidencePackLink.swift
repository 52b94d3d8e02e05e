/// The item page's evidence-pack download, for the roles that may make one (the controller sets it).
struct EvidencePackLink: Sendable {
    var href: String
    var label: String
    var note: String

    init(itemPath: String, hasGrounds: Bool) {
        if hasGrounds {
            href = itemPath + "/evidence.zip"
            label = "Download the evidence pack (ZIP)"
            note = "Everything Decorum holds about this item, for legal advice (clause 8): the comment as received, its edits, "
                + "the decision, every action with Facebook's answers, the audit trail, a readable summary, a draft notice of "
                + "complaint to complete, and SHA-256 checksums. Each download is recorded in the audit log."
        } else {
            href = itemPath + "/evidence.zip?force=1"
            label = "Make an evidence pack anyway"
            note = "Decorum did not find defamation or a threat in this item. If you believe it is one, you can still make the "
                + "pack; the audit log records that it was made anyway."
        }
    }
}
