/// A step of the conversation with the mail server, named in errors.
enum SMTPStep: String, Sendable, Hashable {
    case connect = "connecting"
    case greeting = "the server's greeting"
    case ehlo = "EHLO"
    case startTLS = "STARTTLS"
    case ehloAfterTLS = "EHLO after STARTTLS (the TLS handshake)"
    case auth = "AUTH"
    case mailFrom = "MAIL FROM"
    case rcptTo = "RCPT TO"
    case data = "DATA"
    case message = "sending the message"
    case quit = "QUIT"
}

/// Why an e-mail could not be sent, said so an operator knows which setting or which server to look at.
/// Never holds the password or the message.
enum SMTPError: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotConnect(host: String, port: Int, reason: String)
    case timedOut(SMTPStep, after: Duration)
    /// The server answered a step with a code other than the one that lets the conversation go on.
    case refused(SMTPStep, code: Int, reply: String)
    case closed(SMTPStep)
    case startTLSNotOffered(host: String)
    case tls(SMTPStep, reason: String)
    case authNotOffered(host: String)
    case authMethodsUnsupported([String])
    case malformedReply(SMTPStep, reason: String)
    /// The server sent more after agreeing to STARTTLS: what an attacker injecting commands would do.
    case dataBeforeTLS
    case invalidAddress(String, reason: String)
    case needsSMTPUTF8(String)
    case lineBreakInCommand
    case unexpected(String)

    /// A 4xx answer, a timeout or a lost connection: the same e-mail may go through later.
    var isTemporary: Bool {
        switch self {
        case .refused(_, let code, _): (400..<500).contains(code)
        case .cannotConnect, .timedOut, .closed: true
        default: false
        }
    }

    var description: String {
        switch self {
        case .cannotConnect(let host, let port, let reason):
            "Decorum could not connect to the mail server \(host):\(port) (\(reason)). Check DECORUM_SMTP_HOST and DECORUM_SMTP_PORT, and that the server lets this machine in."
        case .timedOut(let step, let after):
            "The mail server sent nothing for \(after.seconds.formatted) s during \(step.rawValue); it may be overloaded or a firewall may be holding the connection (DECORUM_SMTP_TIMEOUT_SECONDS sets the limit)."
        case .refused(let step, let code, let reply):
            "The mail server refused \(step.rawValue) with \(code)\(reply.isEmpty ? "" : " \"\(reply)\""); \(Self.advice(step, code: code))"
        case .closed(let step):
            "The mail server closed the connection during \(step.rawValue)."
        case .startTLSNotOffered(let host):
            "The mail server \(host) does not offer STARTTLS, which Decorum requires so the alert and the password are not sent in the clear. Use DECORUM_SMTP_TLS=implicit for a server on port 465, or DECORUM_SMTP_TLS=none only for a relay on this machine."
        case .tls(let step, let reason):
            "TLS with the mail server failed during \(step.rawValue): \(reason). Check the server's certificate matches DECORUM_SMTP_HOST, or set DECORUM_SMTP_CA_FILE to the certificates of the organisation's own CA."
        case .authNotOffered(let host):
            "The mail server \(host) does not offer AUTH, but DECORUM_SMTP_USERNAME is set: unset the username and password, or use the server's submission port (587)."
        case .authMethodsUnsupported(let methods):
            "The mail server offers only AUTH \(methods.joined(separator: " ")), and Decorum speaks PLAIN and LOGIN; ask for one of those on the submission port."
        case .malformedReply(let step, let reason):
            "The mail server's answer to \(step.rawValue) is not SMTP (\(reason)); check DECORUM_SMTP_HOST, DECORUM_SMTP_PORT and DECORUM_SMTP_TLS name a mail server and how it expects to be spoken to."
        case .dataBeforeTLS:
            "The mail server sent more after agreeing to STARTTLS, before TLS began: that is what an attacker injecting commands does, so Decorum stopped. Check the network path to the mail server."
        case .invalidAddress(let address, let reason):
            "\"\(address.prefix(100))\" cannot be used as an e-mail address: \(reason). Check the policy's contacts and DECORUM_SMTP_FROM."
        case .needsSMTPUTF8(let address):
            "The address \(address) has letters outside ASCII, and the mail server does not offer SMTPUTF8 to carry them; use an ASCII address."
        case .lineBreakInCommand:
            "Decorum refused to send the mail server a command holding a line break; check DECORUM_SMTP_HELO and the addresses for stray characters."
        case .unexpected(let reason):
            "Sending e-mail failed: \(reason)."
        }
    }

    private static func advice(_ step: SMTPStep, code: Int) -> String {
        switch (step, code) {
        case (.auth, _): "check DECORUM_SMTP_USERNAME and DECORUM_SMTP_PASSWORD."
        case (.mailFrom, 500..<600): "check the server lets DECORUM_SMTP_USERNAME send as DECORUM_SMTP_FROM."
        case (.rcptTo, 500..<600): "check the address in the policy's contacts, and that the server relays to it."
        case (_, 400..<500): "the server says to try again later, and Decorum will."
        default: "see the server's answer."
        }
    }
}

extension Double {
    /// Whole numbers without a decimal point, others with one decimal place at most.
    fileprivate var formatted: String { self == rounded() ? String(Int(self)) : String((self * 10).rounded() / 10) }
}
