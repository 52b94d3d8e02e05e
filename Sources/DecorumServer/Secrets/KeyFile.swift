import DecorumCore
public import DecorumStore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file that holds Decorum's secret keys when `DECORUM_SECRET_KEY` is not set: `decorum.key` next to
/// the database unless `DECORUM_KEY_FILE` names another.
///
/// One key a line, `<key id> <base64 of 32 bytes>`, the first line the primary key; blank lines and lines
/// starting with `#` are ignored. The file must be readable by its owner only (mode 0600): Decorum refuses
/// it otherwise. It is always replaced whole (a temporary file renamed over it), so a crash leaves either
/// the old file or the new one.
public struct KeyFile: Sendable, Hashable, CustomStringConvertible {
    /// Where the file is.
    public let path: String

    /// The key file at `path`.
    public init(path: String) { self.path = path }

    /// `decorum.key` in the SQLite database's directory, or in the working directory for other databases.
    public static func defaultPath(nextTo database: DatabaseURL) -> String {
        guard case .sqliteFile(let databasePath) = database.location, let slash = databasePath.lastIndex(of: "/") else {
            return "./decorum.key"
        }
        return databasePath[...slash] + "decorum.key"
    }

    /// Whether anything is at the path.
    public var exists: Bool {
        // Not following a final link: a dangling link is still something in the way.
        (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }

    /// The keys in the file; refuses a file others may read, or a line that is not a key.
    public func load() throws(SecretError) -> SecretKeyring {
        // The file itself, through any links, as stat(2) would see it.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: target)
        } catch {
            if access(target, F_OK) != 0 && errno == ENOENT { throw .keyFileMissing(path: path) }
            throw .keyFileUnreadable(path: path, reason: error.localizedDescription)
        }
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? (attributes[.posixPermissions] as? Int) ?? 0o777
        let mode = permissions & 0o7777
        guard mode & 0o077 == 0 else { throw .keyFileNotPrivate(path: path, mode: mode) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .keyFileUnreadable(path: path, reason: "\(error.localizedDescription)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .keyFileMalformed(path: path, line: 1, reason: "the file is not text")
        }
        return try Self.parse(text, path: path)
    }

    /// The keys in the file, or — on first run, when there is no file — a new key written to a new file.
    ///
    /// Two processes starting at once cannot both create it: the new file is linked into place only if
    /// nothing is there yet, and the loser reads the winner's.
    public func loadOrCreate() throws(SecretError) -> (keyring: SecretKeyring, created: Bool) {
        do throws(SecretError) {
            return (try load(), false)
        } catch .keyFileMissing {
            let keyring = SecretKeyring.generate()
            if try install(keyring, replacing: false) { return (keyring, true) }
            return (try load(), false)
        }
    }

    /// Replaces the file (or creates it) with these keys, atomically and with mode 0600.
    public func write(_ keyring: SecretKeyring) throws(SecretError) {
        _ = try install(keyring, replacing: true)
    }

    /// The file's text for `keyring`.
    static func render(_ keyring: SecretKeyring) -> String {
        var lines = [
            "# Decorum's secret keys: they encrypt the Facebook Page tokens stored in the database.",
            "# One key a line, \"<key id> <base64 of 32 bytes>\"; the first is the primary key, which seals new",
            "# tokens, and the others only open older ones. Keep this file private (mode 0600) and back it up",
            "# with the database: without it the stored tokens cannot be opened. Change it only with",
            "# decorum keys rotate and decorum keys retire.",
        ]
        lines += keyring.keys.map { "\($0.id) \($0.base64)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The keys in a key file's text; the error names the line and never shows a key.
    static func parse(_ text: String, path: String) throws(SecretError) -> SecretKeyring {
        var keys = [SecretKey]()
        var lineOf = [SecretKeyID: Int]()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 2 else {
                throw .keyFileMalformed(
                    path: path, line: number,
                    reason: "expected a key id and a key separated by a space, found \(fields.count) \(fields.count == 1 ? "field" : "fields")")
            }
            let key: SecretKey
            switch SecretKey.decode(base64: fields[1]) {
            case .success(let decoded): key = decoded
            case .failure(let problem): throw .keyFileMalformed(path: path, line: number, reason: "the key \(problem)")
            }
            guard key.id.rawValue == fields[0] else {
                throw .keyFileMalformed(
                    path: path, line: number,
                    reason: "the key id \(fields[0].prefix(16)) does not match its key, whose id is \(key.id); the line was changed or copied wrongly")
            }
            if let first = lineOf[key.id] {
                throw .keyFileMalformed(path: path, line: number, reason: "key \(key.id) is already on line \(first)")
            }
            lineOf[key.id] = number
            keys.append(key)
        }
        guard !keys.isEmpty else { throw .keyFileEmpty(path: path) }
        return try SecretKeyring(keys)
    }

    /// Writes the keys to a private temporary file beside the target, flushes it, then moves it into place:
    /// renamed over the old file, or (`replacing: false`) linked only if no file is there. False if one was.
    private func install(_ keyring: SecretKeyring, replacing: Bool) throws(SecretError) -> Bool {
        var random = SystemRandomNumberGenerator()
        let temporary = "\(path).tmp-\(String(random.next() as UInt64, radix: 16))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .keyFileUnwritable(path: path, reason: Self.describe(errno)) }
        defer { unlink(temporary) }
        let bytes = Array(Self.render(keyring).utf8)
        var written = 0
        var failure: Int32? = fchmod(fd, 0o600) == 0 ? nil : errno
        while failure == nil, written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0, errno != EINTR { failure = errno } else if n > 0 { written += n }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        close(fd)
        if let failure { throw .keyFileUnwritable(path: path, reason: Self.describe(failure)) }
        if replacing {
            guard rename(temporary, path) == 0 else { throw .keyFileUnwritable(path: path, reason: Self.describe(errno)) }
        } else if link(temporary, path) != 0 {
            let code = errno
            if code == EEXIST { return false }
            throw .keyFileUnwritable(path: path, reason: Self.describe(code))
        }
        syncDirectory()
        return true
    }

    /// Flushes the directory entry so the new file survives a power cut, not only a crash.
    private func syncDirectory() {
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "."
        let fd = open(directory, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    public var description: String { path }
}

/// POSIX `write`, named apart from ``KeyFile/write(_:)``.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #elseif canImport(Musl)
    Musl.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
