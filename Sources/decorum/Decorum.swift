import ArgumentParser

@main
struct Decorum: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decorum",
        abstract: "Keeps a GP practice's social media pages within its code of conduct for patients.",
        subcommands: [TrainCommand.self, ModelEvalCommand.self]
    )
}
