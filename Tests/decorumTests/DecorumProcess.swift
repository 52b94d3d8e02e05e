import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `decorum` command run as its own process, as an operator would run it.
final class DecorumProcess: @unchecked Sendable {
    let process = Process()
    let output: URL

    /// The `decorum` executable this test run built, beside the test bundle.
    static func executable() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            var dir = directory
            for _ in 0..<3 {
                let candidate = dir.appendingPathComponent("decorum")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the decorum executable was not found beside the tests"])
    }

    init(_ arguments: [String], environment: [String: String], output: URL) throws {
        self.output = output
        process.executableURL = try Self.executable()
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        handle.seekToEndOfFile()
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Kills it at once, as a power cut or the OOM killer would: no shutdown, no flush.
    func kill() async {
        _ = Glibc.kill(pid, SIGKILL)
        await exit()
    }

    /// Asks it to stop (SIGTERM) and waits.
    func terminate() async {
        process.terminate()
        await exit()
    }

    /// Waits for the process to end without blocking one of the few threads Swift's tasks share.
    private func exit() async {
        while process.isRunning { try? await Task.sleep(for: .milliseconds(10)) }
    }

    var log: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }
}

/// A free TCP port on loopback: bound, read, released.
func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
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
