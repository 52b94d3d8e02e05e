/// A stored judgement's JSON with the author's words taken out, as the retention purge keeps it: categories,
/// confidences, spans, detectors, reasons, rules, actions, replies and escalations stay; every quotation of
/// the item goes, from the evidence, the entities and the explanation.
public enum JudgementRedaction {
    /// What stands where a quotation was left in running text.
    public static let placeholder = "[purged]"

    /// The `categories`, `entities` and `decision` JSON of a judgement (``Judgement/json``'s members), redacted.
    public static func redact(
        categories: JSONValue, entities: JSONValue, decision: JSONValue
    ) -> (categories: JSONValue, entities: JSONValue, decision: JSONValue) {
        var quotedByCategory = [[String]]()
        var texts = [String]()
        let redactedCategories = categories.mapArray { category in
            var quoted = [String]()
            let redacted = category.mapMember("evidence") { evidence in
                evidence.mapArray { item in
                    item.mapMember("text") { text in
                        if case .string(let words) = text, !words.isEmpty {
                            quoted.append(words)
                            texts.append(words)
                        }
                        return .string("")
                    }
                }
            }
            quotedByCategory.append(quoted)
            return redacted
        }
        let redactedEntities = entities.mapArray { entity in
            entity.mapMember("text") { text in
                if case .string(let words) = text, !words.isEmpty { texts.append(words) }
                return .string("")
            }
        }
        let redactedDecision = decision.mapMember("explanation") { explanation in
            guard case .string(let sentence) = explanation else { return explanation }
            return .string(redact(explanation: sentence, quotedByCategory: quotedByCategory, texts: texts))
        }
        return (redactedCategories, redactedEntities, redactedDecision)
    }

    /// The explanation without its quotations: each category's " ("…", "…")" as ``DecisionExplainer`` wrote it
    /// goes whole; any other quotation, or the bare words, becomes ``placeholder``.
    static func redact(explanation: String, quotedByCategory: [[String]], texts: [String]) -> String {
        var sentence = explanation
        for quoted in quotedByCategory {
            guard let quote = DecisionExplainer.quote(texts: quoted) else { continue }
            sentence = sentence.replacing(" (" + quote + ")", with: "")
        }
        // Longest first, so a short quotation inside a longer one does not leave part of the longer behind.
        for text in Set(texts).sorted(by: { $0.unicodeScalars.count > $1.unicodeScalars.count }) {
            if let quoted = DecisionExplainer.quoted(text) { sentence = sentence.replacing(quoted, with: placeholder) }
            if text.unicodeScalars.count >= 4 { sentence = sentence.replacing(text, with: placeholder) }
        }
        return sentence
    }
}

extension JSONValue {
    /// An array with each element transformed; any other value as it is.
    fileprivate func mapArray(_ transform: (JSONValue) -> JSONValue) -> JSONValue {
        guard case .array(let values) = self else { return self }
        return .array(values.map(transform))
    }

    /// An object with one member's value transformed; any other value as it is.
    fileprivate func mapMember(_ key: String, _ transform: (JSONValue) -> JSONValue) -> JSONValue {
        guard case .object(let pairs) = self else { return self }
        return .object(pairs.map { $0.0 == key ? ($0.0, transform($0.1)) : $0 })
    }
}
