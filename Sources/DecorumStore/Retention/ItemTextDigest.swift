/// What the store keeps of an item's text once it is purged: a SHA-256 of the text and attachments, so the
/// same comment sent again (a repeated webhook, `decorum sync`) is recognised as unchanged rather than
/// stored afresh and judged again.
enum ItemTextDigest {
    /// The digest of an item's (storable) text and its attachments' JSON as stored.
    static func of(text: String, attachments: String) -> String {
        SHA256Hex.of(Array(text.utf8), [0], Array(attachments.utf8))
    }

    /// True when the stored row's text, or the digest left when it was purged, is this text and these attachments.
    static func matches(text: String, attachments: String, storedText: String, storedAttachments: String, digest: String?) -> Bool {
        if storedText == text && storedAttachments == attachments { return true }
        guard let digest else { return false }
        return of(text: text, attachments: attachments) == digest
    }
}
