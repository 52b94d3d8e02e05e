import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// A mail server on loopback that speaks enough SMTP for the client's tests: EHLO, STARTTLS (with a certificate made
/// in the test), AUTH PLAIN and LOGIN, MAIL, RCPT, DATA, QUIT. It records every conversation, and can be told to
/// refuse a log-in or a recipient, leave STARTTLS out, go quiet, or misbehave at STARTTLS.
final class FakeSMTPServer: Sendable {
    struct Options: Sendable {
        var tls: NIOSSLContext?
        var offerStartTLS = false
        var implicitTLS = false
        var authMethods: [String] = []
        /// The username and password accepted; anything else is refused with 535.
        var credentials: (String, String)?
        var refuseRecipients: Set<String> = []
        var offerSMTPUTF8 = false
        /// Stop answering after a command starting with this (`DATA`, `MAIL`…).
        var silentAfter: String?
        /// After agreeing to STARTTLS, send another reply in the same packet, as a command-injection attacker would.
        var injectAfterStartTLS = false
        /// Send the lines of the EHLO reply this far apart, as a slow server on a slow link does.
        var ehloLineDelay: TimeAmount?
        var greeting = "220 fake.test ESMTP ready"
    }

    /// One client's conversation.
    struct Session: Sendable, Hashable {
        /// Command lines, in order, as received (AUTH lines included).
        var commands: [String] = []
        /// Each message after DATA, un-dot-stuffed, lines joined with CRLF.
        var messages: [String] = []
        /// Each message's lines as they came over the wire (still dot-stuffed).
        var rawMessages: [[String]] = []
        var usedTLS = false
        var authenticatedAs: String?
    }

    let options: Options
    private let channel: any Channel
    private let recorder: Recorder
    var port: Int { channel.localAddress!.port! }

    var sessions: [Session] { recorder.sessions }

    private init(options: Options, channel: any Channel, recorder: Recorder) {
        self.options = options
        self.channel = channel
        self.recorder = recorder
    }

    static func start(_ options: Options = Options()) async throws -> FakeSMTPServer {
        let recorder = Recorder()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let index = recorder.open()
                    if options.implicitTLS, let tls = options.tls {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls))
                        recorder.update(index) { $0.usedTLS = true }
                    }
                    try channel.pipeline.syncOperations.addHandler(FakeSMTPHandler(options: options, recorder: recorder, index: index))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return FakeSMTPServer(options: options, channel: channel, recorder: recorder)
    }

    func stop() async {
        try? await channel.close()
    }

    /// Runs `body` with a server up, stopping it afterwards.
    @discardableResult
    static func with<T: Sendable>(_ options: Options = Options(), _ body: (FakeSMTPServer) async throws -> T) async throws -> T {
        let server = try await start(options)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    final class Recorder: Sendable {
        private let state = Mutex<[Session]>([])
        var sessions: [Session] { state.withLock { $0 } }
        func open() -> Int { state.withLock { $0.append(Session()); return $0.count - 1 } }
        func update(_ index: Int, _ change: (inout Session) -> Void) { state.withLock { change(&$0[index]) } }
    }
}

/// One connection of the fake server.
private final class FakeSMTPHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    enum Mode { case command, data, loginUser, loginPassword(String), silent }

    let options: FakeSMTPServer.Options
    let recorder: FakeSMTPServer.Recorder
    let index: Int
    var buffer = ByteBuffer()
    var mode = Mode.command
    var dataLines = [String]()
    var tls: Bool

    init(options: FakeSMTPServer.Options, recorder: FakeSMTPServer.Recorder, index: Int) {
        self.options = options
        self.recorder = recorder
        self.index = index
        self.tls = options.implicitTLS
    }

    func channelActive(context: ChannelHandlerContext) {
        write(context, options.greeting)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        buffer.writeBuffer(&incoming)
        while let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            var line = buffer.readString(length: newline - buffer.readerIndex)!
            buffer.moveReaderIndex(forwardBy: 1)
            if line.hasSuffix("\r") { line.removeLast() }
            handle(line, context: context)
        }
    }

    private func handle(_ line: String, context: ChannelHandlerContext) {
        switch mode {
        case .silent:
            return
        case .data:
            if line == "." {
                let raw = dataLines
                let message = raw.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }.joined(separator: "\r\n")
                recorder.update(index) {
                    $0.messages.append(message)
                    $0.rawMessages.append(raw)
                }
                dataLines = []
                mode = .command
                write(context, "250 2.0.0 Ok: queued as FAKE1")
            } else {
                dataLines.append(line)
            }
            return
        case .loginUser:
            mode = .loginPassword(Self.unbase64(line))
            write(context, "334 UGFzc3dvcmQ6")
            return
        case .loginPassword(let user):
            mode = .command
            login(user: user, password: Self.unbase64(line), context: context)
            return
        case .command:
            break
        }
        recorder.update(index) { $0.commands.append(line) }
        let upper = line.uppercased()
        if let silent = options.silentAfter, upper.hasPrefix(silent) {
            mode = .silent
            return
        }
        if upper.hasPrefix("EHLO ") {
            var keywords = ["fake.test greets you", "PIPELINING", "SIZE 10240000"]
            if options.offerStartTLS && !tls { keywords.append("STARTTLS") }
            if !options.authMethods.isEmpty && (tls || !options.offerStartTLS) { keywords.append("AUTH " + options.authMethods.joined(separator: " ")) }
            if options.offerSMTPUTF8 { keywords.append("SMTPUTF8") }
            keywords.append("8BITMIME")
            let lines = keywords.enumerated().map { i, k in "250\(i == keywords.count - 1 ? " " : "-")\(k)" }
            if let delay = options.ehloLineDelay {
                let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
                for (i, line) in lines.enumerated() {
                    context.eventLoop.scheduleTask(in: delay * Int64(i + 1)) {
                        bound.value.writeAndFlush(NIOAny(ByteBuffer(string: line + "\r\n")), promise: nil)
                    }
                }
            } else {
                write(context, lines.joined(separator: "\r\n"))
            }
        } else if upper.hasPrefix("HELO ") {
            write(context, "250 fake.test")
        } else if upper == "STARTTLS", let context2 = options.tls, options.offerStartTLS, !tls {
            write(context, options.injectAfterStartTLS ? "220 2.0.0 Ready to start TLS\r\n250 injected" : "220 2.0.0 Ready to start TLS")
            // The 220 has gone to the socket already; everything after it is TLS.
            try! context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context2), position: .first)
            tls = true
            recorder.update(index) { $0.usedTLS = true }
        } else if upper.hasPrefix("AUTH PLAIN ") {
            let decoded = Self.unbase64(String(line.dropFirst("AUTH PLAIN ".count))).split(separator: "\0", omittingEmptySubsequences: false)
            if decoded.count == 3 {
                login(user: String(decoded[1]), password: String(decoded[2]), context: context)
            } else {
                write(context, "501 5.5.2 Cannot decode")
            }
        } else if upper == "AUTH LOGIN" {
            mode = .loginUser
            write(context, "334 VXNlcm5hbWU6")
        } else if upper.hasPrefix("MAIL FROM:") {
            write(context, "250 2.1.0 Ok")
        } else if upper.hasPrefix("RCPT TO:") {
            let address = line.dropFirst("RCPT TO:".count).trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
            write(context, options.refuseRecipients.contains(address) ? "550 5.1.1 <\(address)>: Recipient address rejected: User unknown" : "250 2.1.5 Ok")
        } else if upper == "DATA" {
            mode = .data
            write(context, "354 End data with <CR><LF>.<CR><LF>")
        } else if upper == "QUIT" {
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: "221 2.0.0 Bye\r\n"))).whenComplete { _ in channel.close(promise: nil) }
        } else if upper == "RSET" || upper == "NOOP" {
            write(context, "250 2.0.0 Ok")
        } else {
            write(context, "502 5.5.2 Error: command not recognized")
        }
    }

    private func login(user: String, password: String, context: ChannelHandlerContext) {
        if let (u, p) = options.credentials, u == user, p == password {
            recorder.update(index) { $0.authenticatedAs = user }
            write(context, "235 2.7.0 Authentication successful")
        } else {
            write(context, "535 5.7.8 Error: authentication failed")
        }
    }

    private func write(_ context: ChannelHandlerContext, _ text: String) {
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text + "\r\n")), promise: nil)
    }

    static func unbase64(_ text: String) -> String {
        Data(base64Encoded: text).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
