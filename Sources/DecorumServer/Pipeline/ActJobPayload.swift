import DecorumCore
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
        guard case .object(let fields) = try JSONValue.parse(text), case .int(let id)? = fields.first(where: { $0.0 == "action" })?.1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "an act job's payload names no action"))
        }
        return ActJobPayload(action: ActionID(rawValue: Int64(id)))
    }
}
