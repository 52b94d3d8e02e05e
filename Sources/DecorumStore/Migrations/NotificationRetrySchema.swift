extension Migration {
    /// How far sending each alert on has got, on the alert itself: the rounds tried, the channels that took it, and
    /// until when one instance holds it (sending, or waiting to retry), so every instance sees the same progress.
    static let notificationRetries = Migration(version: 5, name: "alert notification retries") { _ in
        [
            "ALTER TABLE alerts ADD COLUMN notify_attempts INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE alerts ADD COLUMN notify_delivered TEXT",
            "ALTER TABLE alerts ADD COLUMN notify_held_until BIGINT",
        ]
    }
}
