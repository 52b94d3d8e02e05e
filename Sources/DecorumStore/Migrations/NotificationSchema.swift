extension Migration {
    /// When each alert was sent on by e-mail or Teams, so a notification goes out once, after its alert commits.
    static let notifications = Migration(version: 4, name: "alert notifications") { _ in
        [
            "ALTER TABLE alerts ADD COLUMN notified_at BIGINT",
            "CREATE INDEX alerts_unnotified ON alerts (notified_at, id)",
        ]
    }
}
