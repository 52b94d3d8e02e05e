import AsyncHTTPClient
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// chromedriver run as a child process on a free loopback port, for one test's browser.
///
/// Foundation starts it as the leader of its own process group, so `stop()` kills the group:
/// chromedriver and any Chromium it started go together, even if the session was never ended.
/// Waiting polls `isRunning` with `Task.sleep` rather than `waitUntilExit()`, which would hold one
/// of the few threads Swift's tasks share. Foundation reaps chromedriver; Chromium's helpers that
/// outlive it are reaped by the system's init.
final class ChromeDriverService: Sendable {
    /// The driver's address, `http://127.0.0.1:<port>`.
    let url: String
    let port: Int
    let executable: String
    /// chromedriver's pid, which is also its process group's id.
    let pid: Int32
    private let process: Process
    private let directory: URL
    private let stopped = Mutex(false)

    private init(executable: String, port: Int) throws {
        self.executable = executable
        self.port = port
        url = "http://127.0.0.1:\(port)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-chromedriver-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let log = directory.appendingPathComponent("chromedriver.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // No --allowed-ips: without it chromedriver listens on loopback only and takes local clients only.
        process.arguments = ["--port=\(port)", "--log-level=WARNING"]
        var environment = ProcessInfo.processInfo.environment
        environment["LANGUAGE"] = "en_GB"
        // Chromium's temporary profile goes here, so it is removed with the folder even if Chromium was killed.
        environment["TMPDIR"] = directory.path
        environment.removeValue(forKey: "DISPLAY")
        environment.removeValue(forKey: "DBUS_SESSION_BUS_ADDRESS")
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        do {
            try process.run()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: directory)
            throw WebDriverError.driverNotStarted(reason: "\(executable) could not be run: \(error)", log: "")
        }
        try? handle.close()
        pid = process.processIdentifier
    }

    deinit {
        // The last line of defence if a test forgot to stop it: nothing outlives the test run.
        if process.isRunning { _ = Glibc.kill(-pid, SIGKILL) }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Starts chromedriver and returns once it answers `/status` as ready. A port taken between
    /// choosing and binding it is retried on another; anything else fails with chromedriver's output.
    static func start(
        executable: String, http: HTTPClient = .shared, readyWithin timeout: Duration = .seconds(30)
    ) async throws -> ChromeDriverService {
        var attempt = 0
        while true {
            attempt += 1
            let service = try ChromeDriverService(executable: executable, port: try freeLoopbackPort())
            do {
                try await service.waitUntilReady(http: http, timeout: timeout)
                return service
            } catch {
                let exitedEarly = !service.process.isRunning
                let log = service.log
                await service.stop()
                if exitedEarly && attempt < 3 && log.localizedCaseInsensitiveContains("bind") { continue }
                throw error
            }
        }
    }

    private func waitUntilReady(http: HTTPClient, timeout: Duration) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            guard process.isRunning else {
                throw WebDriverError.driverNotStarted(
                    reason: "\(executable) exited with status \(process.terminationStatus) before it was ready", log: log)
            }
            if (try? await WebDriver.isReady(at: url, http: http)) == true { return }
            guard clock.now < deadline else {
                throw WebDriverError.driverNotStarted(reason: "\(executable) was not ready on port \(port) within \(timeout)", log: log)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// What chromedriver has printed so far.
    var log: String {
        (try? String(contentsOf: directory.appendingPathComponent("chromedriver.log"), encoding: .utf8)) ?? ""
    }

    /// Whether chromedriver is still running.
    var isRunning: Bool { process.isRunning }

    /// Stops chromedriver and everything in its process group, and waits until it has exited. It
    /// is killed outright: it inherits the test runner's blocked SIGTERM, so it would not hear a
    /// polite request, and once its session has ended it has nothing to tidy (a browser still
    /// running goes down with it, its profile in the service's folder, which is removed). Safe to
    /// call more than once, and it finishes even when the calling task has been cancelled.
    func stop() async {
        guard stopped.withLock({ already in defer { already = true }; return !already }) else { return }
        await Task {
            // Until chromedriver is reaped and every Chromium process in its group has gone too. While
            // chromedriver is unreaped its pid is the group's; after that only Chromium's own
            // processes found in the group are killed, one by one, so a reused pid is never hit.
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(10)
            while clock.now < deadline {
                if process.isRunning {
                    _ = Glibc.kill(-pid, SIGKILL)
                } else {
                    let left = ProcessGroup.members(pid).filter { $0.command.hasPrefix("chrom") }
                    if left.isEmpty { break }
                    for member in left { _ = Glibc.kill(member.pid, SIGKILL) }
                }
                try? await Task.sleep(for: .milliseconds(20))
            }
            try? FileManager.default.removeItem(at: directory)
        }.value
    }
}

/// A TCP port free on loopback now: bound to port 0, read back, released.
func freeLoopbackPort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EMFILE) }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
    guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
    return Int(UInt16(bigEndian: address.sin_port))
}
