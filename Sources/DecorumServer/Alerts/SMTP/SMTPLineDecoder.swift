import NIOCore
import Synchronization

/// Splits what the server sends into lines (without their CRLF), refusing a line longer than SMTP allows.
/// It counts what it has passed on and what it still holds, so the client can make sure nothing arrived after
/// the server agreed to STARTTLS.
struct SMTPLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    /// Lines decoded so far and bytes held back, read by the client at the STARTTLS boundary and by the time limit
    /// (which counts only the server's silence).
    final class Counter: Sendable {
        /// What has come from the server so far.
        struct Progress: Sendable, Equatable {
            var lines = 0
            var held = 0
        }

        private let state = Mutex(Progress())
        var progress: Progress { state.withLock { $0 } }
        var lines: Int { state.withLock { $0.lines } }
        var held: Int { state.withLock { $0.held } }
        func decoded() { state.withLock { $0.lines += 1 } }
        func holding(_ bytes: Int) { state.withLock { $0.held = bytes } }
    }

    /// RFC 5321 allows 512 octets in a reply line; servers that write longer ones exist, so be generous.
    static let maximumLine = 8192

    let counter: Counter

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        defer { counter.holding(buffer.readableBytes) }
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maximumLine { throw SMTPLineTooLong() }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex
        if length > Self.maximumLine { throw SMTPLineTooLong() }
        guard var line = buffer.readSlice(length: length) else { return .needMoreData }
        buffer.moveReaderIndex(forwardBy: 1)
        if line.readableBytesView.last == UInt8(ascii: "\r") { line = line.getSlice(at: line.readerIndex, length: line.readableBytes - 1)! }
        counter.decoded()
        context.fireChannelRead(wrapInboundOut(String(buffer: line)))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        // A last line without its CRLF is not a complete reply: drop it, and the client sees the connection end.
        buffer.moveReaderIndex(to: buffer.writerIndex)
        return .needMoreData
    }
}

/// The server sent a line longer than any SMTP reply.
struct SMTPLineTooLong: Error, CustomStringConvertible {
    var description: String { "a line longer than \(SMTPLineDecoder.maximumLine) bytes" }
}
