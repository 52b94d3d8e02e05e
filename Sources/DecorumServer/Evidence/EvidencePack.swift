public import DecorumCore
import Crypto
import DecorumStore

/// An evidence pack for one item: its files, and the ZIP that holds them. Built from the item's records
/// alone, with every time and name taken from them, so the same records give a byte-identical pack.
public struct EvidencePack: Sendable {
    /// One file in the pack.
    public struct File: Sendable, Hashable {
        /// Its path in the ZIP (`graph/read-01-add-20260301T101500Z.json`).
        public var name: String
        /// Its contents.
        public var bytes: [UInt8]
        /// SHA-256 of the bytes, in lower-case hex.
        public var sha256: String { EvidencePack.sha256(bytes) }
    }

    /// The manifest's name: `sha256sum -c manifest.sha256` checks every other file.
    public static let manifestName = "manifest.sha256"

    /// The item the pack is about.
    public var itemID: ItemID
    /// The files, in the order they are in the ZIP (the manifest last).
    public var files: [File]
    /// The ZIP.
    public var archive: [UInt8]
    /// What Decorum found that makes it evidence ("defamation", "threat"); empty when it was asked for anyway.
    public var grounds: [String]
    /// A name to save the ZIP as: `evidence-{item}-{date}.zip`.
    public var fileName: String

    /// SHA-256 of the manifest, which names every other file's: recorded in the audit log.
    public var manifestSHA256: String { files.last.map(\.sha256) ?? "" }
    /// SHA-256 of the ZIP itself.
    public var archiveSHA256: String { Self.sha256(archive) }

    /// The pack for `records`, with the practice's details for the notice of complaint.
    init(_ records: EvidenceRecords, practice: Practice) throws(ZipError) {
        let facts = EvidenceFacts(records, practice: practice)
        var files = [
            File(name: "item.json", bytes: Self.json(EvidenceDocuments.item(facts))),
            File(name: "decision.json", bytes: Self.json(EvidenceDocuments.decisions(facts))),
            File(name: "actions.json", bytes: Self.json(EvidenceDocuments.actions(facts))),
            File(name: "audit.json", bytes: Self.json(EvidenceDocuments.audit(facts))),
        ]
        for stored in facts.deliveries + facts.graphReads {
            if let name = stored.name { files.append(File(name: name, bytes: stored.delivery.body)) }
        }
        for action in records.actions {
            if let name = facts.answers[action.id], let response = action.platformResponse { files.append(File(name: name, bytes: Array(response.utf8))) }
        }
        files.append(File(name: "notice-of-complaint.txt", bytes: Array(ComplaintNotice.text(facts).utf8)))
        files.append(File(name: "summary.html", bytes: Array(EvidenceSummary.html(facts, files: files).utf8)))
        files.append(File(name: Self.manifestName, bytes: Array(Self.manifest(files).utf8)))

        var zip = ZipWriter(modified: EvidenceTime.dos(facts.asOf))
        for file in files { try zip.add(file.name, file.bytes) }
        archive = try zip.finished()
        self.files = files
        itemID = records.item.item.id
        grounds = facts.grounds.kinds.map(\.rawValue)
        fileName = "evidence-\(FileDownload.safeFileName(itemID.rawValue))-\(EvidenceTime.compact(facts.asOf).prefix(8)).zip"
    }

    /// `sha256sum` lines (hash, two spaces, name) for every file.
    static func manifest(_ files: [File]) -> String {
        files.map { "\($0.sha256)  \($0.name)\n" }.joined()
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    private static func json(_ value: JSONValue) -> [UInt8] { Array(value.prettyPrinted().utf8) }
}
