import Foundation
import NIOCore
import NIOSSL
import Testing
@testable import DecorumServer

/// The SMTP client against a fake mail server on loopback that records every conversation.
@Suite("SMTP client")
struct SMTPMailerTests {
    static let certificate = Result { try TestCertificate.make() }

    static func message(body: String = "An urgent alert for the safeguarding lead.\nOpen Decorum's dashboard.") throws -> MailMessage {
        MailMessage(from: try MailAddress("decorum@quornmedical.nhs.uk", name: "Decorum"),
                    to: [try MailAddress("sg.lead@quornmedical.nhs.uk", name: "Safeguarding Lead")],
                    subject: "Decorum alert 7: urgent, for the safeguarding lead", body: body)
    }

    static func settings(port: Int, security: SMTPSettings.Security = .startTLS, login: Bool = true, timeout: Duration = .seconds(30)) -> SMTPSettings {
        SMTPSettings(host: "127.0.0.1", port: port, security: security, username: login ? "decorum" : nil, password: login ? "pa55word" : nil,
                     from: "decorum@quornmedical.nhs.uk", heloName: "decorum.quornmedical.nhs.uk", timeout: timeout)
    }

    static func tlsOptions(auth: [String] = ["PLAIN", "LOGIN"]) throws -> FakeSMTPServer.Options {
        var options = FakeSMTPServer.Options()
        options.tls = try certificate.get().serverContext()
        options.offerStartTLS = true
        options.authMethods = auth
        options.credentials = ("decorum", "pa55word")
        return options
    }

    static func mailer(_ settings: SMTPSettings, trusting: TestCertificate? = nil) throws -> SMTPMailer {
        try SMTPMailer(settings: settings, trustRoots: (try trusting ?? certificate.get()).trustRoots)
    }

    @Test("a message goes EHLO, STARTTLS, EHLO again, AUTH PLAIN, MAIL FROM, RCPT TO, DATA and QUIT, over TLS to a server whose certificate is trusted")
    func startTLS() async throws {
        try await FakeSMTPServer.with(try Self.tlsOptions()) { server in
            try await Self.mailer(Self.settings(port: server.port)).send(try Self.message())
            let session = try #require(server.sessions.first)
            #expect(session.usedTLS)
            #expect(session.authenticatedAs == "decorum")
            #expect(session.commands.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == [
                "EHLO decorum.quornmedical.nhs.uk", "STARTTLS", "EHLO decorum.quornmedical.nhs.uk", "AUTH PLAIN",
                "MAIL FROM:<decorum@quornmedical.nhs.uk>", "RCPT TO:<sg.lead@quornmedical.nhs.uk>", "DATA", "QUIT",
            ])
            let message = try #require(session.messages.first)
            #expect(message.contains("Subject: Decorum alert 7: urgent, for the safeguarding lead\r\n"))
            #expect(message.contains("From: \"Decorum\" <decorum@quornmedical.nhs.uk>\r\n"))
            #expect(message.contains("To: \"Safeguarding Lead\" <sg.lead@quornmedical.nhs.uk>\r\n"))
            #expect(message.contains("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"))
            #expect(message.contains("MIME-Version: 1.0\r\n"))
            #expect(message.hasSuffix("\r\n\r\nAn urgent alert for the safeguarding lead.\r\nOpen Decorum's dashboard."))
        }
    }

    @Test("AUTH LOGIN is used when the server offers only LOGIN")
    func login() async throws {
        try await FakeSMTPServer.with(try Self.tlsOptions(auth: ["LOGIN"])) { server in
            try await Self.mailer(Self.settings(port: server.port)).send(try Self.message())
            #expect(server.sessions.first?.authenticatedAs == "decorum")
            #expect(server.sessions.first?.commands.contains("AUTH LOGIN") == true)
        }
    }

    @Test("a server that does not offer STARTTLS is left before anything is sent, when TLS is required")
    func startTLSRequired() async throws {
        var options = try Self.tlsOptions()
        options.offerStartTLS = false
        try await FakeSMTPServer.with(options) { server in
            await #expect(throws: SMTPError.startTLSNotOffered(host: "127.0.0.1")) {
                try await Self.mailer(Self.settings(port: server.port)).send(try Self.message())
            }
            #expect(server.sessions.first?.commands == ["EHLO decorum.quornmedical.nhs.uk"])
        }
    }

    @Test("with DECORUM_SMTP_TLS=none a local relay is used as it is: no STARTTLS, no AUTH")
    func plainRelay() async throws {
        try await FakeSMTPServer.with { server in
            try await Self.mailer(Self.settings(port: server.port, security: .none, login: false)).send(try Self.message())
            let session = try #require(server.sessions.first)
            #expect(!session.usedTLS)
            #expect(session.commands.first == "EHLO decorum.quornmedical.nhs.uk")
            #expect(!session.commands.contains { $0.hasPrefix("STARTTLS") || $0.hasPrefix("AUTH") })
            #expect(session.messages.count == 1)
        }
    }

    @Test("implicit TLS (port 465) speaks TLS from the first byte")
    func implicitTLS() async throws {
        var options = try Self.tlsOptions()
        options.offerStartTLS = false
        options.implicitTLS = true
        try await FakeSMTPServer.with(options) { server in
            try await Self.mailer(Self.settings(port: server.port, security: .implicit)).send(try Self.message())
            let session = try #require(server.sessions.first)
            #expect(session.usedTLS && session.authenticatedAs == "decorum" && session.messages.count == 1)
            #expect(!session.commands.contains("STARTTLS"))
        }
    }

    @Test("a certificate the client does not trust stops the conversation at the TLS handshake, before AUTH")
    func untrustedCertificate() async throws {
        try await FakeSMTPServer.with(try Self.tlsOptions()) { server in
            let stranger = try TestCertificate.make()
            let error = await #expect(throws: SMTPError.self) {
                try await Self.mailer(Self.settings(port: server.port), trusting: stranger).send(try Self.message())
            }
            guard case .tls(.ehloAfterTLS, _)? = error else { Issue.record("not a TLS failure: \(String(describing: error))"); return }
            #expect("\(error!)".contains("DECORUM_SMTP_CA_FILE"))
            #expect(server.sessions.first?.authenticatedAs == nil)
            #expect(server.sessions.first?.commands.contains { $0.hasPrefix("AUTH") } == false)
        }
    }

    @Test("a refused log-in names AUTH and the server's code, and never the password")
    func refusedLogin() async throws {
        var options = try Self.tlsOptions()
        options.credentials = ("decorum", "another")
        try await FakeSMTPServer.with(options) { server in
            let error = await #expect(throws: SMTPError.self) {
                try await Self.mailer(Self.settings(port: server.port)).send(try Self.message())
            }
            guard case .refused(.auth, 535, _)? = error else { Issue.record("not refused at AUTH: \(String(describing: error))"); return }
            let text = "\(error!)"
            #expect(text.contains("AUTH") && text.contains("535") && text.contains("DECORUM_SMTP_PASSWORD") && !text.contains("pa55word"))
            #expect(server.sessions.first?.messages.isEmpty == true)
        }
    }

    @Test("a refused recipient names RCPT TO and 550, and no message is sent")
    func refusedRecipient() async throws {
        var options = try Self.tlsOptions()
        options.refuseRecipients = ["sg.lead@quornmedical.nhs.uk"]
        try await FakeSMTPServer.with(options) { server in
            let error = await #expect(throws: SMTPError.self) {
                try await Self.mailer(Self.settings(port: server.port)).send(try Self.message())
            }
            guard case .refused(.rcptTo, 550, let reply)? = error else { Issue.record("not refused at RCPT: \(String(describing: error))"); return }
            #expect(reply.contains("User unknown") && error?.isTemporary == false)
            #expect(server.sessions.first?.commands.contains("DATA") == false)
        }
    }

    @Test("a server that stops answering times out at the step it stopped in", arguments: [("MAIL", SMTPStep.mailFrom), ("DATA", .data), ("EHLO", .ehlo)])
    func timeout(silentAfter: String, step: SMTPStep) async throws {
        var options = FakeSMTPServer.Options()
        options.silentAfter = silentAfter
        try await FakeSMTPServer.with(options) { server in
            // Well under the default of 30 s, yet long enough that the steps before the silent one finish in time on a
            // machine whose two cores run the whole suite; the error names the limit that ran out.
            await #expect(throws: SMTPError.timedOut(step, after: .seconds(6))) {
                try await Self.mailer(Self.settings(port: server.port, security: .none, login: false, timeout: .seconds(6)))
                    .send(try Self.message())
            }
        }
    }

    @Test("the limit is on the server's silence, not a step's length: a reply that keeps coming is waited for")
    func slowButSteady() async throws {
        var options = FakeSMTPServer.Options()
        options.ehloLineDelay = .milliseconds(800)
        try await FakeSMTPServer.with(options) { server in
            // Four lines 0.8 s apart take 3.2 s, more than the 2.5 s limit, with never more than 0.8 s of silence.
            try await Self.mailer(Self.settings(port: server.port, security: .none, login: false, timeout: .milliseconds(2500))).send(try Self.message())
            #expect(server.sessions.first?.messages.count == 1)
        }
    }

    @Test("anything the server sends after agreeing to STARTTLS, before TLS, ends the conversation")
    func injectionAtStartTLS() async throws {
        var options = try Self.tlsOptions()
        options.injectAfterStartTLS = true
        try await FakeSMTPServer.with(options) { server in
            await #expect(throws: SMTPError.dataBeforeTLS) {
                try await Self.mailer(Self.settings(port: server.port)).send(try Self.message())
            }
            #expect(server.sessions.first?.commands.contains { $0.hasPrefix("AUTH") || $0.hasPrefix("MAIL") } == false)
        }
    }

    @Test("lines that start with a dot are dot-stuffed on the wire and arrive as written")
    func dotStuffing() async throws {
        try await FakeSMTPServer.with { server in
            let body = "First line\n.\n.hidden line\n..two dots"
            try await Self.mailer(Self.settings(port: server.port, security: .none, login: false)).send(try Self.message(body: body))
            let session = try #require(server.sessions.first)
            let raw = try #require(session.rawMessages.first)
            #expect(raw.suffix(5) == ["", "First line", "..", "..hidden line", "...two dots"])
            #expect(try #require(session.messages.first).hasSuffix("\r\n\r\nFirst line\r\n.\r\n.hidden line\r\n..two dots"))
        }
    }

    @Test("an address outside ASCII is refused unless the server offers SMTPUTF8, and sent with it when it does")
    func smtpUTF8() async throws {
        let message = MailMessage(from: try MailAddress("decorum@quornmedical.nhs.uk"), to: [try MailAddress("søren@quornmedical.nhs.uk")],
                                  subject: "s", body: "b")
        try await FakeSMTPServer.with { server in
            await #expect(throws: SMTPError.needsSMTPUTF8("søren@quornmedical.nhs.uk")) {
                try await Self.mailer(Self.settings(port: server.port, security: .none, login: false)).send(message)
            }
        }
        var options = FakeSMTPServer.Options()
        options.offerSMTPUTF8 = true
        try await FakeSMTPServer.with(options) { server in
            try await Self.mailer(Self.settings(port: server.port, security: .none, login: false)).send(message)
            #expect(server.sessions.first?.commands.contains("MAIL FROM:<decorum@quornmedical.nhs.uk> SMTPUTF8") == true)
        }
    }

    @Test("a mail server that is not there is named with its host and port")
    func cannotConnect() async throws {
        let port = try await FakeSMTPServer.with { $0.port }  // a port that was free a moment ago and is closed now
        let error = await #expect(throws: SMTPError.self) {
            try await Self.mailer(Self.settings(port: port, security: .none, login: false)).send(try Self.message())
        }
        guard case .cannotConnect(let host, let p, _)? = error else { Issue.record("not a connection failure: \(String(describing: error))"); return }
        #expect(host == "127.0.0.1" && p == port && "\(error!)".contains("DECORUM_SMTP_HOST"))
    }

    @Test("multi-line replies are read whole, and a reply that is not SMTP is named")
    func replies() {
        #expect(SMTPReply.parse(line: "250-fake.test greets you")! == (250, true, "fake.test greets you"))
        #expect(SMTPReply.parse(line: "250 OK")! == (250, false, "OK"))
        #expect(SMTPReply.parse(line: "221")! == (221, false, ""))
        #expect(SMTPReply.parse(line: "HTTP/1.1 400 Bad Request") == nil)
        #expect(SMTPReply.parse(line: "25O OK") == nil)
        let ehlo = SMTPReply(code: 250, lines: ["fake.test", "STARTTLS", "AUTH=LOGIN PLAIN", "SIZE 1000"])
        #expect(ehlo.extensions["STARTTLS"] == [])
        #expect(ehlo.extensions["AUTH"] == ["LOGIN", "PLAIN"])
    }
}
