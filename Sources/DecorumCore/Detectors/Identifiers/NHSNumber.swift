/// The NHS number's modulus-11 check: weights 10…2 over the first nine digits, and the tenth digit is
/// 11 − (sum mod 11), where 11 means 0 and 10 means no number is issued with those nine digits.
public enum NHSNumber {
    /// The check digit for nine digit values (0…9), or nil when those nine digits can have none.
    public static func checkDigit(_ prefix: some Collection<UInt8>) -> UInt8? {
        guard prefix.count == 9 else { return nil }
        var sum = 0, weight = 10
        for d in prefix {
            guard d <= 9 else { return nil }
            sum += Int(d) * weight
            weight -= 1
        }
        switch 11 - sum % 11 {
        case 11: return 0
        case 10: return nil
        case let check: return UInt8(check)
        }
    }

    /// True when ten digit values (0…9) make a valid NHS number.
    public static func isValid(_ digits: some Collection<UInt8>) -> Bool {
        guard digits.count == 10, let check = checkDigit(digits.prefix(9)) else { return false }
        return digits.dropFirst(9).first == check
    }

    /// True when a written number ("943 476 5919", "943-476-5919") is a valid NHS number.
    public static func isValid(_ written: String) -> Bool {
        var digits = [UInt8]()
        for s in written.unicodeScalars {
            switch s {
            case "0"..."9": digits.append(UInt8(s.value - 0x30))
            case " ", "-": continue
            default: return false
            }
        }
        return isValid(digits)
    }
}
