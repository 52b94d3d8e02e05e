import Foundation

/// Reads a named file, or standard input for "-" or no name.
enum InputSource {
    static func read(_ path: String?) throws -> Data {
        if path == nil || path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let data = FileManager.default.contents(atPath: path!) else {
            throw CLIError.invalid("cannot read \(path!): it does not exist or is not readable")
        }
        return data
    }
}

/// Writes to standard error.
enum StandardError {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
