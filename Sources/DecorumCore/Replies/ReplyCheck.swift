/// Checks a reply the practice would post in public before it is sent: it must not confirm that anyone
/// is a patient, repeat anything clinical, or name a member of staff (GMC guidance on responding to
/// criticism; the practice's own clause 6). Templates, moderators' own words and approved replies all
/// pass through it; a reply that fails is held, with these problems as the reason.
public struct ReplyCheck: Sendable {
    /// One reason a reply cannot go out as written.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable {
            case confirmsPatient = "confirms_patient"
            case clinical
            case namesStaff = "names_staff"
        }

        public let kind: Kind
        /// The words in the reply that cause it.
        public let words: String

        public var description: String {
            switch kind {
            case .confirmsPatient: "it would tell everyone that the person is a patient (\"\(words)\")"
            case .clinical: "it mentions something clinical (\"\(words)\")"
            case .namesStaff: "it names a member of staff (\"\(words)\")"
            }
        }
    }

    private let confirmations: PhraseMatcher<Int>
    private let health = HealthTermDetector()
    private let people: PeopleScanner
    private let context: DetectionContext

    public init(policy: Policy) {
        var matcher = PhraseMatcher<Int>()
        for (index, line) in ReplyConfidencePhrases.patientConfirmations.split(separator: "\n").enumerated() {
            let entry = line.trimmingPrefix(while: { $0 == " " })
            guard !entry.isEmpty else { continue }
            matcher.add(PhrasePattern(literal: String(entry)), label: index)
        }
        confirmations = matcher
        people = PeopleScanner(staff: policy.staff)
        context = DetectionContext(policy: policy)
    }

    /// Everything wrong with `reply`, in text order within each kind; empty when it may be posted.
    public func problems(in reply: String) -> [Problem] {
        let text = AnalyzedText(reply)
        var problems = confirmations.matches(in: text.tokens).map { Problem(kind: .confirmsPatient, words: text.text($0.span)) }
        let input = DetectorInput(item: Item(id: ItemID("reply"), text: reply), text: text, context: context)
        problems += health.detect(input).entities.map { Problem(kind: .clinical, words: $0.text) }
        // A name (a roster name, or a title with a name) identifies someone; a role ("our Practice Manager") does not.
        problems += people.mentions(in: text).filter { $0.form == .name && $0.staff != nil }.map { Problem(kind: .namesStaff, words: text.text($0.span)) }
        return Self.unique(problems)
    }

    /// The problems as one sentence for a person: "held: it would tell everyone … and it names …".
    public static func reason(_ problems: [Problem]) -> String {
        "The public reply was held, not posted: " + problems.map(\.description).joined(separator: "; ") + "."
    }

    private static func unique(_ problems: [Problem]) -> [Problem] {
        var seen = Set<Problem>()
        return problems.filter { seen.insert($0).inserted }
    }
}
