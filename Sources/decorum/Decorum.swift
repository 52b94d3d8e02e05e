import ArgumentParser

@main
struct Decorum: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decorum",
        abstract: "Keeps a GP practice's social media pages within its code of conduct for patients.",
        subcommands: [
            ServeCommand.self, SimulateCommand.self, SyncCommand.self, ModerateCommand.self, EvalCommand.self, PolicyCommand.self,
            BenchCommand.self, TrainCommand.self, ModelEvalCommand.self, KeysCommand.self, UsersCommand.self, SubjectAccessCommand.self,
            EraseCommand.self, AuditCommand.self, HoldCommand.self, PurgeCommand.self, EvidenceCommand.self,
        ]
    )
}
