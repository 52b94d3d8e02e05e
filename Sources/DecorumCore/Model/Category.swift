/// What part of the code of conduct an item may break. The raw values are a public contract.
public enum Category: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case thirdPartyPII = "third_party_pii"
    case ownPII = "own_pii"
    case consultationRecording = "consultation_recording"
    case abusive
    case misinformation
    case fraud
    case defamation
    case photography
    case staffIdentification = "staff_identification"
    case review
    case complaint
    case safeguarding

    /// A short phrase for explanations.
    public var phrase: String {
        switch self {
        case .thirdPartyPII: "information that identifies another person"
        case .ownPII: "the poster's own personal details in public"
        case .consultationRecording: "a recording of a consultation"
        case .abusive: "abusive, obscene or threatening language"
        case .misinformation: "inaccurate health information"
        case .fraud: "a scam, spam or an impersonation of the practice"
        case .defamation: "an allegation against the team that may be defamatory"
        case .photography: "a photograph of patients or staff"
        case .staffIdentification: "a member of staff identified"
        case .review: "a review of the practice"
        case .complaint: "a complaint"
        case .safeguarding: "a possible risk to a vulnerable person"
        }
    }

    public static func < (lhs: Category, rhs: Category) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// The category's place in the contract order, 0…11.
    @inline(__always)
    public var ordinal: Int {
        switch self {
        case .thirdPartyPII: 0
        case .ownPII: 1
        case .consultationRecording: 2
        case .abusive: 3
        case .misinformation: 4
        case .fraud: 5
        case .defamation: 6
        case .photography: 7
        case .staffIdentification: 8
        case .review: 9
        case .complaint: 10
        case .safeguarding: 11
        }
    }
}
