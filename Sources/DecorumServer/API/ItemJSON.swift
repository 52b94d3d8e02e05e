import DecorumCore
import DecorumStore
import Foundation

/// Stored items, decisions and actions in the API's JSON.
enum ItemJSON {
    static func item(_ stored: StoredItem, decision: StoredDecision?, actions: [StoredAction]) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(stored.item.id.rawValue)), ("page_id", .string(stored.page.rawValue)),
            ("kind", .string(stored.kind.rawValue)), ("status", .string(stored.status.rawValue)),
            ("text", .string(stored.item.text)),
        ]
        if let author = stored.item.author {
            var a: [(String, JSONValue)] = []
            if let id = author.id { a.append(("id", .string(id.rawValue))) }
            if let name = author.name { a.append(("name", .string(name))) }
            fields.append(("author", .object(a)))
        }
        fields.append(("attachments", .array(stored.item.attachments.map { attachment in
            var a: [(String, JSONValue)] = [("type", .string(attachment.type.rawValue))]
            if let url = attachment.url { a.append(("url", .string(url))) }
            return .object(a)
        })))
        if let parent = stored.item.parentID { fields.append(("parent_id", .string(parent.rawValue))) }
        if let created = stored.item.createdTime { fields.append(("created_time", .string(created))) }
        fields += [
            ("hidden", .bool(stored.isHidden)), ("deleted", .bool(stored.isDeleted)), ("revision", .int(stored.revision)),
            ("first_seen", .string(time(stored.firstSeen))), ("last_seen", .string(time(stored.lastSeen))),
        ]
        fields.append(("decision", decision.map(Self.decision) ?? .null))
        fields.append(("actions", .array(actions.map(action))))
        return .object(fields)
    }

    static func decision(_ stored: StoredDecision) -> JSONValue {
        .object([
            ("id", .int(Int(stored.id.rawValue))), ("created_at", .string(time(stored.createdAt))),
            ("categories", parsed(stored.categoriesJSON)), ("entities", parsed(stored.entitiesJSON)),
            ("decision", parsed(stored.decisionJSON)), ("policy_version", .string(stored.policyVersion)),
            ("model_version", .string(stored.modelVersion)),
        ])
    }

    static func action(_ action: StoredAction) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .int(Int(action.id.rawValue))), ("kind", .string(action.kind.rawValue)), ("status", .string(action.status.rawValue)),
            ("attempts", .int(action.attempts)), ("requested_by", .string(action.requestedBy)),
        ]
        if let reason = action.reason { fields.append(("reason", .string(reason))) }
        if let approvedBy = action.approvedBy { fields.append(("approved_by", .string(approvedBy))) }
        if let error = action.lastError { fields.append(("last_error", .string(error))) }
        if let response = action.platformResponse { fields.append(("platform_response", parsed(response))) }
        if let text = (try? JSONValue.parse(action.payloadJSON)).flatMap(Self.textMember) { fields.append(("text", .string(text))) }
        fields += [("created_at", .string(time(action.createdAt))), ("updated_at", .string(time(action.updatedAt)))]
        return .object(fields)
    }

    static func revision(_ revision: ItemRevision) -> JSONValue {
        .object([
            ("revision", .int(revision.revision)), ("text", .string(revision.text)), ("received_at", .string(time(revision.receivedAt))),
        ])
    }

    static func audit(_ entry: AuditEntry) -> JSONValue {
        .object([
            ("id", .int(Int(entry.id))), ("at", .string(time(entry.at))), ("actor", .string(entry.actor)),
            ("event", .string(entry.event)), ("details", parsed(entry.detailsJSON)),
        ])
    }

    static func alert(_ alert: Alert) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .int(Int(alert.id))), ("kind", .string(alert.kind.rawValue)), ("severity", .string(alert.severity.rawValue)),
            ("message", .string(alert.message)), ("created_at", .string(time(alert.createdAt))),
        ]
        if let role = alert.role { fields.append(("role", .string(role))) }
        if let page = alert.page { fields.append(("page_id", .string(page.rawValue))) }
        if let item = alert.itemID { fields.append(("item_id", .string(item.rawValue))) }
        if let by = alert.acknowledgedBy { fields.append(("acknowledged_by", .string(by))) }
        if let at = alert.acknowledgedAt { fields.append(("acknowledged_at", .string(time(at)))) }
        return .object(fields)
    }

    /// Stored JSON served as it was recorded; text that is not JSON is served as a string.
    static func parsed(_ text: String) -> JSONValue {
        (try? JSONValue.parse(text)) ?? .string(text)
    }

    private static func textMember(_ value: JSONValue) -> String? {
        guard case .object(let pairs) = value, case .string(let text)? = pairs.first(where: { $0.0 == "text" })?.1 else { return nil }
        return text
    }

    static func time(_ date: Date) -> String {
        Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date)
    }
}
