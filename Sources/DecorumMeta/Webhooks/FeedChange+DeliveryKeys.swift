/// Reading back the delivery keys ``FeedChange/deliveryKey`` writes: `{kind}:{object}:{verb}:{digest}`, with a
/// prefix such as `sync:` before it for a change read back from the Graph API.
extension FeedChange {
    /// The verb a stored delivery's key names, or nil for a key not written by ``deliveryKey``.
    public static func verb(inDeliveryKey key: String) -> Verb? {
        var parts = key.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 5 { parts.removeFirst() }
        guard parts.count == 4, Kind(rawValue: String(parts[0])) != nil, !parts[1].isEmpty else { return nil }
        return Verb(rawValue: String(parts[2]))
    }
}
