/// Finds members of staff a comment identifies (clause 6): roster names, aliases, near-miss
/// spellings, titles with a name ("Dr Khan", "Sister Morris"), first names where the context is the
/// practice ("Karen on reception", "ask for Beth"), and descriptions that single one person out
/// ("the male receptionist with the beard", "the practice manager").
///
/// Emits a `staff_identification` finding per mention and a `person` entity with subject `.staff`
/// (reference: the roster name) so later detectors can tell an allegation against a named member of staff.
/// A bare singular role ("the receptionist was rude") is a weak hint, counted once per item.
public struct StaffDetector: MentionReporting {
    public let name = "staff-roster"
    let scanner: PeopleScanner

    /// A detector for the practice in `context`; with an empty roster it still finds titles and descriptions.
    public init(context: DetectionContext) {
        scanner = PeopleScanner(staff: context.staff)
    }

    /// Shares a scanner already built (the people detector runs one scan for both kinds of mention).
    init(scanner: PeopleScanner) {
        self.scanner = scanner
    }

    /// Adds the staff among `mentions`: a `staff_identification` finding and a staff entity each.
    func report(_ mentions: [PersonMention], in analyzed: AnalyzedText, into detection: inout Detection) {
        for mention in mentions {
            guard let claim = mention.staff else { continue }
            let text = analyzed.text(mention.span)
            detection.entities.append(Entity(kind: .person, span: mention.span, text: text, subject: .staff, detector: name, reference: claim.reference))
            let evidence = Evidence(span: mention.span, text: text, detector: name, reason: claim.reason)
            detection.findings.append(Finding(category: .staffIdentification, confidence: claim.confidence, evidence: [evidence]))
        }
    }
}
