@testable import DecorumCore

/// A small policy written out in Swift, so decision tests do not depend on the built-in YAML.
enum DecisionTestPolicy {
    static func make(modes: [RuleID: Mode] = [:]) -> Policy {
        func rule(_ id: RuleID, _ title: String, _ categories: [Category], _ action: Action, private p: String? = nil,
                  public q: String? = nil, _ escalations: [Escalation] = []) -> Rule {
            Rule(id: id, title: title, clause: "Clause \(id) text.", categories: categories, action: action,
                 mode: modes[id] ?? .auto, replies: ReplyTemplates(privateReply: p, publicReply: q), escalations: escalations)
        }
        return Policy(
            version: "test-1",
            practice: Practice(name: "Quorn Medical Centre", reviewsURL: "https://www.nhs.uk/reviews", complaintsURL: "https://example.nhs.uk/complaints"),
            rules: [
                Rule(id: "1", title: "Devices", clause: "Devices.", categories: [], judgeable: false, action: .allow),
                rule("2", "Other patients' information", [.thirdPartyPII], .hide, private: "Please remove other people's details.",
                     [Escalation(role: .informationGovernanceLead, urgency: .normal)]),
                rule("3", "Recording consultations", [.consultationRecording], .hide, private: "About your recording."),
                rule("4", "Abusive or false material", [.abusive, .fraud, .misinformation], .delete,
                     [Escalation(role: .practiceManager, urgency: .normal)]),
                rule("5", "Photographs", [.photography], .hide, private: "About your photo."),
                rule("6", "Naming staff", [.staffIdentification], .hide, private: "Please edit out the name."),
                rule("7", "Reviews", [.review], .allow, public: "Thank you. Please review us at {reviews_url}."),
                rule("8", "Defamation", [.defamation], .hide, [Escalation(role: .practiceManager, urgency: .urgent)]),
                rule("complaints", "Complaints", [.complaint], .allow, private: "Please use our Complaints Procedure: {complaints_url}.",
                     [Escalation(role: .practiceManager, urgency: .normal)]),
                rule("safeguarding", "Safeguarding", [.safeguarding], .review, private: "If you are in danger call 999.",
                     [Escalation(role: .safeguardingLead, urgency: .urgent)]),
                rule("confidentiality", "Confidentiality", [.ownPII], .hide, private: "We hid your details to protect you."),
            ]
        )
    }
}
