/// How long Decorum keeps the words people posted: the text, author's name, attachments and raw payloads of
/// an item go once it has been settled this long; its decisions and the audit log stay, without the text.
///
/// Actioned items (hidden, deleted, replied to, or closed by a person) are kept longer than allowed ones: a
/// complaint to the NHS or a defamation claim can come up to a year after the post.
public struct Retention: Sendable, Hashable {
    /// Days the text of an item left as it was (or the practice's own) is kept after Decorum last saw it.
    public var allowedTextDays: Int
    /// Days the text of an item Decorum or a person acted on is kept after Decorum last saw it.
    public var actionedTextDays: Int

    /// The range either setting may take: a day to ten years.
    public static let days = 1...3650

    /// The defaults: 90 days for allowed items, 400 for actioned ones (a year and a month).
    public init(allowedTextDays: Int = 90, actionedTextDays: Int = 400) {
        self.allowedTextDays = allowedTextDays
        self.actionedTextDays = actionedTextDays
    }
}
