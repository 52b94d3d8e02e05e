// A plain synchronous loop over the engine for valgrind (the decorum binary's async start-up trips it):
// judges the development set PASSES times. Built and run by bench/instructions.sh.
import DecorumCore
import Foundation

let args = CommandLine.arguments
let rulesOnly = args.contains("--rules-only")
let passes = Int(args.last.flatMap { Int($0) } ?? 3)
var policy = Policy.builtIn
let staff = try String(contentsOfFile: "examples/staff.csv", encoding: .utf8)
policy.staff = try StaffRoster.parse(csv: staff)
var model: LinearModel? = nil
if !rulesOnly, let data = FileManager.default.contents(atPath: "models/decorum-text.model") {
    model = try ModelFile(bytes: [UInt8](data)).model
}
let moderator = Moderator(policy: policy, model: model)
var items = [Item]()
let dir = "data/dev"
for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where name.hasSuffix(".jsonl") {
    let data = FileManager.default.contents(atPath: "\(dir)/\(name)")!
    for case .item(_, let item, _) in ItemReader().entries(from: data) { items.append(item) }
}
var sink = 0
for _ in 0..<passes {
    for item in items { sink &+= moderator.judge(item).categories.count }
}
print("judged \(items.count * passes) items (\(items.count) × \(passes)); categories \(sink)")
