import Foundation

/// The processes of one process group, read from `/proc`: how `ChromeDriverService.stop()` and
/// the tests make sure a stopped chromedriver left no browser behind.
enum ProcessGroup {
    /// The pids in group `pgid` that are still running (zombies waiting to be reaped don't count).
    static func liveMembers(_ pgid: Int32) -> [Int32] {
        members(pgid).map(\.pid)
    }

    /// The running processes in group `pgid` with their command names (`chromium`, `chromedriver`).
    static func members(_ pgid: Int32) -> [(pid: Int32, command: String)] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry -> (pid: Int32, command: String)? in
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.range(of: ")", options: .backwards) else { return nil }
            // "pid (comm) state ppid pgrp …"
            let fields = stat[close.upperBound...].split(separator: " ")
            guard fields.count > 2, fields[0] != "Z", fields[0] != "X", Int32(fields[2]) == pgid else { return nil }
            return (pid, String(stat[stat.index(after: open)..<close.lowerBound]))
        }.sorted { $0.pid < $1.pid }
    }
}
