import Foundation

/// Screenshots for the README, made by the browser tests: `Screenshots.save(png, name: "queue")`
/// writes `docs/screenshots/queue.png`, only when `DECORUM_SCREENSHOTS=1` (so an ordinary test run
/// leaves the working tree alone). Refresh them with
/// `DECORUM_SCREENSHOTS=1 swift test --filter Dashboard` and commit the pictures that changed.
enum Screenshots {
    /// The repository's root, found from this file's place in it (`Tests/DecorumServerTests/Browser/`).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Browser
        .deletingLastPathComponent()  // DecorumServerTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// Where the README's pictures live.
    static let directory = repositoryRoot.appendingPathComponent("docs/screenshots")

    /// Why a screenshot was not saved.
    enum Problem: Error, Equatable, CustomStringConvertible {
        case badName(String)
        case notPNG(String)

        var description: String {
            switch self {
            case .badName(let name): "\"\(name)\" is not a screenshot name: use lower-case letters, digits and hyphens"
            case .notPNG(let name): "the screenshot \"\(name)\" is not PNG data"
            }
        }
    }

    /// Writes `png` to `<directory>/<name>.png` when `DECORUM_SCREENSHOTS` is `1` and returns the
    /// file's URL; otherwise writes nothing and returns nil. `name` is lower-case letters, digits
    /// and hyphens (`queue`, `item-detail`).
    @discardableResult
    static func save(
        _ png: Data, name: String,
        environment: [String: String] = ProcessInfo.processInfo.environment, directory: URL = directory
    ) throws -> URL? {
        guard !name.isEmpty, name.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }) else {
            throw Problem.badName(name)
        }
        guard png.starts(with: PNGImage.signature) else { throw Problem.notPNG(name) }
        guard environment["DECORUM_SCREENSHOTS"] == "1" else { return nil }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("\(name).png")
        try png.write(to: file, options: .atomic)
        return file
    }
}
