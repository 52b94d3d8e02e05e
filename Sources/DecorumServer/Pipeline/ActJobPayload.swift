import DecorumStore
import Foundation

/// What an `act` job carries: the planned action to carry out.
struct ActJobPayload: Sendable, Hashable, Codable {
    var action: Int64

    init(action: ActionID) { self.action = action.rawValue }

    var actionID: ActionID { ActionID(rawValue: action) }

    func encoded() -> String { #"{"action":\#(action)}"# }

    /// Reads a payload; the first releases wrote the bare action id.
    static func decode(_ text: String) throws -> ActJobPayload {
        if let id = Int64(text) { return ActJobPayload(action: ActionID(rawValue: id)) }
        return try JSONDecoder().decode(ActJobPayload.self, from: Data(text.utf8))
    }
}
