/// What recording an item's text did.
public enum RevisionOutcome: Sendable, Hashable {
    /// The item was not known: it is stored with revision 1.
    case new
    /// The text or attachments changed: a new revision is stored and the item awaits judging again.
    case edited(revision: Int)
    /// The same text and attachments as the latest revision (a repeated delivery): nothing new is stored.
    case unchanged
}
