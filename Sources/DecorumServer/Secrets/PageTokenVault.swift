public import DecorumCore
public import DecorumMeta
public import DecorumStore

/// Page access tokens, kept in the `pages` table sealed by a ``SecretKeyring`` (the store never sees them
/// in clear), and opened tokens held in memory so acting on a page does not decrypt each time.
///
/// Each token is sealed for its own page (context `page-token:<page id>`), so a ciphertext copied to
/// another page's row does not open.
public actor PageTokenVault {
    /// The keys in use: the primary seals, any opens.
    public private(set) var keyring: SecretKeyring
    private let database: Store
    /// Where to look again for a key the keyring lacks: `decorum keys rotate` run beside a serving process.
    private let keyFile: KeyFile?
    /// Opened tokens by page, with the ciphertext they came from: a changed row is opened again.
    private var opened: [PageID: (sealed: String, token: PageToken)] = [:]

    /// A vault over `store`'s pages. Given the `keyFile` the keys came from, it reads the file again when a
    /// token names a key it lacks, so a serving process picks up `decorum keys rotate` without a restart.
    public init(keyring: SecretKeyring, store: Store, keyFile: KeyFile? = nil) {
        self.keyring = keyring
        self.database = store
        self.keyFile = keyFile
    }

    /// The authenticated context a page's token is sealed for.
    public static func context(for page: PageID) -> String { "page-token:\(page.rawValue)" }

    /// Seals `token` with the primary key and saves it as the page's token, with the page's name.
    ///
    /// A different token than the stored one clears the page's expired mark; storing the same token again
    /// (as at every start-up) keeps the mark, since a token Meta called expired stays expired.
    public func store(token: String, for page: PageID, name: String) async throws {
        let existing = try await database.pages.page(page)
        var expired = false
        if let existing, let sealed = existing.tokenCiphertext,
           let current = try? open(sealed, for: page), current.secret == token {
            let usesPrimary = SecretKeyring.keyID(ofSealed: sealed) == keyring.primary.id
            if usesPrimary && existing.name == name { return }
            expired = existing.tokenExpired
        }
        let sealed = try keyring.seal(token, context: Self.context(for: page))
        try await database.pages.save(Page(id: page, name: name, tokenCiphertext: sealed, tokenExpired: expired))
        opened[page] = (sealed, PageToken(token))
    }

    /// The page's token, or nil if the page is unknown or has none; whether it expired is the page's
    /// `tokenExpired`, not this method's concern.
    public func token(for page: PageID) async throws -> PageToken? {
        guard let row = try await database.pages.page(page) else {
            opened[page] = nil
            return nil
        }
        return try token(for: row)
    }

    /// The token of a page row the caller has already read, without reading the store.
    public func token(for page: Page) throws -> PageToken? {
        guard let sealed = page.tokenCiphertext else {
            opened[page.id] = nil
            return nil
        }
        return try open(sealed, for: page.id)
    }

    /// Seals every stored token again with `newKeyring`'s primary key, in one transaction (all or none),
    /// then uses `newKeyring`; returns how many tokens were re-sealed.
    ///
    /// Tokens are opened with whichever of the two keyrings has their key; if any cannot be opened nothing
    /// changes and the error names it.
    @discardableResult
    public func reencryptAll(with newKeyring: SecretKeyring) async throws -> Int {
        let current = keyring
        let count = try await database.transaction { tx in
            var count = 0
            for page in try await tx.pages.all() {
                guard let sealed = page.tokenCiphertext else { continue }
                let context = Self.context(for: page.id)
                let opener = SecretKeyring.keyID(ofSealed: sealed).flatMap { newKeyring.key($0) } != nil ? newKeyring : current
                var resealed = page
                resealed.tokenCiphertext = try newKeyring.seal(try opener.open(sealed, context: context), context: context)
                try await tx.pages.save(resealed)
                count += 1
            }
            return count
        }
        keyring = newKeyring
        opened = [:]
        return count
    }

    /// Opens every stored token, throwing the first that does not open; returns how many there are.
    @discardableResult
    public func verifyAll() async throws -> Int {
        var count = 0
        for page in try await database.pages.all() where try token(for: page) != nil { count += 1 }
        return count
    }

    /// How many stored tokens each key seals, by key id; ids not in the keyring are tokens that cannot be
    /// opened. Text that is not a sealed secret at all is not counted.
    public func sealedTokenCounts() async throws -> [SecretKeyID: Int] {
        var counts = [SecretKeyID: Int]()
        for page in try await database.pages.all() {
            if let id = page.tokenCiphertext.flatMap(SecretKeyring.keyID(ofSealed:)) { counts[id, default: 0] += 1 }
        }
        return counts
    }

    /// Drops key `id` from the vault's keyring and returns the result, for the caller to save; refused while
    /// any stored token is sealed with it, or if it is the primary key.
    public func retiring(_ id: SecretKeyID) async throws -> SecretKeyring {
        _ = try keyring.retiring(id)
        let inUse = try await sealedTokenCounts()[id] ?? 0
        guard inUse == 0 else { throw SecretError.keyInUse(id, secrets: inUse) }
        keyring = try keyring.retiring(id)
        return keyring
    }

    private func open(_ sealed: String, for page: PageID) throws -> PageToken {
        if let cached = opened[page], cached.sealed == sealed { return cached.token }
        let context = Self.context(for: page)
        let plaintext: String
        do throws(SecretError) {
            plaintext = try keyring.open(sealed, context: context)
        } catch .unknownKey(let id, _, _) {
            guard let keyFile, let reloaded = try? keyFile.load(), reloaded.key(id) != nil else {
                throw SecretError.unknownKey(id, context: context, known: keyring.keyIDs)
            }
            keyring = reloaded
            plaintext = try keyring.open(sealed, context: context)
        }
        let token = PageToken(plaintext)
        opened[page] = (sealed, token)
        return token
    }
}

extension PageTokenVault: PageTokenProvider {}
