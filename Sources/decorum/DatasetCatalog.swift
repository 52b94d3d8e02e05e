import DecorumCore
import Foundation

/// Which part of a dataset a row belongs to.
enum Fold: String, CaseIterable, Sendable {
    case train, dev, test
}

/// One labelled text from a dataset. `labels` holds only the categories the dataset labels.
struct LabelledText: Sendable {
    var id: String
    var text: String
    var labels: [Category: Bool]
    /// Labels from a weaker proxy (OLID's insults at a person for defamation): weighted less.
    var proxyLabels: Set<Category> = []
    var fold: Fold
    /// For GP-page comments: the cross-validation group (0..<folds) whose model does not see the row,
    /// for out-of-fold thresholds; nil for public rows (always trained on).
    var cvGroup: Int? = nil
    /// The row's original JSON line (GP-page comments only), to evaluate the whole engine out of fold.
    var raw: String? = nil
}

/// A dataset read from disk, with the label mapping of `../shared/datasets/INDEX.md` applied.
struct Dataset: Sendable {
    /// Folder name ("davidson", …), "gp-train" or "gp-dev".
    var name: String
    /// Categories the dataset labels itself (scored in evaluation).
    var labelled: Set<Category>
    /// Categories it says nothing about and that are almost never present in it: trained as weak negatives.
    var impliedNegatives: Set<Category>
    /// How much one training row counts before class weighting.
    var rowWeight: Float
    var rows: [LabelledText]
    var dropped = 0
    var duplicates = 0

    func rows(in fold: Fold) -> [LabelledText] { rows.filter { $0.fold == fold } }
}

/// Reads every shared dataset and the development set, and splits them deterministically.
enum DatasetCatalog {
    /// The learned categories.
    static let categories = LinearModel.learnableCategories

    /// How many cross-validation groups GP-page comments are split into for out-of-fold thresholds.
    static let cvGroups = 5

    /// The hand-written GP-page sets.
    static let gpSets: Set<String> = ["gp-train", "gp-dev"]

    /// Every dataset found under `dataDirectory`, plus the GP-page training comments when
    /// `trainDirectory` exists and the development set when `devDirectory` exists.
    static func load(dataDirectory: String, devDirectory: String?, trainDirectory: String? = "data/train") throws -> [Dataset] {
        var sets: [Dataset] = []
        let all = Set(categories)
        func add(_ name: String, labelled: Set<Category>, implied: Set<Category>? = nil, rows: [(String, [Category: Bool], Set<Category>)]) {
            var d = Dataset(name: name, labelled: labelled, impliedNegatives: implied ?? all.subtracting(labelled), rowWeight: 1, rows: [])
            var seen = Set<String>()
            for (k, (raw, labels, proxy)) in rows.enumerated() {
                let text = clean(raw)
                let key = dedupeKey(text)
                if AnalyzedText(text).tokens.count < 2 { d.dropped += 1; continue }
                if !seen.insert(key).inserted { d.duplicates += 1; continue }
                d.rows.append(LabelledText(id: "\(name)-\(k)", text: text, labels: labels, proxyLabels: proxy, fold: fold(ofKey: key)))
            }
            // Big sets of tweets and SMS must not swamp the rest: each set counts as at most ~6,000 rows.
            let train = d.rows.count { $0.fold == .train }
            d.rowWeight = min(1, 6000 / Float(max(train, 1)))
            sets.append(d)
        }
        let dir = URL(fileURLWithPath: dataDirectory)
        func file(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: dir.appendingPathComponent(path))) }
        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: dir.appendingPathComponent(path).path) }

        if exists("davidson/labeled_data.csv") {
            let t = CSV.table(try file("davidson/labeled_data.csv"))
            let rows = t.rows.compactMap { r -> (String, [Category: Bool], Set<Category>)? in
                guard let c = t.field(r, "class"), let text = t.field(r, "tweet") else { return nil }
                return (text, [.abusive: c == "0" || c == "1"], [])
            }
            add("davidson", labelled: [.abusive], implied: [.fraud, .misinformation, .complaint, .review, .safeguarding], rows: rows)
        }
        if exists("olid/olid-training-v1.0.tsv") {
            let t = CSV.table(try file("olid/olid-training-v1.0.tsv"), separator: UInt8(ascii: "\t"), quoted: false)
            let rows = t.rows.compactMap { r -> (String, [Category: Bool], Set<Category>)? in
                guard let a = t.field(r, "subtask_a"), let text = t.field(r, "tweet") else { return nil }
                let individual = t.field(r, "subtask_c") == "IND"
                return (unquote(text), [.abusive: a == "OFF", .defamation: individual], [.defamation])
            }
            add("olid", labelled: [.abusive, .defamation], rows: rows)
        }
        if exists("sms_spam/SMSSpamCollection.tsv") {
            let t = CSV.table(try file("sms_spam/SMSSpamCollection.tsv"), separator: UInt8(ascii: "\t"), quoted: false)
            let rows = t.rows.compactMap { r -> (String, [Category: Bool], Set<Category>)? in
                guard let l = t.field(r, "Label"), let text = t.field(r, "SMS") else { return nil }
                return (text, [.fraud: l.lowercased() == "spam"], [])
            }
            add("sms_spam", labelled: [.fraud], rows: rows)
        }
        if exists("smishing/Dataset_5971.csv") {
            let t = CSV.table(try file("smishing/Dataset_5971.csv"))
            let rows = t.rows.compactMap { r -> (String, [Category: Bool], Set<Category>)? in
                guard let l = t.field(r, "label"), let text = t.field(r, "TEXT") else { return nil }
                return (text, [.fraud: l.lowercased() != "ham"], [])
            }
            add("smishing", labelled: [.fraud], rows: rows)
        }
        if exists("complaints/complaints-train.csv") {
            let t = CSV.table(try file("complaints/complaints-train.csv"))
            let rows = t.rows.compactMap { r -> (String, [Category: Bool], Set<Category>)? in
                guard let l = t.field(r, "is_complaint"), let text = t.field(r, "text") else { return nil }
                return (text, [.complaint: l == "1"], [])
            }
            // Complaints to companies are reviews of a sort: say nothing about review.
            add("complaints", labelled: [.complaint], implied: [.abusive, .fraud, .misinformation, .safeguarding, .defamation], rows: rows)
        }
        var feedback: [(String, [Category: Bool], Set<Category>)] = []
        if exists("nhs_feedback/phase_1_text_data.csv") {
            let t = CSV.table(try file("nhs_feedback/phase_1_text_data.csv"))
            for r in t.rows {
                guard let text = t.field(r, "feedback") else { continue }
                var labels: [Category: Bool] = [.review: true]
                if let c = t.field(r, "criticality").flatMap({ Int($0) }) { labels[.complaint] = c < 0 }
                feedback.append((text, labels, []))
            }
        }
        if exists("nhs_feedback/v6framework_230831.csv") {
            let t = CSV.table(try file("nhs_feedback/v6framework_230831.csv"))
            for r in t.rows {
                guard let text = t.field(r, "FFT answer"), text != "Did not answer" else { continue }
                var labels: [Category: Bool] = [.review: true]
                if let s = t.field(r, "Comment sentiment").flatMap({ Int($0) }) { labels[.complaint] = s >= 4 }
                feedback.append((text, labels, []))
            }
        }
        if !feedback.isEmpty { add("nhs_feedback", labelled: [.review, .complaint], rows: feedback) }
        var covid: [(String, [Category: Bool], Set<Category>)] = []
        for name in ["Constraint_Train.csv", "Constraint_Val.csv"] where exists("covid_misinformation/\(name)") {
            let t = CSV.table(try file("covid_misinformation/\(name)"))
            for r in t.rows {
                guard let l = t.field(r, "label"), let text = t.field(r, "tweet") else { continue }
                covid.append((text, [.misinformation: l == "fake"], []))
            }
        }
        if !covid.isEmpty { add("covid_misinformation", labelled: [.misinformation], rows: covid) }
        if exists("suicidal_intent/twitter-suicidal_data.csv") {
            let t = CSV.table(try file("suicidal_intent/twitter-suicidal_data.csv"))
            let rows = t.rows.compactMap { r -> (String, [Category: Bool], Set<Category>)? in
                guard let l = t.field(r, "intention"), let text = t.field(r, "tweet") else { return nil }
                return (text, [.safeguarding: l == "1"], [])
            }
            add("suicidal_intent", labelled: [.safeguarding], rows: rows)
        }
        if let trainDirectory, let gp = try loadGPSet(trainDirectory, name: "gp-train", heldOut: false) { sets.append(gp) }
        if let devDirectory, let dev = try loadGPSet(devDirectory, name: "gp-dev", heldOut: true) { sets.append(dev) }
        return sets
    }

    /// Hand-written GP-page comments (JSON Lines with "expected"). Every row trains, except, when
    /// `heldOut`, the development set's held-out ids (`DevSetSplit.isHeldOut`), which are the test
    /// fold and are used for nothing else. Trained rows also get a cross-validation group, so
    /// thresholds can be chosen on GP-page comments a model has not seen.
    static func loadGPSet(_ directory: String, name: String, heldOut: Bool) throws -> Dataset? {
        let dir = URL(fileURLWithPath: directory)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        guard !files.isEmpty else { return nil }
        var d = Dataset(name: name, labelled: Set(categories), impliedNegatives: [], rowWeight: 8, rows: [])
        struct Line: Decodable { var id: String; var text: String; var expected: [String] }
        for f in files {
            let data = try Data(contentsOf: dir.appendingPathComponent(f))
            for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
                let l = try JSONDecoder().decode(Line.self, from: Data(line))
                var labels: [Category: Bool] = [:]
                for c in categories { labels[c] = l.expected.contains(c.rawValue) }
                let test = heldOut && DevSetSplit.isHeldOut(id: l.id)
                let group = test ? nil : Int(DevSetSplit.bucket("cv:\(name):\(l.id)") % UInt64(cvGroups))
                d.rows.append(LabelledText(id: l.id, text: l.text, labels: labels, fold: test ? .test : .train,
                                           cvGroup: group, raw: String(decoding: line, as: UTF8.self)))
            }
        }
        return d
    }

    /// 80 / 10 / 10 by a stable hash of the normalised text, so a text is in the same fold everywhere.
    static func fold(ofKey key: String) -> Fold {
        let b = DevSetSplit.bucket("text:" + key)
        return b < 80 ? .train : (b < 90 ? .dev : .test)
    }

    /// Lower case with runs of white space made one space: identical texts up to case and spacing.
    static func dedupeKey(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// HTML entities decoded and @handles made "@user" (as OLID writes them).
    static func clean(_ text: String) -> String {
        var s = text
        if s.contains("&") {
            for (e, r) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'")] {
                s = s.replacingOccurrences(of: e, with: r)
            }
            while let r = s.range(of: "&#"), let semi = s[r.upperBound...].firstIndex(of: ";"),
                  s.distance(from: r.upperBound, to: semi) <= 7 {
                let code = UInt32(s[r.upperBound..<semi]).flatMap(Unicode.Scalar.init)
                s.replaceSubrange(r.lowerBound...semi, with: code.map { String(Character($0)) } ?? " ")
            }
        }
        if s.contains("@") {
            var out = "", handle = false
            for ch in s {
                if handle {
                    if ch.isLetter || ch.isNumber || ch == "_" { continue }
                    handle = false
                }
                if ch == "@", out.last.map({ !($0.isLetter || $0.isNumber) }) ?? true {
                    out += "@user"
                    handle = true
                    continue
                }
                out.append(ch)
            }
            s = out
        }
        return s
    }

    /// OLID writes some tweets in quotes with doubled inner quotes.
    static func unquote(_ s: String) -> String {
        guard s.count >= 2, s.hasPrefix("\""), s.hasSuffix("\"") else { return s }
        return String(s.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }
}

/// An RFC 4180 reader (quoted fields may hold separators, doubled quotes and newlines), also used
/// unquoted for tab-separated files. Invalid UTF-8 is replaced, not fatal.
enum CSV {
    struct Table {
        var header: [String]
        var rows: [[String]]
        var columns: [String: Int]
        func field(_ row: [String], _ name: String) -> String? {
            guard let i = columns[name], i < row.count else { return nil }
            let v = row[i]
            return v.isEmpty ? nil : v
        }
    }

    static func table(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ","), quoted: Bool = true) -> Table {
        var records = parse(bytes, separator: separator, quoted: quoted)
        guard !records.isEmpty else { return Table(header: [], rows: [], columns: [:]) }
        var header = records.removeFirst()
        if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
        var columns: [String: Int] = [:]
        for (i, h) in header.enumerated() where columns[h] == nil { columns[h] = i }
        return Table(header: header, rows: records.filter { !($0.count == 1 && $0[0].isEmpty) }, columns: columns)
    }

    static func parse(_ bytes: [UInt8], separator: UInt8, quoted: Bool) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var i = 0
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                    inQuotes = false
                } else {
                    field.append(b)
                }
                i += 1
                continue
            }
            if quoted, b == quote, field.isEmpty {
                inQuotes = true
            } else if b == separator {
                endField()
            } else if b == lf || b == cr {
                endField()
                records.append(record)
                record.removeAll()
                if b == cr, i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }
}
