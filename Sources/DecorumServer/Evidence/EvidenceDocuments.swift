import DecorumCore
import DecorumStore
import Foundation

/// The pack's JSON files: the item with its versions and deliveries, the decisions, the actions with
/// Facebook's answers, and the audit trail. Stored JSON (decisions, payloads, answers, audit details) is
/// embedded as parsed values, keys in the order recorded; text that is not JSON is kept as a string.
enum EvidenceDocuments {
    static func item(_ facts: EvidenceFacts) -> JSONValue {
        let stored = facts.records.item
        let item = stored.item
        var author: [(String, JSONValue)] = []
        if let id = item.author?.id { author.append(("id", .string(id.rawValue))) }
        if let name = item.author?.name { author.append(("name", .string(name))) }
        let permalink: JSONValue = facts.permalink.map { link in
            .object([("url", .string(link.url)), ("source", .string(link.fromGraph ? "graph_api" : "worked_out_from_ids"))])
        } ?? .null
        return .object([
            ("id", .string(item.id.rawValue)),
            ("page_id", .string(stored.page.rawValue)),
            ("kind", .string(stored.kind.rawValue)),
            ("parent_id", item.parentID.map { .string($0.rawValue) } ?? .null),
            ("permalink", permalink),
            ("author", .object(author)),
            ("created_time", item.createdTime.map(JSONValue.string) ?? .null),
            ("first_seen", .string(EvidenceTime.iso(stored.firstSeen))),
            ("last_seen", .string(EvidenceTime.iso(stored.lastSeen))),
            ("status", .string(stored.status.rawValue)),
            ("hidden_on_page", .bool(stored.isHidden)),
            ("deleted_from_page", .bool(stored.isDeleted)),
            ("text_purged_at", stored.textPurgedAt.map { .string(EvidenceTime.iso($0)) } ?? .null),
            ("legal_hold", facts.records.hold.map { hold in
                .object([
                    ("placed_by", .string(hold.placedBy)), ("placed_at", .string(EvidenceTime.iso(hold.placedAt))), ("reason", .string(hold.reason)),
                ])
            } ?? .null),
            ("text", .string(item.text)),
            ("attachments", attachments(item.attachments)),
            ("revisions", .array(facts.records.revisions.map { revision in
                .object([
                    ("revision", .int(revision.revision)),
                    ("received_at", .string(EvidenceTime.iso(revision.receivedAt))),
                    ("text", .string(revision.text)),
                    ("attachments", attachments(revision.attachments)),
                    ("delivery_file", facts.file(carrying: revision).map(JSONValue.string) ?? .null),
                ])
            })),
            ("deliveries", .array(facts.deliveries.map { delivery($0, source: "webhook") } + facts.graphReads.map { delivery($0, source: "graph_api") })),
        ])
    }

    static func decisions(_ facts: EvidenceFacts) -> JSONValue {
        .object([
            ("decisions", .array(facts.records.decisions.map { decision in
                .object([
                    ("id", .int(Int(decision.id.rawValue))),
                    ("created_at", .string(EvidenceTime.iso(decision.createdAt))),
                    ("action", .string(decision.action.rawValue)),
                    ("needs_approval", .bool(decision.needsApproval)),
                    ("policy_version", .string(decision.policyVersion)),
                    ("model_version", .string(decision.modelVersion)),
                    ("categories", embedded(decision.categoriesJSON)),
                    ("entities", embedded(decision.entitiesJSON)),
                    ("decision", embedded(decision.decisionJSON)),
                ])
            })),
        ])
    }

    static func actions(_ facts: EvidenceFacts) -> JSONValue {
        .object([
            ("actions", .array(facts.records.actions.map { action in
                .object([
                    ("id", .int(Int(action.id.rawValue))),
                    ("kind", .string(action.kind.rawValue)),
                    ("status", .string(action.status.rawValue)),
                    ("requested_by", .string(action.requestedBy)),
                    ("reason", action.reason.map(JSONValue.string) ?? .null),
                    ("approved_by", action.approvedBy.map(JSONValue.string) ?? .null),
                    ("payload", embedded(action.payloadJSON)),
                    ("idempotency_key", .string(action.idempotencyKey)),
                    ("attempts", .int(action.attempts)),
                    ("last_error", action.lastError.map(JSONValue.string) ?? .null),
                    ("platform_response", action.platformResponse.map(embedded) ?? .null),
                    ("platform_response_file", facts.answers[action.id].map(JSONValue.string) ?? .null),
                    ("origin_received_at", action.originReceivedAt.map { .string(EvidenceTime.iso($0)) } ?? .null),
                    ("created_at", .string(EvidenceTime.iso(action.createdAt))),
                    ("updated_at", .string(EvidenceTime.iso(action.updatedAt))),
                ])
            })),
        ])
    }

    static func audit(_ facts: EvidenceFacts) -> JSONValue {
        .object([
            ("entries", .array(facts.records.audit.map { entry in
                .object([
                    ("id", .int(Int(entry.id))),
                    ("at", .string(EvidenceTime.iso(entry.at))),
                    ("actor", .string(entry.actor)),
                    ("event", .string(entry.event)),
                    ("details", embedded(entry.detailsJSON)),
                ])
            })),
            ("left_out", .string("entries recording that an evidence pack was made")),
        ])
    }

    private static func delivery(_ stored: EvidenceFacts.Stored, source: String) -> JSONValue {
        .object([
            ("file", stored.name.map(JSONValue.string) ?? .null),
            ("source", .string(source)),
            ("key", .string(stored.delivery.key)),
            ("received_at", .string(EvidenceTime.iso(stored.delivery.receivedAt))),
            ("purged_at", stored.delivery.purgedAt.map { .string(EvidenceTime.iso($0)) } ?? .null),
            ("bytes", .int(stored.delivery.body.count)),
        ])
    }

    private static func attachments(_ list: [Attachment]) -> JSONValue {
        .array(list.map { .object([("type", .string($0.type.rawValue)), ("url", $0.url.map(JSONValue.string) ?? .null)]) })
    }

    /// Stored JSON as a value, or the text itself when it is not JSON.
    private static func embedded(_ text: String) -> JSONValue {
        (try? JSONValue.parse(text)) ?? .string(text)
    }
}
