import DecorumCore
import DecorumMeta
import DecorumStore
import Foundation

/// What the files of a pack share, worked out once from the records: where the item is on Facebook, what
/// each stored delivery and Graph answer is called in the pack, who on the staff it names, and its date.
struct EvidenceFacts: Sendable {
    /// The item's address on facebook.com and how Decorum knows it.
    struct Permalink: Sendable, Hashable {
        var url: String
        /// True when Graph gave it (`permalink_url`); false when worked out from the ids.
        var fromGraph: Bool
    }

    /// A stored delivery and its file in the pack (none once the retention purge emptied it).
    struct Stored: Sendable {
        var name: String?
        var delivery: WebhookDelivery
    }

    /// A member of staff the statement names, as written and as on the roster.
    struct StaffNamed: Sendable, Hashable {
        var written: String
        var staff: String
    }

    var records: EvidenceRecords
    var grounds: EvidenceGrounds
    var practice: Practice
    var permalink: Permalink?
    var deliveries: [Stored]
    var graphReads: [Stored]
    /// The pack's file for each action Facebook answered.
    var answers: [ActionID: String]
    var staffNamed: [StaffNamed]
    var asOf: Date

    init(_ records: EvidenceRecords, practice: Practice) {
        self.records = records
        self.practice = practice
        grounds = EvidenceGrounds(records.decisions)
        asOf = records.asOf
        let width = max(2, String(max(records.deliveries.count, records.graphReads.count)).count)
        func stored(_ list: [WebhookDelivery], folder: String) -> [Stored] {
            list.enumerated().map { n, delivery in
                let number = String(n + 1).leftPadded(to: width)
                let name = "\(folder)\(number)-\(records.verb(of: delivery))-\(EvidenceTime.compact(delivery.receivedAt)).json"
                return Stored(name: delivery.purgedAt == nil ? name : nil, delivery: delivery)
            }
        }
        deliveries = stored(records.deliveries, folder: "webhook-deliveries/")
        graphReads = stored(records.graphReads, folder: "graph/read-")
        var answers = [ActionID: String]()
        for action in records.actions {
            guard let response = action.platformResponse else { continue }
            let isJSON = (try? JSONValue.parse(response)) != nil
            answers[action.id] = "graph/answer-to-action-\(action.id)-\(action.kind.rawValue).\(isJSON ? "json" : "txt")"
        }
        self.answers = answers
        let item = records.item
        let fromGraph = (records.graphReads + records.deliveries).reversed().lazy.compactMap(Self.graphPermalink).first
        permalink = fromGraph.map { Permalink(url: $0, fromGraph: true) }
            ?? FacebookPermalink.address(of: item.item.id, page: item.page, parent: item.item.parentID).map { Permalink(url: $0, fromGraph: false) }
        var staff = [StaffNamed]()
        for decision in records.decisions {
            guard case .array(let entities)? = try? JSONValue.parse(decision.entitiesJSON) else { continue }
            for entity in entities {
                guard entity.member("subject")?.stringValue == "staff", let written = entity.member("text")?.stringValue else { continue }
                let named = StaffNamed(written: written, staff: entity.member("staff")?.stringValue ?? written)
                if !staff.contains(named) { staff.append(named) }
            }
        }
        staffNamed = staff
    }

    /// The `permalink_url` Graph gave for the object itself (not the post a comment is on), if it is a
    /// facebook.com address.
    private static func graphPermalink(_ delivery: WebhookDelivery) -> String? {
        guard let url = (try? JSONValue.parse(utf8: delivery.body))?.member("permalink_url")?.stringValue,
              let host = URLComponents(string: url).flatMap({ $0.scheme == "https" ? $0.host : nil })?.lowercased(),
              host == "facebook.com" || host.hasSuffix(".facebook.com")
        else { return nil }
        return url
    }

    /// The pack's file for the delivery that carried this version of the text, if it is in the pack.
    func file(carrying revision: ItemRevision) -> String? {
        guard let raw = revision.raw else { return nil }
        let bytes = Array(raw.utf8)
        return (deliveries + graphReads).first { $0.name != nil && $0.delivery.body == bytes }?.name
    }

    /// The author as the platform named them: "Sandra Holt (Facebook user 6483920174625381)".
    var authorDescription: String {
        let author = records.item.item.author
        switch (author?.name, author?.id) {
        case let (name?, id?): return "\(name) (Facebook user \(id.rawValue))"
        case let (name?, nil): return name
        case let (nil, id?): return "Facebook user \(id.rawValue)"
        case (nil, nil): return "an author Facebook did not name"
        }
    }
}
