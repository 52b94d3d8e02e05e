public import DecorumCore

/// Why an evidence pack was not made, as a sentence the practice manager can act on.
public enum EvidenceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No item with this id was ever received.
    case unknownItem(ItemID)
    /// The item's decisions found neither defamation nor a threat (the categories they found are given).
    case notDefamationOrThreat(ItemID, categoriesFound: [String])
    /// The pack could not be written as a ZIP.
    case archive(ItemID, ZipError)

    public var description: String {
        switch self {
        case .unknownItem(let id):
            return "There is no item \(id.rawValue) in Decorum's records; check the id (it is shown on the item's page)."
        case .notDefamationOrThreat(let id, let found):
            let what = found.isEmpty
                ? "Decorum has not found anything in it that breaks the code of conduct"
                : "Decorum's decisions about it found only \(found.joined(separator: ", "))"
            return "Item \(id.rawValue) is not defamation or a threat: \(what). An evidence pack is for defamation (clause 8) and "
                + "threats; to make one anyway, ask for it with force (decorum evidence --force, or \"make one anyway\" on the "
                + "item's page) and the audit log records that it was forced."
        case .archive(let id, let error):
            return "The evidence pack for item \(id.rawValue) could not be written: \(error)"
        }
    }
}
