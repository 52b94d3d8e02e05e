/// One e-mail address, checked so nothing but an address can reach a command or a header: no spaces, no line
/// breaks, no angle brackets or other characters that would end the address early.
struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    /// `local@domain`.
    let address: String
    /// Shown before the address in headers (`"Safeguarding Lead" <sg@practice.nhs.uk>`).
    let displayName: String?

    init(_ address: String, name: String? = nil) throws(SMTPError) {
        let scalars = address.unicodeScalars
        let forbidden: Set<Unicode.Scalar> = ["<", ">", "(", ")", "[", "]", "\\", ",", ";", ":", "\"", " "]
        let ats = scalars.filter { $0 == "@" }.count
        guard ats == 1, let at = address.firstIndex(of: "@") else {
            throw .invalidAddress(address, reason: "it must have exactly one @")
        }
        let local = address[..<at]
        let domain = address[address.index(after: at)...]
        if local.isEmpty || domain.isEmpty { throw .invalidAddress(address, reason: "it needs a name before the @ and a domain after it") }
        if local.utf8.count > 64 || address.utf8.count > 254 { throw .invalidAddress(address, reason: "it is longer than e-mail allows") }
        if scalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.isWhitespace || forbidden.contains($0) }) {
            throw .invalidAddress(address, reason: "it contains a space, a line break or a character an address cannot have")
        }
        if domain.hasPrefix(".") || domain.hasSuffix(".") || domain.contains("..") || local.hasPrefix(".") || local.hasSuffix(".") {
            throw .invalidAddress(address, reason: "a dot is misplaced")
        }
        self.address = address
        self.displayName = name.map(MailMessage.headerSafe).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Needs the server's SMTPUTF8 extension: an address with letters outside ASCII.
    var needsSMTPUTF8: Bool { !address.utf8.allSatisfy { $0 < 0x80 } }

    var domain: Substring { address[address.index(after: address.firstIndex(of: "@")!)...] }

    var description: String { address }
}
