extension Store {
    /// The store's items.
    public var items: SQLItemRepository { SQLItemRepository(store: self) }
    /// The store's pages.
    public var pages: SQLPageRepository { SQLPageRepository(store: self) }
    /// The store's decisions.
    public var decisions: SQLDecisionRepository { SQLDecisionRepository(store: self) }
    /// The store's actions.
    public var actions: SQLActionRepository { SQLActionRepository(store: self) }
    /// The store's webhook deliveries.
    public var webhookEvents: SQLWebhookEventLog { SQLWebhookEventLog(store: self) }
    /// The store's audit log.
    public var audit: SQLAuditLog { SQLAuditLog(store: self) }
    /// The store's job queue.
    public var jobs: SQLJobQueue { SQLJobQueue(store: self) }
    /// The store's alerts.
    public var alerts: SQLAlertRepository { SQLAlertRepository(store: self) }
    /// What the store's reports read.
    public var reports: SQLReportRepository { SQLReportRepository(store: self) }
    /// The store's notes on items.
    public var notes: SQLNoteRepository { SQLNoteRepository(store: self) }
    /// The policy versions saved from the dashboard.
    public var policyVersions: SQLPolicyVersionRepository { SQLPolicyVersionRepository(store: self) }
    /// The dashboard's users.
    public var users: SQLUserRepository { SQLUserRepository(store: self) }
    /// The store's short-lived values (sessions).
    public var keyValues: SQLKeyValueStore { SQLKeyValueStore(store: self) }
    /// Legal holds on items.
    public var holds: SQLLegalHoldRepository { SQLLegalHoldRepository(store: self) }
    /// The retention purge.
    public var retention: SQLRetention { SQLRetention(store: self) }
}
