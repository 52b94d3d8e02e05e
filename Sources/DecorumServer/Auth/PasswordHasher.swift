import HummingbirdBcrypt
public import NIOPosix
import Synchronization

/// Hashes and checks passwords with bcrypt on a thread pool: one hash at cost 12 takes a quarter of a
/// second or more of CPU, which must not stall the tasks serving other requests.
public struct PasswordHasher: Sendable {
    /// The bcrypt cost (log2 of the rounds) Decorum uses.
    public static let standardCost: UInt8 = 12

    /// The cost of new hashes.
    public let cost: UInt8
    private let threadPool: NIOThreadPool
    private let dummy: DummyHash

    /// A hasher at `cost` (4 to 31) running on `threadPool`.
    public init(cost: UInt8 = PasswordHasher.standardCost, threadPool: NIOThreadPool = .singleton) {
        precondition((4...31).contains(cost), "bcrypt's cost is from 4 to 31")
        self.cost = cost
        self.threadPool = threadPool
        self.dummy = DummyHash(cost: cost)
    }

    /// The bcrypt hash of `password`, with a new random salt.
    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await threadPool.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`; false for a password with a NUL (bcrypt would read only up to it).
    public func verify(_ password: String, hash: String) async throws -> Bool {
        guard !password.utf8.contains(0) else { return false }
        return try await threadPool.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// Spends the time of a real check, for a login that does not exist, so timing does not tell which logins do.
    public func verifyNothing(_ password: String) async throws {
        _ = try await verify(password, hash: try await dummyHash())
    }

    /// The hash `verifyNothing` checks against: at this hasher's cost, so it takes as long as a real check.
    func dummyHash() async throws -> String { try await dummy.hash(on: threadPool) }
}

/// A hash of a secret nobody knows, at the hasher's cost, made once.
private final class DummyHash: Sendable {
    /// A cost-12 hash of 32 random characters, thrown away after it was made.
    static let standard = "$2b$12$P2CpCLtnwHenbPoB1QbETeTa.GtcwRzOMrNpCdPkADHI15miyB2Qu"

    let cost: UInt8
    private let made: Mutex<String?>

    init(cost: UInt8) {
        self.cost = cost
        made = Mutex(cost == 12 ? Self.standard : nil)
    }

    func hash(on pool: NIOThreadPool) async throws -> String {
        if let hash = made.withLock({ $0 }) { return hash }
        let cost = cost
        let hash = try await pool.runIfActive { Bcrypt.hash(OneTimePassword.generate(), cost: cost) }
        made.withLock { $0 = $0 ?? hash }
        return hash
    }
}
