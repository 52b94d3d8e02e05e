import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// Sends e-mail through a mail server with SMTP, one connection per message: EHLO, STARTTLS (required unless the
/// settings say otherwise), AUTH PLAIN or LOGIN, MAIL FROM, RCPT TO, DATA with dot-stuffing, QUIT. A step fails when
/// the server stays silent for the time limit; an error names the step and the server's reply code.
struct SMTPMailer: Sendable {
    let settings: SMTPSettings
    private let tls: NIOSSLContext?
    private let group: any EventLoopGroup

    /// A mailer for the server in `settings`. `trustRoots` replaces the system's certificate authorities
    /// (otherwise `settings.caFile`, if set, adds to nothing: it is the only authority trusted).
    init(settings: SMTPSettings, trustRoots: NIOSSLTrustRoots? = nil, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) throws {
        self.settings = settings
        self.group = group
        guard settings.security != .none else {
            tls = nil
            return
        }
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        if let trustRoots {
            configuration.trustRoots = trustRoots
        } else if let caFile = settings.caFile {
            configuration.trustRoots = .file(caFile)
        }
        do {
            tls = try NIOSSLContext(configuration: configuration)
        } catch {
            throw SMTPError.tls(.connect, reason: "the certificates to trust cannot be loaded (\(error))")
        }
    }

    /// Sends the message to every address in `message.to`; returns when the server has accepted it.
    func send(_ message: MailMessage) async throws(SMTPError) {
        do {
            try await converse(message)
        } catch let error as SMTPError {
            throw error
        } catch {
            throw SMTPError.unexpected(SMTPMailer.describe(error))
        }
    }

    private func converse(_ message: MailMessage) async throws {
        let counter = SMTPLineDecoder.Counter()
        let firstError = SMTPFirstError()
        let implicit = settings.security == .implicit ? tls : nil
        let serverName = Self.serverName(settings.host)
        let channel: NIOAsyncChannel<String, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(TimeAmount(settings.timeout))
                .connect(host: settings.host, port: settings.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if let implicit {
                            try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: implicit, serverHostname: serverName))
                        }
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder(counter: counter)))
                        try channel.pipeline.syncOperations.addHandler(firstError)
                        return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPError.cannotConnect(host: settings.host, port: settings.port, reason: Self.describe(error))
        }
        try await channel.executeThenClose { inbound, outbound in
            let session = SMTPSession(
                channel: channel.channel, lines: inbound.makeAsyncIterator(), outbound: outbound, counter: counter,
                firstError: firstError, timeout: settings.timeout)
            try await session.run(message, settings: settings, startTLS: settings.security == .startTLS ? tls : nil,
                                  serverName: serverName, tlsActive: implicit != nil)
        }
    }

    /// The name to check the certificate against and send in SNI; nil for an IP address, which is checked
    /// against the certificate's IP addresses instead.
    static func serverName(_ host: String) -> String? {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return (try? SocketAddress(ipAddress: bare, port: 0)) == nil ? host : nil
    }

    static func describe(_ error: any Error) -> String {
        String(String(describing: error).prefix(200))
    }
}

/// One conversation, step by step, in the task that sends the message.
private final class SMTPSession {
    let channel: any Channel
    var lines: NIOAsyncChannelInboundStream<String>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let counter: SMTPLineDecoder.Counter
    let firstError: SMTPFirstError
    let timeout: Duration
    /// Lines taken from the server so far, compared with the decoder's count at STARTTLS.
    var consumed = 0
    let timer: StepTimer

    init(channel: any Channel, lines: NIOAsyncChannelInboundStream<String>.AsyncIterator, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>,
         counter: SMTPLineDecoder.Counter, firstError: SMTPFirstError, timeout: Duration) {
        self.channel = channel
        self.lines = lines
        self.outbound = outbound
        self.counter = counter
        self.firstError = firstError
        self.timeout = timeout
        timer = StepTimer(channel: channel, counter: counter, limit: timeout)
    }

    func run(_ message: MailMessage, settings: SMTPSettings, startTLS: NIOSSLContext?, serverName: String?, tlsActive: Bool) async throws {
        try await step(.greeting) { try self.expect(220, in: try await self.reply(.greeting), .greeting) }
        var extensions = try await ehlo(settings.heloName, step: .ehlo)
        if let startTLS {
            guard extensions["STARTTLS"] != nil else { throw SMTPError.startTLSNotOffered(host: settings.host) }
            try await step(.startTLS) {
                try await self.send("STARTTLS")
                try self.expect(220, in: try await self.reply(.startTLS), .startTLS)
                try await self.beginTLS(startTLS, serverName: serverName)
            }
            // What the server said before TLS may have been tampered with: only what it says now counts.
            extensions = try await ehlo(settings.heloName, step: .ehloAfterTLS)
        }
        if let username = settings.username, let password = settings.password {
            try await authenticate(username: username, password: password, offered: extensions["AUTH"], host: settings.host)
        }
        let utf8 = extensions["SMTPUTF8"] != nil
        for address in [message.from] + message.to where address.needsSMTPUTF8 && !utf8 { throw SMTPError.needsSMTPUTF8(address.address) }
        let needsUTF8 = ([message.from] + message.to).contains(where: \.needsSMTPUTF8)
        try await step(.mailFrom) {
            try await self.send("MAIL FROM:<\(message.from.address)>" + (needsUTF8 ? " SMTPUTF8" : ""))
            try self.expect(250, in: try await self.reply(.mailFrom), .mailFrom)
        }
        for recipient in message.to {
            try await step(.rcptTo) {
                try await self.send("RCPT TO:<\(recipient.address)>")
                let reply = try await self.reply(.rcptTo)
                if reply.code != 251 { try self.expect(250, in: reply, .rcptTo) }
            }
        }
        try await step(.data) {
            try await self.send("DATA")
            try self.expect(354, in: try await self.reply(.data), .data)
        }
        try await step(.message) {
            try await self.write(MailMessage.dotStuffed(message.rendered) + ".\r\n")
            try self.expect(250, in: try await self.reply(.message), .message)
        }
        // The message is accepted: a server that hangs up without answering QUIT changes nothing.
        try? await step(.quit) {
            try await self.send("QUIT")
            _ = try await self.reply(.quit)
        }
    }

    private func ehlo(_ name: String, step stepName: SMTPStep) async throws -> [String: [String]] {
        try await step(stepName) {
            try await self.send("EHLO \(name)")
            let reply = try await self.reply(stepName)
            if reply.code == 250 { return reply.extensions }
            // A server from before ESMTP: HELO, and no extensions (so no STARTTLS, no AUTH).
            guard reply.code == 500 || reply.code == 502 else { throw SMTPError.refused(stepName, code: reply.code, reply: reply.summary) }
            try await self.send("HELO \(name)")
            try self.expect(250, in: try await self.reply(stepName), stepName)
            return [:]
        }
    }

    private func authenticate(username: String, password: String, offered: [String]?, host: String) async throws {
        guard let offered else { throw SMTPError.authNotOffered(host: host) }
        try await step(.auth) {
            if offered.contains("PLAIN") {
                let credentials = Data(([0] + Array(username.utf8) + [0] + Array(password.utf8))).base64EncodedString()
                try await self.send("AUTH PLAIN \(credentials)")
                try self.expect(235, in: try await self.reply(.auth), .auth)
            } else if offered.contains("LOGIN") {
                try await self.send("AUTH LOGIN")
                try self.expect(334, in: try await self.reply(.auth), .auth)
                try await self.send(Data(username.utf8).base64EncodedString())
                try self.expect(334, in: try await self.reply(.auth), .auth)
                try await self.send(Data(password.utf8).base64EncodedString())
                try self.expect(235, in: try await self.reply(.auth), .auth)
            } else {
                throw SMTPError.authMethodsUnsupported(offered)
            }
        }
    }

    /// Puts TLS under the conversation, first making sure the server sent nothing after its 220 (which the
    /// decoder would already hold, and which would otherwise be read as if it came over TLS).
    private func beginTLS(_ context: NIOSSLContext, serverName: String?) async throws {
        let consumed = consumed
        let counter = counter
        let channel = channel
        let clean = try await channel.eventLoop.submit {
            guard counter.lines == consumed && counter.held == 0 else { return false }
            try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: context, serverHostname: serverName), position: .first)
            return true
        }.get()
        if !clean { throw SMTPError.dataBeforeTLS }
    }

    /// Runs one step within the time limit: when the server sends nothing for that long the connection is closed,
    /// which ends the step.
    private func step<T>(_ name: SMTPStep, _ body: () async throws -> T) async throws -> T {
        timer.start(name)
        defer { timer.finish() }
        do {
            return try await body()
        } catch let error as SMTPError {
            if let late = timer.expired { throw SMTPError.timedOut(late, after: timeout) }
            throw error
        } catch {
            if let late = timer.expired { throw SMTPError.timedOut(late, after: timeout) }
            // A failed handshake closes the connection; what the step sees may be only the closed writer.
            let cause = firstError.error ?? error
            if cause is NIOSSLError || cause is NIOSSLExtraError || cause is BoringSSLError {
                throw SMTPError.tls(name, reason: SMTPMailer.describe(cause))
            }
            if cause is SMTPLineTooLong { throw SMTPError.malformedReply(name, reason: "\(cause)") }
            throw SMTPError.closed(name)
        }
    }

    private func send(_ command: String) async throws {
        // Commands are built from checked addresses and settings; a line break here would be a second command.
        guard !command.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) else { throw SMTPError.lineBreakInCommand }
        try await write(command + "\r\n")
    }

    /// Writes to the server, which owes an answer from now: the time limit starts again.
    private func write(_ text: String) async throws {
        try await outbound.write(ByteBuffer(string: text))
        timer.restart()
    }

    /// Reads one reply, all its lines.
    private func reply(_ name: SMTPStep) async throws -> SMTPReply {
        var code: Int?
        var texts = [String]()
        while true {
            guard let line = try await lines.next() else { throw SMTPError.closed(name) }
            consumed += 1
            guard let parsed = SMTPReply.parse(line: line) else {
                throw SMTPError.malformedReply(name, reason: "a line that does not start with a reply code")
            }
            if let code, code != parsed.code { throw SMTPError.malformedReply(name, reason: "the lines of one reply have different codes") }
            code = parsed.code
            texts.append(parsed.text)
            if !parsed.more { return SMTPReply(code: parsed.code, lines: texts) }
            if texts.count > 200 { throw SMTPError.malformedReply(name, reason: "a reply of more than 200 lines") }
        }
    }

    private func expect(_ code: Int, in reply: SMTPReply, _ name: SMTPStep) throws {
        guard reply.code == code else { throw SMTPError.refused(name, code: reply.code, reply: reply.summary) }
    }
}

/// The time limit of the step under way. It runs out only when the server has sent nothing for the whole limit
/// since the step began or Decorum last wrote to it: a reply that came in time but is still waiting for the
/// conversation's task (on a busy machine) does not count against the server. When it runs out it closes the
/// connection, which ends the step.
private final class StepTimer: Sendable {
    private struct State {
        var step: SMTPStep?
        /// Counts the starts, so a check armed before one does nothing after it.
        var generation = 0
        var expired: SMTPStep?
    }

    private let state = Mutex(State())
    private let channel: any Channel
    private let counter: SMTPLineDecoder.Counter
    private let limit: Duration

    init(channel: any Channel, counter: SMTPLineDecoder.Counter, limit: Duration) {
        self.channel = channel
        self.counter = counter
        self.limit = limit
    }

    /// The step whose time ran out, if one did.
    var expired: SMTPStep? { state.withLock { $0.expired } }

    func start(_ step: SMTPStep) {
        state.withLock { $0.step = step }
        restart()
    }

    /// Starts the limit of the step under way again from now.
    func restart() {
        let armed = state.withLock { state -> (SMTPStep, Int)? in
            guard let step = state.step else { return nil }
            state.generation += 1
            return (step, state.generation)
        }
        if let (step, generation) = armed { check(step, generation, heard: counter.progress) }
    }

    func finish() { state.withLock { $0.step = nil } }

    private func check(_ step: SMTPStep, _ generation: Int, heard: SMTPLineDecoder.Counter.Progress) {
        channel.eventLoop.scheduleTask(in: TimeAmount(limit)) { [self] in
            guard state.withLock({ $0.step == step && $0.generation == generation }) else { return }
            let now = counter.progress
            if now != heard {
                check(step, generation, heard: now)
                return
            }
            state.withLock { $0.expired = step }
            channel.close(promise: nil)
        }
    }
}

/// Keeps the first error the connection reports (a failed TLS handshake, say), which the conversation may otherwise
/// see only as a connection that closed.
private final class SMTPFirstError: ChannelInboundHandler, Sendable {
    typealias InboundIn = String

    private let first = Mutex<(any Error)?>(nil)
    var error: (any Error)? { first.withLock { $0 } }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        first.withLock { if $0 == nil { $0 = error } }
        context.fireErrorCaught(error)
    }
}
