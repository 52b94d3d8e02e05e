import DecorumCore
import DecorumStore
import Foundation

/// The words the dashboard uses for Decorum's values, in plain English for a practice team.
enum Labels {
    static func category(_ raw: String) -> String {
        switch Category(rawValue: raw) {
        case .thirdPartyPII?: "Someone else's details"
        case .ownPII?: "Own details in public"
        case .consultationRecording?: "Consultation recording"
        case .abusive?: "Abusive"
        case .misinformation?: "Misinformation"
        case .fraud?: "Scam or spam"
        case .defamation?: "Possibly defamatory"
        case .photography?: "Photograph"
        case .staffIdentification?: "Staff named"
        case .review?: "Review"
        case .complaint?: "Complaint"
        case .safeguarding?: "Safeguarding"
        case nil: raw
        }
    }

    /// Safeguarding, other people's data and defamation come first in the queue.
    static func isUrgent(_ categories: [String]) -> Bool {
        categories.contains { ["safeguarding", "third_party_pii", "defamation"].contains($0) }
    }

    static func status(_ status: ItemStatus) -> String {
        switch status {
        case .received: "Not judged yet"
        case .allowed: "Allowed"
        case .judged: "Being acted on"
        case .awaitingApproval: "Waiting for approval"
        case .inReview: "For a person to look at"
        case .actioned: "Done"
        case .actionFailed: "Action failed"
        case .resolved: "Closed by a person"
        case .ignored: "The practice's own"
        }
    }

    static func decisionAction(_ raw: String) -> String {
        switch raw {
        case "allow": "Allow"
        case "review": "Keep for a person"
        case "hide": "Hide"
        case "delete": "Delete"
        default: raw
        }
    }

    static func action(_ kind: ActionKind) -> String {
        switch kind {
        case .hide: "Hide"
        case .unhide: "Show again"
        case .delete: "Delete"
        case .privateReply: "Private reply"
        case .publicReply: "Public reply"
        case .block: "Block the author"
        }
    }

    static func actionStatus(_ status: ActionStatus) -> String {
        switch status {
        case .planned: "Planned"
        case .awaitingApproval: "Waiting for approval"
        case .done: "Done"
        case .failed: "Failed"
        case .cancelled: "Withdrawn"
        }
    }

    static func role(_ raw: String) -> String {
        Role(rawValue: raw)?.title ?? (raw == "admin" ? "administrator" : raw.replacingUnderscores)
    }

    /// A time as the team reads it: `Tue 1 Dec 2026, 14:05` in UK time.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "Europe/London")
        formatter.dateFormat = "EEE d MMM yyyy, HH:mm"
        return formatter.string(from: date)
    }

    /// A machine-readable time for `<time datetime>`.
    static func isoTime(_ date: Date) -> String { Date.ISO8601FormatStyle().format(date) }

    /// How long ago, roughly: "4 min ago", "3 h ago", "2 days ago".
    static func ago(_ date: Date, now: Date) -> String {
        let seconds = max(0, now.timeIntervalSince(date))
        switch seconds {
        case ..<60: return "just now"
        case ..<3600: return "\(Int(seconds / 60)) min ago"
        case ..<86_400: return "\(Int(seconds / 3600)) h ago"
        default:
            let days = Int(seconds / 86_400)
            return days == 1 ? "1 day ago" : "\(days) days ago"
        }
    }
}
