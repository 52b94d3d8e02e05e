extension Migration {
    /// Complaints the practice manager has taken up as formal complaints, with the acknowledgement they owe.
    static let formalComplaints = Migration(version: 7, name: "formal complaints") { _ in
        [
            """
            CREATE TABLE formal_complaints (
                item_id TEXT PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
                received_on TEXT NOT NULL,
                acknowledge_by TEXT NOT NULL,
                marked_by TEXT NOT NULL,
                marked_at BIGINT NOT NULL,
                acknowledged_by TEXT,
                acknowledged_at BIGINT
            )
            """,
            "CREATE INDEX formal_complaints_open ON formal_complaints (acknowledged_at, acknowledge_by)",
        ]
    }
}
