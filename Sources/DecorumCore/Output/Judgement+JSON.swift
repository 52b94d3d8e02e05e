extension Judgement {
    /// The judgement in Decorum's public JSON shape, as `decorum moderate` and the HTTP API write it.
    public var json: JSONValue {
        .object([
            ("id", .string(itemID.rawValue)),
            ("categories", .array(categories.map(\.json))),
            ("entities", .array(entities.map(\.json))),
            ("decision", decision.json),
        ])
    }
}

extension CategoryResult {
    var json: JSONValue {
        .object([
            ("category", .string(category.rawValue)),
            ("confidence", .number(confidence)),
            ("evidence", .array(evidence.map(\.json))),
        ])
    }
}

extension Evidence {
    var json: JSONValue {
        .object([
            ("start", .int(span.start)), ("end", .int(span.end)), ("text", .string(text)),
            ("detector", .string(detector)), ("reason", .string(reason)),
        ])
    }
}

extension Entity {
    var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("type", .string(kind.rawValue)), ("start", .int(span.start)), ("end", .int(span.end)),
            ("text", .string(text)), ("subject", .string(subject.rawValue)),
        ]
        if let reference { pairs.append(("staff", .string(reference))) }
        return .object(pairs)
    }
}

extension Decision {
    var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("action", .string(action.rawValue)),
            ("rules", .array(rules.map { .string($0.rawValue) })),
            ("replies", .array(replies.map(\.json))),
            ("escalations", .array(escalations.map(\.json))),
            ("needs_approval", .bool(needsApproval)),
        ]
        if let pendingAction { pairs.append(("pending_action", .string(pendingAction.rawValue))) }
        if !observed.isEmpty {
            pairs.append(("observed", .array(observed.map { o in
                .object([
                    ("rule", .string(o.rule.rawValue)), ("would_action", .string(o.wouldAction.rawValue)),
                    ("would_replies", .array(o.wouldReplies.map(\.json))),
                    ("would_escalate", .array(o.wouldEscalate.map(\.json))),
                ])
            })))
        }
        pairs.append(("explanation", .string(explanation)))
        pairs.append(("policy_version", .string(policyVersion)))
        return .object(pairs)
    }
}

extension Reply {
    var json: JSONValue { .object([("channel", .string(channel.rawValue)), ("text", .string(text)), ("rule", .string(rule.rawValue))]) }
}

extension Escalation {
    var json: JSONValue { .object([("role", .string(role.rawValue)), ("urgency", .string(urgency.rawValue))]) }
}
