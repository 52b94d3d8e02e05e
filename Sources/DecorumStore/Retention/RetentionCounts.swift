import DecorumCore

/// How much a retention purge took (or, in a dry run, would take): numbers only, never any text.
public struct RetentionCounts: Sendable, Hashable {
    /// Allowed items whose text, author's name and attachments went.
    public var allowedItems = 0
    /// Actioned items whose text, author's name and attachments went.
    public var actionedItems = 0
    /// Revisions of those items emptied of text, attachments and raw payload.
    public var revisions = 0
    /// Decisions about them with the quoted words taken out.
    public var decisions = 0
    /// Webhook deliveries whose raw bodies went (the purged items', and old ones about no stored item).
    public var webhookEvents = 0
    /// Finished jobs deleted (their payloads held copies of the text).
    public var finishedJobs = 0
    /// Items past their period but under legal hold, so kept whole.
    public var heldItems = 0

    /// Nothing purged yet.
    public init() {}

    /// Items purged, of either class.
    public var items: Int { allowedItems + actionedItems }

    /// The counts with the periods they were purged under, as the audit entry's details.
    func auditDetails(_ retention: Retention, policyVersion: String) -> JSONValue {
        .object([
            ("allowed_items", .int(allowedItems)), ("actioned_items", .int(actionedItems)), ("revisions", .int(revisions)),
            ("decisions", .int(decisions)), ("webhook_events", .int(webhookEvents)), ("finished_jobs", .int(finishedJobs)),
            ("held_items_kept", .int(heldItems)), ("allowed_text_days", .int(retention.allowedTextDays)),
            ("actioned_text_days", .int(retention.actionedTextDays)), ("policy_version", .string(policyVersion)),
        ])
    }
}
