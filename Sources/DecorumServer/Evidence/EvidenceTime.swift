import DecorumCore
import Foundation

/// Times as an evidence pack writes them: UTC, to the millisecond the store keeps, worked out with
/// ``CivilTime`` so no locale or time zone database can change a byte.
enum EvidenceTime {
    /// `2026-03-01T10:15:00.250Z`.
    static func iso(_ date: Date) -> String {
        let (seconds, millis) = parts(date)
        return CivilTime.timestamp(unixSeconds: seconds) + "." + String(millis).leftPadded(to: 3) + "Z"
    }

    /// `2026-03-01 10:15:00 UTC`, for people.
    static func readable(_ date: Date) -> String {
        CivilTime.timestamp(unixSeconds: parts(date).seconds, separator: " ") + " UTC"
    }

    /// `20260301T101500Z`, for file names.
    static func compact(_ date: Date) -> String {
        String(CivilTime.timestamp(unixSeconds: parts(date).seconds).unicodeScalars.filter { $0 != "-" && $0 != ":" }) + "Z"
    }

    /// The ZIP entries' date: the same instant in UTC.
    static func dos(_ date: Date) -> ZipWriter.DOSTime {
        let seconds = parts(date).seconds
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = CivilTime.civil(fromDays: days)
        let second = Int(seconds - days * 86_400)
        return ZipWriter.DOSTime(year: Int(year), month: Int(month), day: Int(day), hour: second / 3600, minute: second / 60 % 60, second: second % 60)
    }

    private static func parts(_ date: Date) -> (seconds: Int64, millis: Int64) {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000
        return (seconds, millis - seconds * 1000)
    }
}
