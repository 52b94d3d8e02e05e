public import DecorumCore

/// Reading back the delivery keys ``FeedChange/deliveryKey`` writes (`{kind}:{object}:{verb}:{digest}`), to
/// find every stored delivery about one object.
extension FeedChange {
    /// How every delivery key about `objectID` begins, one prefix for each kind of object.
    public static func deliveryKeyPrefixes(for objectID: ItemID) -> [String] {
        Kind.allCases.map { "\($0.rawValue):\(objectID.rawValue):" }
    }

    /// The verb named by a key that begins with one of `deliveryKeyPrefixes(for: objectID)`, or nil.
    public static func verb(inDeliveryKey key: Substring, objectID: ItemID) -> Verb? {
        guard let prefix = deliveryKeyPrefixes(for: objectID).first(where: key.hasPrefix) else { return nil }
        let rest = key.dropFirst(prefix.count)
        return rest.firstIndex(of: ":").flatMap { Verb(rawValue: String(rest[..<$0])) }
    }
}
