/// Decides whose personal data a comment discloses (clause 2): the poster's own ("my number is 07…",
/// "I was born on…"), another person's ("my husband's NHS number", "Julie Barker… her cancer", "the lady
/// in the waiting room"), or a member of staff's. Runs after the identifier, health, person and staff
/// detectors and reads their entities.
///
/// Findings:
/// - `third_party_pii` when another person's identifier is given (0.9), when a named or singled-out
///   person is linked to a health term (0.88–0.92), a relative linked to a health term (0.6, or 0.35
///   when nothing links them), a named person with the surgery around them (0.65), a description that
///   places someone at the surgery (0.55–0.65), a name and where they live (0.7), a full name alone (0.5; 0.3 when the comment is addressed to them).
/// - `own_pii` when the poster gives their own contact details or identifiers (0.7–0.92); an
///   identifier nobody claims is a weak hint (0.25–0.45). Own health talk without an identifier is not own_pii.
///
/// Design: entities found earlier keep their subject in the `Detection` (detectors do not re-label
/// what others found; re-emitting copies would report each twice). The findings' evidence covers the
/// entities' spans, and `subjects(for:)` gives the engine the same entities with their subjects decided.
/// The `Detection` adds only new `person` entities: relatives whose data is disclosed ("my husband").
public struct ConfidentialityDetector: Detector {
    public let name = "whose-data"
    let lexicon: PeopleLexicon
    /// Keys of "saw", "spotted", …: a comment without entities needs reading only when one is there.
    let observationKeys: KeyTable<Bool>

    /// A detector for the practice in `context`.
    public init(context: DetectionContext) {
        lexicon = PeopleLexicon.shared
        observationKeys = KeyTable(set: WhoseDataReading.observationWords.map { KeyHash.of(Tokenizer.key($0)) })
    }

    /// `input.entities` with subjects decided: `.own`, `.thirdParty`, `.staff`, `.practice` or `.unknown`.
    public func subjects(for input: DetectorInput) -> [Entity] {
        let analysis = WhoseDataReading(input: input, lexicon: lexicon)
        return input.entities.indices.map { index in
            var entity = input.entities[index]
            entity.subject = analysis.owners[index].subject(of: entity, analysis)
            return entity
        }
    }

    public func detect(_ input: DetectorInput) -> Detection {
        // Nothing to decide: no entities, or only staff and the practice's own details.
        if input.entities.allSatisfy({ $0.subject == .staff || $0.subject == .practice }),
           !input.text.tokens.contains(where: { observationKeys.contains($0.keyHash) }) { return .none }
        let analysis = WhoseDataReading(input: input, lexicon: lexicon)
        var detection = Detection()
        detection.resolvedEntities = input.entities.indices.map { index in
            var entity = input.entities[index]
            entity.subject = analysis.owners[index].subject(of: entity, analysis)
            return entity
        }
        // Third-party findings are grouped by the person they are about, so three health words about
        // one relative count once.
        var aboutPerson: [DisclosureAnchor: (confidence: Double, evidence: [Evidence])] = [:]
        var anchorOrder = [DisclosureAnchor]()
        func addThirdParty(_ anchor: DisclosureAnchor, _ confidence: Double, _ evidence: [Evidence]) {
            if aboutPerson[anchor] == nil { anchorOrder.append(anchor) }
            var entry = aboutPerson[anchor] ?? (0, [])
            entry.confidence = max(entry.confidence, confidence)
            for e in evidence where !entry.evidence.contains(e) { entry.evidence.append(e) }
            aboutPerson[anchor] = entry
        }
        let text = input.text
        func evidence(_ span: TextSpan, _ reason: String) -> Evidence {
            Evidence(span: span, text: text.text(span), detector: name, reason: reason)
        }
        var linkedPeople = Set<Int>()

        for (index, entity) in input.entities.enumerated() {
            let owner = analysis.owners[index]
            switch entity.kind {
            case .nhsNumber, .phone, .email, .postcode, .dateOfBirth, .address:
                guard entity.subject != .practice else { continue }
                let what = Self.phrase(entity.kind)
                switch owner {
                case .poster(let cue), .contact(let cue):
                    var confidence = Self.ownConfidence(entity.kind)
                    if case .contact = owner { confidence = min(confidence, 0.75) }
                    // A seller's or scammer's number is an advert, not a patient's personal data.
                    if analysis.promotional { confidence = 0.2 }
                    detection.findings.append(Finding(category: .ownPII, confidence: confidence, evidence: [
                        evidence(entity.span, "the poster's own \(what)"), evidence(analysis.span(cue), "the poster's"),
                    ]))
                case .person(let p):
                    if analysis.personIsPoster(p) {
                        detection.findings.append(Finding(category: .ownPII, confidence: Self.ownConfidence(entity.kind),
                                                          evidence: [evidence(entity.span, "the poster's own \(what)")]))
                    } else {
                        linkedPeople.insert(p)
                        let staff = input.entities[p].subject == .staff
                        addThirdParty(.entity(p), entity.kind == .postcode ? 0.75 : (staff ? 0.85 : 0.9), [
                            evidence(input.entities[p].span, staff ? "a member of staff" : "another person"),
                            evidence(entity.span, staff ? "a staff member's \(what)" : "another person's \(what)"),
                        ])
                    }
                case .relation(let r), .pronoun(let r):
                    let anchor = analysis.antecedent(ofPronoun: owner) ?? .token(r)
                    if case .entity(let p) = anchor { linkedPeople.insert(p) }
                    addThirdParty(anchor, entity.kind == .postcode ? 0.75 : 0.9, [
                        evidence(analysis.anchorSpan(anchor), "another person"), evidence(entity.span, "another person's \(what)"),
                    ])
                case .none:
                    // "The woman next door screams at her baby. Number 9 Wood Lane.": someone else's, said just before.
                    if let p = analysis.personBefore(index) {
                        linkedPeople.insert(p)
                        addThirdParty(.entity(p), 0.6, [evidence(input.entities[p].span, "another person"), evidence(entity.span, "their \(what)")])
                        continue
                    }
                    let confidence = analysis.promotional ? 0.2 : Self.unclaimedConfidence(entity.kind)
                    detection.findings.append(Finding(category: .ownPII, confidence: confidence,
                                                      evidence: [evidence(entity.span, "a \(what) in public")]))
                }
            case .health:
                switch owner {
                case .person(let p):
                    guard !analysis.personIsPoster(p), input.entities[p].subject != .staff else { continue }
                    linkedPeople.insert(p)
                    let described = analysis.isDescription(p)
                    let confidence = analysis.isRoutineCare(index) ? 0.75 : described ? 0.88 : 0.92
                    addThirdParty(.entity(p), confidence, [
                        evidence(input.entities[p].span, described ? "a person singled out" : "a named person"),
                        evidence(entity.span, "their health"),
                    ])
                case .relation(let r):
                    let linked = analysis.linked(from: r, to: analysis.range(index).first) && !analysis.isRoutineCare(index)
                    addThirdParty(.token(r), linked ? 0.4 : 0.25, [evidence(analysis.anchorSpan(.token(r)), "a relative"), evidence(entity.span, "their health")])
                case .pronoun(let r):
                    if let anchor = analysis.antecedent(ofPronoun: owner) {
                        switch anchor {
                        case .entity(let p):
                            guard !analysis.personIsPoster(p), input.entities[p].subject != .staff else { continue }
                            linkedPeople.insert(p)
                            addThirdParty(anchor, analysis.isDescription(p) ? 0.88 : 0.92, [
                                evidence(input.entities[p].span, "another person"), evidence(entity.span, "their health"),
                            ])
                        case .token:
                            addThirdParty(anchor, analysis.isRoutineCare(index) ? 0.25 : 0.4, [evidence(analysis.anchorSpan(anchor), "a relative"), evidence(entity.span, "their health")])
                        }
                    } else {
                        addThirdParty(.token(r), 0.45, [evidence(entity.span, "someone else's health")])
                    }
                case .poster, .contact, .none:
                    continue
                }
            case .person:
                continue
            }
        }

        // People with nothing disclosed about them but their presence or their name.
        var presence: (confidence: Double, evidence: [Evidence])?
        for (p, entity) in input.entities.enumerated() where entity.kind == .person && !linkedPeople.contains(p) {
            guard entity.subject != .staff, entity.subject != .practice, !analysis.personIsPoster(p) else { continue }
            let confidence: Double
            let reason: String
            if analysis.isDescription(p) {
                let atSurgery = analysis.descriptionPlacesAtSurgery(p)
                confidence = atSurgery ? 0.65 : 0.55
                reason = atSurgery ? "a person singled out at the surgery" : "a person singled out"
            } else if analysis.addressAfter(p) {
                confidence = 0.7
                reason = "a named person and where they live"
            } else if analysis.surgeryAround(p) {
                confidence = 0.65
                reason = "a named person at the surgery"
            } else if analysis.isFullName(p) {
                confidence = analysis.isVocative(p) ? 0.3 : 0.5
                reason = "another person's full name"
            } else {
                continue
            }
            if presence == nil || presence!.confidence < confidence { presence = (confidence, presence?.evidence ?? []) }
            presence!.evidence.append(evidence(entity.span, reason))
        }
        if var presence {
            if analysis.promotional { presence.confidence = min(presence.confidence, 0.3) }
            detection.findings.append(Finding(category: .thirdPartyPII, confidence: presence.confidence, evidence: presence.evidence))
        }
        // "saw my ex in the waiting room": a relative seen at the surgery.
        if let r = analysis.relativeSeenAtSurgery() {
            addThirdParty(.token(r), 0.6, [evidence(analysis.anchorSpan(.token(r)), "another person seen at the surgery")])
            anchorOrder.removeAll { $0 == .token(r) }
            anchorOrder.append(.token(r))
        }

        for anchor in anchorOrder {
            guard let entry = aboutPerson[anchor] else { continue }
            detection.findings.append(Finding(category: .thirdPartyPII, confidence: entry.confidence, evidence: entry.evidence))
            if case .token = anchor, entry.confidence >= 0.5 {
                let span = analysis.anchorSpan(anchor)
                if !input.entities.contains(where: { $0.kind == .person && $0.span.overlaps(span) }) {
                    detection.entities.append(Entity(kind: .person, span: span, text: text.text(span), subject: .thirdParty, detector: name))
                }
            }
        }
        return detection
    }

    static func phrase(_ kind: Entity.Kind) -> String {
        switch kind {
        case .nhsNumber: "NHS number"
        case .phone: "phone number"
        case .email: "e-mail address"
        case .postcode: "postcode"
        case .dateOfBirth: "date of birth"
        case .address: "address"
        case .person: "name"
        case .health: "health"
        }
    }

    static func ownConfidence(_ kind: Entity.Kind) -> Double {
        switch kind {
        case .nhsNumber: 0.92
        case .phone, .email: 0.88
        case .dateOfBirth, .address: 0.85
        case .postcode: 0.7
        case .person, .health: 0
        }
    }

    static func unclaimedConfidence(_ kind: Entity.Kind) -> Double {
        switch kind {
        case .nhsNumber, .phone, .dateOfBirth: 0.55
        case .email: 0.5
        case .address: 0.45
        case .postcode: 0.35
        case .person, .health: 0
        }
    }
}
