/// A file that cannot go into a ZIP archive as ``ZipWriter`` writes them.
public enum ZipError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name is empty, absolute, climbs out with `..`, uses a backslash or a control character, or is repeated.
    case badName(String)
    /// Over what a ZIP without ZIP64 holds: 65,535 entries, 4 GiB a file or in all.
    case tooLarge(String)

    public var description: String {
        switch self {
        case .badName(let name):
            "\"\(name)\" cannot be a file name in the ZIP: names are relative paths with \"/\" between folders, without \"..\", backslashes or control characters, each used once."
        case .tooLarge(let what): "The ZIP would be too large (\(what)); ZIP files without ZIP64 hold 65,535 files of up to 4 GiB in all."
        }
    }
}
