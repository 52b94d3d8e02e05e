extension Transaction {
    /// Items, in this transaction.
    public var items: SQLItemRepository { SQLItemRepository(transaction: self) }
    /// Pages, in this transaction.
    public var pages: SQLPageRepository { SQLPageRepository(transaction: self) }
    /// Decisions, in this transaction.
    public var decisions: SQLDecisionRepository { SQLDecisionRepository(transaction: self) }
    /// Actions, in this transaction.
    public var actions: SQLActionRepository { SQLActionRepository(transaction: self) }
    /// Webhook deliveries, in this transaction.
    public var webhookEvents: SQLWebhookEventLog { SQLWebhookEventLog(transaction: self) }
    /// The audit log, in this transaction.
    public var audit: SQLAuditLog { SQLAuditLog(transaction: self) }
    /// The job queue, in this transaction.
    public var jobs: SQLJobQueue { SQLJobQueue(transaction: self) }
    /// Alerts, in this transaction.
    public var alerts: SQLAlertRepository { SQLAlertRepository(transaction: self) }
    /// Notes, in this transaction.
    public var notes: SQLNoteRepository { SQLNoteRepository(transaction: self) }
    /// Policy versions, in this transaction.
    public var policyVersions: SQLPolicyVersionRepository { SQLPolicyVersionRepository(transaction: self) }
    /// Users, in this transaction.
    public var users: SQLUserRepository { SQLUserRepository(transaction: self) }
    /// Short-lived values, in this transaction.
    public var keyValues: SQLKeyValueStore { SQLKeyValueStore(transaction: self) }
    /// Legal holds, in this transaction.
    public var holds: SQLLegalHoldRepository { SQLLegalHoldRepository(transaction: self) }
}
