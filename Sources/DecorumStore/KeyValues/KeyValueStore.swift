public import struct Foundation.Date

/// Short-lived values by key, each with an optional expiry: sessions, and any state several processes must share.
public protocol KeyValueStore: Sendable {
    /// The value under `key`, or nil if there is none or it has expired.
    func get(_ key: String) async throws -> KeyValueEntry?
    /// Stores `value` under `key`, replacing any value there.
    func set(_ key: String, to value: [UInt8], expiry: KeyValueExpiry) async throws
    /// Stores `value` under `key` only if no unexpired value is there; returns whether it did.
    func insert(_ key: String, value: [UInt8], expiry: KeyValueExpiry) async throws -> Bool
    /// Removes the value under `key`, if any.
    func remove(_ key: String) async throws
    /// Removes every expired value and returns how many there were.
    @discardableResult
    func purgeExpired() async throws -> Int
}

/// A stored value and when it expires.
public struct KeyValueEntry: Sendable, Hashable {
    /// The bytes stored.
    public var value: [UInt8]
    /// Nil for a value that never expires.
    public var expiresAt: Date?

    /// An entry.
    public init(value: [UInt8], expiresAt: Date?) {
        self.value = value
        self.expiresAt = expiresAt
    }
}

/// When a stored value expires.
public enum KeyValueExpiry: Sendable, Hashable {
    /// Kept until removed.
    case never
    /// Expires this long after it is stored.
    case after(Duration)
    /// As the value it replaces (a value stored where there was none, or only an expired one, never expires).
    case unchanged
}
