/// Person names and staff in one pass: the engine's way of running `PersonNameDetector` and
/// `StaffDetector`, which share one `PeopleScanner`, without scanning the text twice.
public struct PeopleDetector: Detector {
    public let name = "people"
    let names: PersonNameDetector
    let staff: StaffDetector
    let scanner: PeopleScanner

    /// A detector for the practice in `context` (its staff roster tells staff from other people).
    public init(context: DetectionContext) {
        scanner = PeopleScanner(staff: context.staff)
        names = PersonNameDetector(scanner: scanner)
        staff = StaffDetector(scanner: scanner)
    }

    public func detect(_ input: DetectorInput) -> Detection {
        let mentions = scanner.mentions(in: input.text)
        guard !mentions.isEmpty else { return .none }
        var detection = Detection()
        names.report(mentions, in: input.text, into: &detection)
        staff.report(mentions, in: input.text, into: &detection)
        return detection
    }
}
