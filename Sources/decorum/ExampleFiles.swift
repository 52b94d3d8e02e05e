import Foundation

/// Files that ship in the repository (the model, the example roster), found from the working directory
/// or beside a `swift run` build (`.build/<triple>/<config>/decorum`, the repository three levels up).
enum ExampleFiles {
    static func find(_ relative: String) -> String? {
        var candidates = [relative]
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent(relative).path)
            dir = dir.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.isReadableFile(atPath: $0) }
    }
}
