import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Testing

/// The key file: created on first run, private, replaced atomically, and refused when unsafe or damaged.
@Suite("Key file")
struct KeyFileTests {
    /// Runs `body` with a new empty directory, removed afterwards.
    func inDirectory(_ body: (URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }

    func mode(of path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    func write(_ text: String, to path: String, mode: Int) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    @Test("on first run a key file is created with mode 0600, then the same keys are read from it")
    func firstRun() throws {
        try inDirectory { directory in
            let file = KeyFile(path: directory.appendingPathComponent("decorum.key").path)
            #expect(!file.exists)
            let (created, wasCreated) = try file.loadOrCreate()
            #expect(wasCreated)
            #expect(try mode(of: file.path) == 0o600)
            let (again, createdAgain) = try file.loadOrCreate()
            #expect(!createdAgain)
            #expect(again.keyIDs == created.keyIDs)
            let text = try String(contentsOfFile: file.path, encoding: .utf8)
            #expect(text.hasPrefix("#"))
            #expect(text.contains("\n\(created.primary.id) "))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["decorum.key"])
        }
    }

    @Test("processes starting at once agree on one new key file")
    func simultaneousFirstRuns() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = KeyFile(path: directory.appendingPathComponent("decorum.key").path)
        let results = try await withThrowingTaskGroup(of: (ids: [SecretKeyID], created: Bool).self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let (keyring, created) = try file.loadOrCreate()
                    return (keyring.keyIDs, created)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter(\.created).count == 1)
        #expect(Set(results.map(\.ids)).count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["decorum.key"])
    }

    @Test("writing replaces the file whole, keeps it private, and leaves no temporary file")
    func replace() throws {
        try inDirectory { directory in
            let file = KeyFile(path: directory.appendingPathComponent("decorum.key").path)
            let first = try file.loadOrCreate().keyring
            let rotated = first.rotated()
            try file.write(rotated)
            #expect(try file.load().keyIDs == rotated.keyIDs)
            #expect(try mode(of: file.path) == 0o600)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["decorum.key"])
            #expect(throws: SecretError.keyFileMissing(path: directory.appendingPathComponent("other.key").path)) {
                try KeyFile(path: directory.appendingPathComponent("other.key").path).load()
            }
        }
    }

    @Test("a key file other users can read is refused, saying how to fix it", arguments: [0o644, 0o640, 0o604, 0o660])
    func notPrivate(mode: Int) throws {
        try inDirectory { directory in
            let file = KeyFile(path: directory.appendingPathComponent("decorum.key").path)
            let keyring = try file.loadOrCreate().keyring
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
            let expected = SecretError.keyFileNotPrivate(path: file.path, mode: mode)
            #expect(throws: expected) { try file.load() }
            #expect(throws: expected) { try file.loadOrCreate() }
            #expect(expected.description.contains("chmod 600 \(file.path)"))
            #expect(mode != 0o644 || expected.description.contains("mode 0644"))
            try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: file.path)
            #expect(try file.load().keyIDs == keyring.keyIDs)
        }
    }

    /// A broken line, and the words that must appear in the error about it.
    struct Damage: Sendable, CustomTestStringConvertible {
        var name: String
        var line: @Sendable (_ valid: String, _ id: String, _ key: String) -> String
        var reason: String
        var testDescription: String { name }
    }

    static let damages: [Damage] = [
        Damage(name: "a key without its id", line: { _, _, key in key }, reason: "found 1 field"),
        Damage(name: "three fields", line: { _, id, key in "\(id) \(key) extra" }, reason: "found 3 fields"),
        Damage(name: "a key that is not base64", line: { _, id, _ in "\(id) ***not-base64***" }, reason: "the key is not base64"),
        Damage(name: "a short key", line: { _, id, _ in "\(id) QUJDREVGR0g=" }, reason: "the key is 8 bytes, not 32"),
        Damage(name: "an id that does not match its key", line: { _, _, key in "0badc0de \(key)" }, reason: "does not match its key"),
        Damage(name: "the same key twice", line: { valid, _, _ in valid }, reason: "is already on line 3"),
    ]

    @Test("a damaged key file is refused, naming the line and never showing a key", arguments: damages)
    func malformed(damage: Damage) throws {
        try inDirectory { directory in
            let path = directory.appendingPathComponent("decorum.key").path
            let keyring = SecretKeyring.generate()
            let valid = SecretKeySource.environmentValue(for: keyring)
            let goodLine = "\(keyring.primary.id) \(valid)"
            let text = "# Decorum keys\n\n\(goodLine)\n   # an indented comment\n\(damage.line(goodLine, keyring.primary.id.rawValue, valid))\n"
            try write(text, to: path, mode: 0o600)
            do throws(SecretError) {
                _ = try KeyFile(path: path).load()
                Issue.record("loaded a damaged key file")
            } catch {
                guard case .keyFileMalformed(let errorPath, let line, let reason) = error else { Issue.record("\(error)"); return }
                #expect(errorPath == path)
                #expect(line == 5)
                #expect(reason.contains(damage.reason))
                #expect(!error.description.contains(valid.prefix(12)))
                #expect(error.description.contains("line 5"))
            }
        }
    }

    @Test("a key file with no keys, or that is not text, is refused")
    func emptyOrBinary() throws {
        try inDirectory { directory in
            let path = directory.appendingPathComponent("decorum.key").path
            try write("# only a comment\n\n", to: path, mode: 0o600)
            #expect(throws: SecretError.keyFileEmpty(path: path)) { try KeyFile(path: path).load() }
            try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: URL(fileURLWithPath: path))
            #expect(throws: SecretError.keyFileMalformed(path: path, line: 1, reason: "the file is not text")) {
                try KeyFile(path: path).load()
            }
        }
    }

    @Test("keys come from DECORUM_SECRET_KEY first, then DECORUM_KEY_FILE, then decorum.key next to the database")
    func source() throws {
        let database = try DatabaseURL("/var/lib/decorum/decorum.sqlite")
        let value = SecretKeySource.environmentValue(for: SecretKeyring.generate())
        guard case .environment(let keyring) = try SecretKeySource.resolve(secretKey: value, keyFilePath: "/etc/decorum.key", database: database) else {
            Issue.record("DECORUM_SECRET_KEY was not used")
            return
        }
        #expect(SecretKeySource.environmentValue(for: keyring) == value)
        guard case .file(let named) = try SecretKeySource.resolve(secretKey: "", keyFilePath: "/etc/decorum.key", database: database),
              case .file(let beside) = try SecretKeySource.resolve(secretKey: nil, keyFilePath: nil, database: database)
        else {
            Issue.record("the key file was not used")
            return
        }
        #expect(named.path == "/etc/decorum.key")
        #expect(beside.path == "/var/lib/decorum/decorum.key")
        #expect(KeyFile.defaultPath(nextTo: try DatabaseURL("./decorum.sqlite")) == "./decorum.key")
        #expect(KeyFile.defaultPath(nextTo: try DatabaseURL("decorum.sqlite")) == "./decorum.key")
        #expect(KeyFile.defaultPath(nextTo: try DatabaseURL("postgres://decorum@db.example/decorum")) == "./decorum.key")
    }
}
