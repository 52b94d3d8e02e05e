public import AsyncHTTPClient
import DecorumCore
import Foundation
public import Logging
import NIOCore
import NIOHTTP1
public import ServiceLifecycle

/// Plays the demo corpus into the Graph API simulator as if visitors were commenting on the Page: one
/// comment every `interval` through `POST /_sim/comments`, replies under the comment posted before
/// them, edits a couple of comments later through `PATCH /_sim/comments/:id`, round and round until
/// the service is shut down. The simulator sends Decorum a signed webhook for each, as Meta would.
///
/// It never stops the service group over a failed request (the simulator may still be starting, or
/// Decorum may have deleted the comment a reply was meant for): it logs a warning and carries on.
public struct DemoFeed: Service {
    let simulatorURL: String
    let httpClient: HTTPClient
    let interval: Duration
    let comments: [DemoComment]
    let editDelay: Int
    let logger: Logger

    /// A feed of `comments` into the simulator at `simulatorURL` (`http://127.0.0.1:8081`, no path).
    /// `editDelay` is how many comments later an edit is made.
    public init(
        simulatorURL: String, httpClient: HTTPClient = .shared, interval: Duration = .seconds(4),
        comments: [DemoComment] = DemoComments.all, editDelay: Int = 2, logger: Logger
    ) {
        var base = simulatorURL
        while base.hasSuffix("/") { base.removeLast() }
        self.simulatorURL = base
        self.httpClient = httpClient
        self.interval = interval
        self.comments = comments
        self.editDelay = max(1, editDelay)
        self.logger = logger
    }

    /// Plays the comments until the service group shuts down (or the task is cancelled).
    public func run() async throws {
        guard !comments.isEmpty else { return }
        logger.info("demo feed started", metadata: ["comments": "\(comments.count)", "simulator": "\(simulatorURL)"])
        await cancelWhenGracefulShutdown { await self.loop() }
        logger.info("demo feed stopped")
    }

    /// A comment waiting to be edited, by the simulator's id.
    private struct PendingEdit {
        var commentID: String
        var edit: DemoComment.Edit
        var authorName: String
        var due: Int
    }

    private func loop() async {
        var index = 0
        var tick = 0
        var round = 1
        var previousID: String?
        var edits = [PendingEdit]()
        var failures = 0
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            tick += 1
            while let next = edits.first, next.due <= tick {
                edits.removeFirst()
                await apply(next)
            }
            let comment = comments[index]
            switch await post(comment, replyingTo: comment.repliesToPrevious ? previousID : nil, round: round) {
            case .posted(let id):
                previousID = id
                if let edit = comment.edit {
                    edits.append(PendingEdit(commentID: id, edit: edit, authorName: comment.authorName, due: tick + editDelay))
                }
            case .rejected:
                previousID = nil
            case .unreachable(let error):
                // Try the same comment again next time: the simulator may not be listening yet. Said once, not every time.
                failures += 1
                if failures == 1 {
                    logger.warning("demo comment not posted: the simulator did not answer; trying again", metadata: ["error": "\(error)"])
                }
                continue
            }
            if failures > 0 {
                logger.info("demo feed reached the simulator again", metadata: ["attempts": "\(failures + 1)"])
                failures = 0
            }
            index += 1
            if index == comments.count {
                index = 0
                round += 1
            }
        }
    }

    private enum Outcome {
        case posted(String)
        /// The simulator refused it; it would refuse it again.
        case rejected
        /// No answer, or a server error; worth trying again.
        case unreachable(String)
    }

    private func post(_ comment: DemoComment, replyingTo parent: String?, round: Int) async -> Outcome {
        let body = NewComment(
            parentID: parent, message: comment.message,
            from: .init(id: comment.authorID.rawValue, name: comment.authorName),
            attachments: comment.attachments.isEmpty ? nil : comment.attachments.map { .init(type: $0.type.rawValue, url: $0.url) })
        let answer: (status: Int, body: ByteBuffer)
        do {
            answer = try await send(.POST, "/_sim/comments", body)
        } catch {
            return .unreachable(String(String(describing: error).prefix(200)))
        }
        if answer.status == 400, parent != nil {
            // The comment it answers is gone (Decorum deleted it): post it on its own instead.
            return await post(comment, replyingTo: nil, round: round)
        }
        guard (200..<300).contains(answer.status),
              let created = try? JSONDecoder().decode(Created.self, from: Data(answer.body.readableBytesView))
        else {
            if answer.status >= 500 { return .unreachable("HTTP \(answer.status)") }
            logger.warning("demo comment refused by the simulator; going on to the next", metadata: [
                "author": "\(comment.authorName)", "status": "\(answer.status)",
            ])
            return .rejected
        }
        var metadata: Logger.Metadata = [
            // Ids only: a log never carries a comment's words or its author's name, even a made-up one.
            "comment": "\(created.id)", "round": "\(round)",
        ]
        if let parent { metadata["reply_to"] = "\(parent)" }
        if !comment.attachments.isEmpty { metadata["attachments"] = "\(comment.attachments.map(\.type.rawValue).joined(separator: ","))" }
        logger.info("demo comment posted", metadata: metadata)
        return .posted(created.id)
    }

    private func apply(_ pending: PendingEdit) async {
        do {
            let answer = try await send(.PATCH, "/_sim/comments/\(pending.commentID)", EditedComment(message: pending.edit.message))
            guard (200..<300).contains(answer.status) else {
                // Usually Decorum deleted it first; nothing to edit.
                logger.info("demo edit skipped", metadata: ["comment": "\(pending.commentID)", "status": "\(answer.status)"])
                return
            }
            logger.info("demo comment edited", metadata: [
                "comment": "\(pending.commentID)",
            ])
        } catch {
            logger.warning("demo edit not sent: the simulator did not answer", metadata: [
                "comment": "\(pending.commentID)", "error": "\(String(describing: error).prefix(200))",
            ])
        }
    }

    private func send(_ method: HTTPMethod, _ path: String, _ body: some Encodable) async throws -> (status: Int, body: ByteBuffer) {
        var request = HTTPClientRequest(url: simulatorURL + path)
        request.method = method
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(body)))
        let response = try await httpClient.execute(request, timeout: .seconds(10))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), bytes)
    }

    // The simulator's `/_sim` request and answer bodies.

    private struct NewComment: Encodable {
        struct From: Encodable {
            var id: String
            var name: String
        }
        struct File: Encodable {
            var type: String
            var url: String?
        }
        var parentID: String?
        var message: String
        var from: From
        var attachments: [File]?

        enum CodingKeys: String, CodingKey {
            case parentID = "parent_id"
            case message, from, attachments
        }
    }

    private struct EditedComment: Encodable {
        var message: String
    }

    private struct Created: Decodable {
        var id: String
    }
}
