/// The SQL store: migrations, repositories and the durable job queue, on SQLite or PostgreSQL.
public enum DecorumStore {}
