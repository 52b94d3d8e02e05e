/// Conversions between Unix seconds and the timestamps Graph writes (`2024-05-01T10:00:00+0000`).
enum GraphTime {
    /// `2024-05-01T10:00:00Z` for a Unix time (UTC).
    static func iso8601(unixSeconds: Int64) -> String {
        let days = floorDiv(unixSeconds, 86_400)
        let secondOfDay = unixSeconds - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))Z"
    }

    /// Graph's format as Graph writes it (`+0000`), for the simulator's responses.
    static func graphString(unixSeconds: Int64) -> String {
        String(iso8601(unixSeconds: unixSeconds).dropLast()) + "+0000"
    }

    /// Unix seconds of `YYYY-MM-DDTHH:MM:SS` followed by `Z`, `+hhmm`, `+hh:mm` or nothing (UTC); nil if malformed.
    static func unixSeconds(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count >= 19, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let y = number(b[0..<4]), let mo = number(b[5..<7]), let d = number(b[8..<10]),
              let h = number(b[11..<13]), let mi = number(b[14..<16]), let s = number(b[17..<19]),
              (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61
        else { return nil }
        var offset: Int64 = 0
        let rest = b[19...]
        if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            let digits = rest.dropFirst().filter { $0 != UInt8(ascii: ":") }
            guard digits.count == 4, let oh = number(digits.prefix(2)), let om = number(digits.suffix(2)) else { return nil }
            offset = (oh * 3600 + om * 60) * (sign == UInt8(ascii: "+") ? 1 : -1)
        } else if !(rest.isEmpty || Array(rest) == [UInt8(ascii: "Z")]) {
            return nil
        }
        return days(fromCivil: y, mo, d) * 86_400 + h * 3600 + mi * 60 + s - offset
    }

    private static func number(_ digits: some Collection<UInt8>) -> Int64? {
        var value: Int64 = 0
        for c in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) else { return nil }
            value = value * 10 + Int64(c - UInt8(ascii: "0"))
        }
        return value
    }

    private static func pad(_ n: Int64, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }

    // Howard Hinnant's civil-date algorithms.
    private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func days(fromCivil y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
