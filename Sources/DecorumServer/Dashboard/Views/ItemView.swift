import DecorumCore
import DecorumStore
import Foundation

/// Everything about one item for the person deciding on it: the text with the evidence marked, its edits,
/// the decision and its reasons, what was done and what Graph answered, the author's history, notes and
/// the audit trail.
struct ItemView: Sendable {
    struct Finding: Sendable {
        var label: String
        var cssClass: String
        var percent: Int
        var reasons: [String]
    }

    struct Clause: Sendable {
        var heading: String
        var words: String
    }

    struct Reply: Sendable {
        var channel: String
        var text: String
    }

    struct ActionRow: Sendable {
        var kind: String
        var status: String
        var failed: Bool
        /// "1 attempt", "3 attempts".
        var attempts: String
        var requestedBy: String
        var reason: String?
        var approvedBy: String?
        var error: String?
        var platformAnswer: String?
        var createdAt: String
        var updatedAt: String
    }

    struct Revision: Sendable {
        var number: Int
        var receivedAt: String
        var runs: [DisplayText.Run]
    }

    struct EarlierItem: Sendable {
        var href: String
        var receivedAt: String
        var status: String
        var categories: String
        var runs: [DisplayText.Run]
    }

    struct NoteRow: Sendable {
        var author: String
        var at: String
        var runs: [DisplayText.Run]
    }

    struct AuditRow: Sendable {
        var at: String
        var actor: String
        var event: String
        var details: String
    }

    struct Attachment: Sendable {
        var type: String
        var url: String
        /// Only web addresses are links; anything else (`javascript:`…) is shown as text.
        var linkable: Bool
    }

    struct KindOption: Sendable {
        var value: String
        var label: String
    }

    var id: String
    var path: String
    var author: String
    var authorID: String
    var kind: String
    var status: String
    var receivedAt: String
    var receivedISO: String
    var hidden: Bool
    var deleted: Bool
    var pieces: [HighlightedText.Piece]
    var attachments: [Attachment]
    var hasAttachments: Bool
    var revisions: [Revision]
    var revisionCount: Int
    var edited: Bool
    var findings: [Finding]
    var clauses: [Clause]
    var explanation: String
    var plannedReplies: [Reply]
    var escalations: [String]
    var versions: String
    var judged: Bool
    var actions: [ActionRow]
    var hasActions: Bool
    var earlier: [EarlierItem]
    var hasEarlier: Bool
    var strikes: Int
    var notes: [NoteRow]
    var audit: [AuditRow]
    var canApprove: Bool
    var approveLabel: String
    var claimedByOther: String?
    var claimedUntil: String?
    var kindOptions: [KindOption]
    /// A deleted comment cannot be shown again, so there is nothing to dismiss; its author can still be blocked.
    var canDismiss: Bool
    /// False for the roles that read items but do not decide (the controller sets it).
    var canDecide = true
    /// For a complaint: whether it is a formal complaint, and its acknowledgement (the controller sets it).
    var formal: FormalComplaintPanel?
    /// When the retention purge took the words, if it has.
    var purged: String?
    /// The legal hold on the item, if there is one: who, since when, why.
    var hold: String?
    /// The evidence-pack download, for the roles that may make one (the controller sets it).
    var evidence: EvidencePackLink?

    static func build(_ stored: StoredItem, store: Store, policy: Policy, viewer: String, now: Date) async throws -> ItemView {
        let id = stored.item.id
        let decision = try await store.decisions.latest(for: id).map(RecordedDecision.init)
        let actions = try await store.actions.list(for: id)
        let revisions = try await store.items.revisions(of: id)
        let notes = try await store.notes.list(for: id)
        let audit = try await store.audit.list(for: id)
        let claim = try await store.items.claim(of: id)
        let hold = try await store.holds.hold(on: id)
        var earlier = [EarlierItem]()
        var strikes = 0
        if let author = stored.item.author?.id {
            let others = try await store.items.list(ItemQuery(author: author, limit: 50)).filter { $0.item.id != id }
            let decisions = try await store.decisions.latest(for: others.map(\.item.id))
            for other in others {
                let categories = decisions[other.item.id].map(RecordedDecision.init)?.categories ?? []
                if other.isHidden || other.isDeleted { strikes += 1 }
                if earlier.count < 20 {
                    earlier.append(EarlierItem(
                        href: "/items/\(QueueView.percentEncoded(other.item.id.rawValue))", receivedAt: Labels.time(other.firstSeen),
                        status: Labels.status(other.status) + (other.isDeleted ? ", deleted" : other.isHidden ? ", hidden" : ""),
                        categories: categories.isEmpty ? "nothing found" : categories.map(Labels.category).joined(separator: ", "),
                        runs: DisplayText.runs(String(other.item.text.prefix(200)))))
                }
            }
        }
        let waiting = actions.filter { $0.status == .awaitingApproval }
        let clauses: [Clause] = (decision?.rules ?? []).compactMap { raw in
            guard let rule = policy.rule(id: RuleID(rawValue: raw)) else { return nil }
            return Clause(heading: QueueView.clause(rule.id, policy: policy) ?? rule.title, words: rule.clause)
        }
        let marks = (decision?.spans ?? []).map { ($0.start, $0.end, $0.reason) }
        return ItemView(
            id: id.rawValue, path: "/items/\(QueueView.percentEncoded(id.rawValue))",
            author: DisplayText.plain(stored.item.author?.name ?? "Unknown author"), authorID: stored.item.author?.id?.rawValue ?? "",
            kind: stored.kind.rawValue, status: Labels.status(stored.status), receivedAt: Labels.time(stored.firstSeen),
            receivedISO: Labels.isoTime(stored.firstSeen), hidden: stored.isHidden, deleted: stored.isDeleted,
            pieces: HighlightedText.pieces(stored.item.text, marks: marks),
            attachments: stored.item.attachments.map { attachment in
                let url = attachment.url ?? ""
                let lower = url.lowercased()
                return Attachment(type: attachment.type.rawValue, url: DisplayText.plain(url),
                                  linkable: (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !url.unicodeScalars.contains(where: DisplayText.isDisguising))
            },
            hasAttachments: !stored.item.attachments.isEmpty,
            revisions: revisions.map { Revision(number: $0.revision, receivedAt: Labels.time($0.receivedAt), runs: DisplayText.runs($0.text)) },
            revisionCount: revisions.count, edited: revisions.count > 1,
            findings: (decision?.findings ?? []).map { finding in
                Finding(label: Labels.category(finding.category), cssClass: finding.category == "safeguarding" ? "safeguarding" : "",
                        percent: Int((finding.confidence * 100).rounded()),
                        reasons: Array(Set(finding.evidence.map(\.reason))).sorted())
            },
            clauses: clauses, explanation: decision?.explanation ?? "",
            plannedReplies: (decision?.replies ?? []).map { Reply(channel: $0.channel == "private" ? "Private reply" : "Public reply", text: $0.text) },
            escalations: (decision?.escalations ?? []).map { "\(Labels.role($0.role)) (\($0.urgency))" },
            versions: decision.map { "policy \($0.policyVersion), \($0.modelVersion)" } ?? "", judged: decision != nil,
            actions: actions.map { action in
                ActionRow(
                    kind: Labels.action(action.kind), status: Labels.actionStatus(action.status), failed: action.status == .failed,
                    attempts: action.attempts == 1 ? "1 attempt" : "\(action.attempts) attempts", requestedBy: action.requestedBy == "decorum" ? "Decorum" : action.requestedBy,
                    reason: action.reason, approvedBy: action.approvedBy, error: action.lastError,
                    platformAnswer: action.platformResponse, createdAt: Labels.time(action.createdAt), updatedAt: Labels.time(action.updatedAt))
            },
            hasActions: !actions.isEmpty, earlier: earlier, hasEarlier: !earlier.isEmpty, strikes: strikes,
            notes: notes.map { NoteRow(author: $0.author, at: Labels.time($0.createdAt), runs: DisplayText.runs($0.text)) },
            audit: audit.map { AuditRow(at: Labels.time($0.at), actor: $0.actor, event: $0.event.replacingUnderscores, details: $0.detailsJSON) },
            canApprove: !waiting.isEmpty || stored.status == .inReview,
            approveLabel: waiting.isEmpty ? "Agree: nothing more to do" : "Approve: " + waiting.map { Labels.action($0.kind) }.joined(separator: ", "),
            claimedByOther: claim.flatMap { $0.by == viewer ? nil : $0.by }, claimedUntil: claim.map { Labels.time($0.until) },
            kindOptions: (stored.isDeleted ? [.block] : ActionKind.allCases).map { KindOption(value: $0.rawValue, label: Labels.action($0)) },
            canDismiss: !stored.isDeleted,
            purged: stored.textPurgedAt.map {
                "The text, the author's name and the attachments were purged on \(Labels.time($0)) under the retention policy; "
                    + "the decision and the audit trail are kept without the words."
            },
            hold: hold.map {
                "Under legal hold since \(Labels.time($0.placedAt)), placed by \($0.placedBy): \($0.reason). It is kept whole until the hold is released."
            })
    }
}
