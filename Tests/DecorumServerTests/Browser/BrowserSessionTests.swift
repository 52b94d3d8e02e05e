import Foundation
import Testing

/// What the browser tests do on a machine without a browser, and where screenshots go; none of
/// these needs a browser.
@Suite("Browser tests without a browser, and README screenshots")
struct BrowserSessionTests {
    static let missing = "/nonexistent/decorum-skip-check/chromedriver"
    /// A plain file the test makes, readable but not executable.
    static let notExecutable = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-not-a-chromedriver.txt").path

    @Test("without a usable chromedriver there is no browser, and the reason names the variable and how to set it",
          arguments: [
              [:],
              ["DECORUM_TEST_CHROMEDRIVER": ""],
              ["DECORUM_TEST_CHROMEDRIVER": missing],
              ["DECORUM_TEST_CHROMEDRIVER": "/tmp"],
              ["DECORUM_TEST_CHROMEDRIVER": notExecutable],
          ])
    func unavailable(_ environment: [String: String]) throws {
        if environment.values.contains(Self.notExecutable) {
            try Data("not a program".utf8).write(to: URL(fileURLWithPath: Self.notExecutable))
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: Self.notExecutable)
        }
        defer { if environment.values.contains(Self.notExecutable) { try? FileManager.default.removeItem(atPath: Self.notExecutable) } }
        guard case .unavailable(let reason) = BrowserSession.locate(environment: environment) else {
            Issue.record("a browser was found in \(environment)")
            return
        }
        #expect(reason.contains("DECORUM_TEST_CHROMEDRIVER"))
        #expect(reason.contains(".ci/browser.sh"))
        if let path = environment["DECORUM_TEST_CHROMEDRIVER"], !path.isEmpty { #expect(reason.contains(path)) }
    }

    @Test("a chromedriver that exists is used, with the Chromium named beside it, or none if that is missing")
    func available() {
        #expect(BrowserSession.locate(environment: ["DECORUM_TEST_CHROMEDRIVER": "/bin/sh"])
            == .available(chromedriver: "/bin/sh", chrome: nil))
        #expect(BrowserSession.locate(environment: ["DECORUM_TEST_CHROMEDRIVER": "/bin/sh", "DECORUM_TEST_CHROME": "/bin/true"])
            == .available(chromedriver: "/bin/sh", chrome: "/bin/true"))
        guard case .unavailable(let reason) = BrowserSession.locate(
            environment: ["DECORUM_TEST_CHROMEDRIVER": "/bin/sh", "DECORUM_TEST_CHROME": Self.missing]) else {
            Issue.record("a missing Chromium was accepted")
            return
        }
        #expect(reason.contains("DECORUM_TEST_CHROME "))
    }

    /// This test is reported as skipped, by design: that is what it checks. Had `withBrowser`
    /// failed, or run its body, it would be reported as failed.
    @Test("a browser test where DECORUM_TEST_CHROMEDRIVER names a missing file is skipped with the reason printed, not failed")
    func skipped() async throws {
        try await BrowserSession.withBrowser(environment: ["DECORUM_TEST_CHROMEDRIVER": Self.missing]) { _ in
            Issue.record("the body ran without a browser")
        }
        Issue.record("withBrowser returned instead of skipping the test")
    }

    @Test("screenshots are written to docs/screenshots only when DECORUM_SCREENSHOTS=1")
    func screenshots() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-screenshots-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = Data(PNGImage.signature + [0, 0, 0, 0])
        #expect(try Screenshots.save(png, name: "queue", environment: [:], directory: directory) == nil)
        #expect(try Screenshots.save(png, name: "queue", environment: ["DECORUM_SCREENSHOTS": "0"], directory: directory) == nil)
        #expect(!FileManager.default.fileExists(atPath: directory.path))

        let file = try #require(try Screenshots.save(png, name: "queue", environment: ["DECORUM_SCREENSHOTS": "1"], directory: directory))
        #expect(file == directory.appendingPathComponent("queue.png"))
        #expect(try Data(contentsOf: file) == png)

        #expect(throws: Screenshots.Problem.badName("../queue")) { try Screenshots.save(png, name: "../queue", environment: [:]) }
        #expect(throws: Screenshots.Problem.notPNG("queue")) { try Screenshots.save(Data("GIF89a".utf8), name: "queue", environment: [:]) }
        #expect(Screenshots.directory.path.hasSuffix("/docs/screenshots"))
        #expect(FileManager.default.fileExists(atPath: Screenshots.repositoryRoot.appendingPathComponent("Package.swift").path))
    }

    @Test("a PNG's structure is checked: signature, chunk CRCs, header first, end last")
    func png() throws {
        // A 1×1 greyscale PNG, byte for byte.
        let tiny = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==")!
        let image = try PNGImage(tiny)
        #expect((image.width, image.height, image.chunks) == (1, 1, ["IHDR", "IDAT", "IEND"]))
        var corrupt = tiny
        corrupt[20] ^= 0xFF
        #expect(throws: PNGImage.Problem.badCRC(chunk: "IHDR", at: 8)) { try PNGImage(corrupt) }
        #expect(throws: PNGImage.Problem.noSignature) { try PNGImage(Data("not a png".utf8)) }
        #expect(throws: PNGImage.Problem.truncated(at: 33)) { try PNGImage(tiny.prefix(40)) }
    }
}
