/// A person a comment names or singles out, found by `PeopleScanner`.
struct PersonMention: Sendable, Hashable {
    /// How the person is referred to.
    enum Form: Sendable, Hashable {
        /// A name, with or without a title ("Julie Barker", "Dr Khan").
        case name
        /// A description that singles one person out ("the lady in the waiting room").
        case description
    }

    /// Why a mention is a member of staff.
    struct StaffClaim: Sendable, Hashable {
        var confidence: Double
        var reason: String
        /// The roster name matched, if any.
        var reference: String?
        /// A bare singular role ("the receptionist"): a weak hint, counted once per item.
        var weak: Bool = false
    }

    var form: Form
    /// Token indices, inclusive.
    var first: Int
    var last: Int
    var span: TextSpan
    var staff: StaffClaim?
    /// Introduced as a relative or acquaintance ("my neighbour Dave", "her son Kyle").
    var relation: Bool = false
    /// Placed at the surgery by the description ("in the waiting room", "before me").
    var presence: Bool = false
    /// Plain words on why this is a person.
    var reason: String
}
