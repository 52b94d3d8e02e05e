/// What detectors need to know of the practice, prepared once from the policy.
public struct DetectionContext: Sendable {
    public let practiceName: String
    /// Lower-cased keys of the practice's name and page names, for spotting impersonation.
    public let practiceNameKeys: [[String]]
    /// The practice's phone numbers as digits only, national form ("01509412232").
    public let practicePhoneDigits: Set<String>
    /// Lower-cased.
    public let practiceEmails: Set<String>
    /// Lower-cased host names (no scheme, no "www.").
    public let allowedDomains: [String]
    /// Postcodes of the practice's addresses, upper case without spaces.
    public let practicePostcodes: Set<String>
    public let staff: [StaffMember]

    public init(policy: Policy) {
        practiceName = policy.practice.name
        practiceNameKeys = ([policy.practice.name] + policy.practice.pageNames).map { name in
            AnalyzedText(name).tokens.map(\.key)
        }
        practicePhoneDigits = Set(policy.practice.phones.map(Self.nationalDigits))
        practiceEmails = Set(policy.practice.emails.map { $0.lowercased() })
        var domains = policy.allowedDomains.map(Self.host)
        domains += policy.practice.websites.map(Self.host)
        allowedDomains = domains.filter { !$0.isEmpty }
        var postcodes = Set<String>()
        for address in policy.practice.addresses {
            // The last two words of an address are its postcode when it has one.
            let words = address.uppercased().split(whereSeparator: { $0 == " " || $0 == "," })
            if words.count >= 2 { postcodes.insert(words.suffix(2).joined()) }
        }
        practicePostcodes = postcodes
        staff = policy.staff
    }

    /// Digits of a UK phone number in national form: "+44 (0)1509 412232" → "01509412232".
    public static func nationalDigits(_ phone: String) -> String {
        var digits = phone.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map(Character.init)
        if digits.starts(with: ["4", "4"]) {
            digits.removeFirst(2)
            if digits.first != "0" { digits.insert("0", at: 0) }
        }
        if digits.starts(with: ["0", "0"]) { digits.removeFirst() }
        return String(digits)
    }

    /// The host of a URL or domain, lower case, without "www.".
    public static func host(_ url: String) -> String {
        var s = Substring(url.lowercased())
        if let colon = s.firstIndex(of: ":"), s[colon...].hasPrefix("://") { s = s[s.index(colon, offsetBy: 3)...] }
        if let slash = s.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { s = s[..<slash] }
        if let colon = s.firstIndex(of: ":") { s = s[..<colon] }
        if s.hasPrefix("www.") { s = s.dropFirst(4) }
        return String(s)
    }

    /// True when `host` is an allowed domain or a subdomain of one.
    public func isAllowed(host: String) -> Bool {
        allowedDomains.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}
