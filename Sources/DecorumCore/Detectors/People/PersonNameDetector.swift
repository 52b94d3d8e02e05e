/// Finds people a comment names or singles out who are not staff: "Julie Barker", "my neighbour Dave",
/// "Mrs Jones", "the lady in the waiting room". Emits `person` entities with subject `.unknown`;
/// `ConfidentialityDetector` decides whose they are.
///
/// Names of staff (roster names, "Dr Khan", "Karen on reception", "the new nurse") are left to
/// `StaffDetector`: both run the same `PeopleScanner`, so a name is reported by one of them only.
public struct PersonNameDetector: MentionReporting {
    public let name = "person-names"
    let scanner: PeopleScanner

    /// A detector for the practice in `context` (its staff roster tells staff from other people).
    public init(context: DetectionContext) {
        scanner = PeopleScanner(staff: context.staff)
    }

    /// Shares a scanner already built (the people detector runs one scan for both kinds of mention).
    init(scanner: PeopleScanner) {
        self.scanner = scanner
    }

    /// Adds the people who are not staff among `mentions`.
    func report(_ mentions: [PersonMention], in text: AnalyzedText, into detection: inout Detection) {
        for mention in mentions where mention.staff == nil {
            detection.entities.append(Entity(kind: .person, span: mention.span, text: text.text(mention.span), subject: .unknown, detector: name))
        }
    }
}
