/// Finds UK identifiers: NHS numbers, phone numbers, e-mail addresses, postcodes, dates of birth and
/// street addresses. It reports entities only; whose they are, and whether that breaks the code of
/// conduct, is decided by a detector that reads them. The practice's own published contact details
/// are marked as the practice's.
public struct IdentifierDetector: Detector {
    /// The detector's name in evidence.
    public let name = "uk-identifiers"
    private let practicePhones: Set<String>
    private let practiceEmails: Set<String>
    private let practicePostcodes: Set<String>
    private let context: DetectionContext

    /// Builds the detector for one practice.
    public init(context: DetectionContext) {
        self.context = context
        practicePhones = context.practicePhoneDigits
        practiceEmails = context.practiceEmails
        practicePostcodes = Set(context.practicePostcodes.map { $0.uppercased().filter { $0 != " " } })
    }

    /// The identifiers in one item, in text order.
    public func detect(_ input: DetectorInput) -> Detection {
        let text = input.text
        var matches = [IdentifierMatch]()
        NumberScanner.scan(text, into: &matches)
        EmailScanner.scan(text, into: &matches)
        // E-mail addresses hide digits and letters that are not phone numbers or postcodes on their own.
        let emails = matches.filter { $0.kind == .email }
        if !emails.isEmpty {
            matches.removeAll { m in m.kind != .email && emails.contains { $0.span.overlaps(m.span) } }
        }
        var postcodes = [IdentifierMatch]()
        PostcodeScanner.scan(text, into: &postcodes)
        postcodes.removeAll { p in matches.contains { $0.span.overlaps(p.span) } }
        matches += postcodes
        DateOfBirthScanner.scan(text, into: &matches)
        AddressScanner.scan(text, postcodes: postcodes, into: &matches)
        guard !matches.isEmpty else { return .none }
        matches.sort { $0.span < $1.span }
        let entities = matches.map { match in
            Entity(kind: match.kind, span: match.span, text: text.text(match.span), subject: subject(of: match), detector: name)
        }
        return Detection(entities: entities)
    }

    /// `.practice` for the practice's own published details, otherwise not known here.
    private func subject(of match: IdentifierMatch) -> Entity.Subject {
        switch match.kind {
        case .phone:
            return practicePhones.contains(match.value) ? .practice : .unknown
        case .email:
            if practiceEmails.contains(match.value) { return .practice }
            guard let at = match.value.lastIndex(of: "@") else { return .unknown }
            return context.isAllowed(host: String(match.value[match.value.index(after: at)...])) ? .practice : .unknown
        case .postcode:
            return practicePostcodes.contains(match.value) ? .practice : .unknown
        case .address:
            let compact = match.value.uppercased().filter { $0 != " " }
            return practicePostcodes.contains(where: { compact.hasSuffix($0) }) ? .practice : .unknown
        case .nhsNumber, .dateOfBirth, .person, .health:
            return .unknown
        }
    }
}
