public import DecorumCore
public import DecorumStore

/// Makes evidence packs for the dashboard and `decorum evidence`: reads the item's records, refuses an item
/// that is neither defamation nor a threat unless forced, and records each pack in the audit log (who made
/// it, the manifest's SHA-256; never a word of the comment) in the same transaction as the reading.
public struct EvidencePackMaker: Sendable {
    let store: Store
    let practice: Practice

    /// `practice` names the practice and its contacts in the pack (the policy in force has them).
    public init(store: Store, practice: Practice) {
        self.store = store
        self.practice = practice
    }

    /// The pack for item `id`, made by `actor`; without `force`, only for defamation or a threat. `handOver`
    /// (writing it to a file, say) runs before the transaction commits, so a pack it fails to deliver is not
    /// recorded as made.
    public func make(
        _ id: ItemID, by actor: String, force: Bool = false, handOver: (EvidencePack) throws -> Void = { _ in }
    ) async throws -> EvidencePack {
        try await store.transaction { tx in
            guard let records = try await EvidenceRecords.read(id, in: tx) else { throw EvidenceError.unknownItem(id) }
            let grounds = EvidenceGrounds(records.decisions)
            if grounds.isEmpty, !force { throw EvidenceError.notDefamationOrThreat(id, categoriesFound: grounds.categoriesFound) }
            let pack: EvidencePack
            do throws(ZipError) { pack = try EvidencePack(records, practice: practice) } catch { throw EvidenceError.archive(id, error) }
            try await tx.audit.append(actor: actor, event: EvidenceRecords.packEvent, itemID: id, details: .object([
                ("manifest_sha256", .string(pack.manifestSHA256)),
                ("zip_sha256", .string(pack.archiveSHA256)),
                ("bytes", .int(pack.archive.count)),
                ("files", .int(pack.files.count)),
                ("grounds", .array(pack.grounds.map(JSONValue.string))),
                ("forced", .bool(grounds.isEmpty)),
            ]))
            try handOver(pack)
            return pack
        }
    }

    /// Whether Decorum found grounds for a pack for `id`: defamation or a threat in any of its decisions.
    public func hasGrounds(_ id: ItemID) async throws -> Bool {
        !EvidenceGrounds(try await store.decisions.list(for: id)).isEmpty
    }
}
