import Crypto
public import DecorumStore
import struct Foundation.Data
import struct Foundation.Date
import class Foundation.JSONDecoder
import class Foundation.JSONEncoder
public import Hummingbird
import ServiceLifecycle

/// Hummingbird's `PersistDriver` over the store's `kv_entries` table, so sessions live in the database and
/// every `decorum serve` on one PostgreSQL database shares them.
///
/// Values are stored as JSON. Keys are stored as their SHA-256, so a copy of the database does not hand
/// over the session ids it holds. Run it as a service: it removes expired values every `purgeInterval`.
public struct SQLPersistDriver: PersistDriver {
    let values: any KeyValueStore
    let clock: StoreClock
    /// How often expired values are removed while the driver runs as a service.
    public let purgeInterval: Duration

    /// Keeps values in `store`'s key-value table.
    public init(store: Store, purgeInterval: Duration = .seconds(600)) {
        self.init(values: store.keyValues, clock: store.clock, purgeInterval: purgeInterval)
    }

    /// Keeps values in `values`, whose expiry times are read on `clock`.
    public init(values: any KeyValueStore, clock: StoreClock, purgeInterval: Duration = .seconds(600)) {
        self.values = values
        self.clock = clock
        self.purgeInterval = purgeInterval
    }

    public func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard try await values.insert(Self.storedKey(key), value: try Self.encode(value), expiry: expires.map { .after($0) } ?? .never) else {
            throw PersistError.duplicate
        }
    }

    public func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await values.set(Self.storedKey(key), to: try Self.encode(value), expiry: expires.map { .after($0) } ?? .unchanged)
    }

    public func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    public func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        guard let entry = try await values.get(Self.storedKey(key)) else { return nil }
        let object: Object
        do {
            object = try JSONDecoder().decode(Object.self, from: Data(entry.value))
        } catch {
            throw PersistError.invalidConversion
        }
        let ttl = entry.expiresAt.map { Duration.milliseconds(Int64(($0.timeIntervalSince(clock.now()) * 1000).rounded(.down))) }
        return (object, ttl)
    }

    public func remove(key: String) async throws {
        try await values.remove(Self.storedKey(key))
    }

    /// Removes expired values every ``purgeInterval`` until graceful shutdown.
    public func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: purgeInterval)
                _ = try? await values.purgeExpired()
            }
        }
    }

    /// `persist.` and the key's SHA-256 in base64url.
    static func storedKey(_ key: String) -> String {
        "persist." + CSRFToken.base64URL(Array(SHA256.hash(data: Array(key.utf8))))
    }

    private static func encode(_ value: some Encodable) throws -> [UInt8] {
        Array(try JSONEncoder().encode(value))
    }
}
