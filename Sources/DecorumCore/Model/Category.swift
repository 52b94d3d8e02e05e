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
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
