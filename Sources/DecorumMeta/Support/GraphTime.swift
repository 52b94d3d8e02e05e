import DecorumCore

/// Conversions between Unix seconds and the timestamps Graph writes (`2024-05-01T10:00:00+0000`).
enum GraphTime {
    /// `2024-05-01T10:00:00Z` for a Unix time (UTC).
    static func iso8601(unixSeconds: Int64) -> String {
        CivilTime.timestamp(unixSeconds: unixSeconds) + "Z"
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
        return CivilTime.days(fromCivil: y, mo, d) * 86_400 + h * 3600 + mi * 60 + s - offset
    }

    private static func number(_ digits: some Collection<UInt8>) -> Int64? {
        var value: Int64 = 0
        for c in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) else { return nil }
            value = value * 10 + Int64(c - UInt8(ascii: "0"))
        }
        return value
    }
}
