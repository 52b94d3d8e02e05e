public import DecorumCore

/// Legal holds on items: a held item is passed over by the retention purge and by erasure until released.
public protocol LegalHoldRepository: Sendable {
    /// Puts the item under hold, and records who and why in the audit log (`legal_hold_placed`).
    @discardableResult
    func place(on item: ItemID, by person: String, reason: String) async throws -> LegalHold
    /// Releases the item's hold, and records who and why in the audit log (`legal_hold_released`); returns the hold released.
    @discardableResult
    func release(_ item: ItemID, by person: String, reason: String) async throws -> LegalHold
    /// The item's hold, if it is under one.
    func hold(on item: ItemID) async throws -> LegalHold?
    /// Every hold, oldest first.
    func all() async throws -> [LegalHold]
    /// Which of these items are under hold.
    func held(among items: [ItemID]) async throws -> Set<ItemID>
}
