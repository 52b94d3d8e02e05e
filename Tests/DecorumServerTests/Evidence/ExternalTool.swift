import Foundation

/// A program outside Swift run on the tests' files (Python's `zipfile`, GNU `sha256sum`), to check the pack
/// with tools the practice's solicitor could use.
struct ExternalTool {
    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs `program` (found on PATH) with `arguments` in `directory`, and waits for it to end.
    static func run(_ program: String, _ arguments: [String], in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// What Python's `zipfile` makes of the archive at `path`: `testzip()` (None when every CRC is right),
    /// then one line per entry: name, UTF-8 flag, method, date and time.
    static func pythonZipfile(_ path: String) throws -> Run {
        try run("python3", ["-c", """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            print(z.testzip())
            for i in z.infolist():
                print(i.filename, i.flag_bits & 0x800, i.compress_type, "%04d-%02d-%02d %02d:%02d:%02d" % i.date_time)
            """, path])
    }

    /// Unzips `zip` with Python's `zipfile` into `directory`.
    static func pythonExtract(_ zip: String, into directory: URL) throws -> Run {
        try run("python3", ["-m", "zipfile", "-e", zip, directory.path])
    }
}

/// A new temporary directory for `body`, removed afterwards.
func withTemporaryDirectory<R>(_ body: (URL) async throws -> R) async throws -> R {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-evidence-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try await body(directory)
}
