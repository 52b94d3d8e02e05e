/// Something identifying found in a text: an identifier, a person, or health information.
public struct Entity: Sendable, Hashable {
    /// What kind of identifying information.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case nhsNumber = "nhs_number"
        case phone, email, postcode
        case dateOfBirth = "date_of_birth"
        case address, person, health
    }

    /// Whose information it is.
    public enum Subject: String, Sendable, Hashable, Codable {
        /// The poster's own.
        case own
        /// Another person's: a patient, neighbour, relative.
        case thirdParty = "third_party"
        /// A member of the practice's staff.
        case staff
        /// The practice's own published contact details: never personal data.
        case practice
        /// Not known from the text.
        case unknown
    }

    public var kind: Kind
    public var span: TextSpan
    public var text: String
    public var subject: Subject
    /// The detector that found it.
    public var detector: String
    /// For staff: the roster name matched, if any.
    public var reference: String?

    public init(kind: Kind, span: TextSpan, text: String, subject: Subject = .unknown, detector: String, reference: String? = nil) {
        self.kind = kind
        self.span = span
        self.text = text
        self.subject = subject
        self.detector = detector
        self.reference = reference
    }
}
