import ArgumentParser
import DecorumStore

/// `decorum audit verify`: re-walks the audit log's hash chain.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the audit log.",
        subcommands: [Verify.self]
    )

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-walk the audit log's hash chain and name the first event altered, removed or inserted.",
            discussion: """
                Works on the database in DECORUM_DATABASE_URL (by default ./decorum.sqlite). Exit status 0 when the chain is \
                intact, 1 when it is broken (each problem is listed, the first first), 2 when the check could not be made. \
                The head hash printed can be written down elsewhere: a later check that prints the same hash for the same \
                number of events shows that nothing up to there has changed since.
                """
        )

        func run() async throws {
            var report: AuditChainReport?
            do {
                try await CommandStore.with("audit verify") { store in report = try await store.audit.verifyChain() }
            } catch {
                throw ExitCode(2)
            }
            guard let report else { throw ExitCode(2) }
            guard !report.isIntact else {
                print("Audit \(report): every event is as it was written. Head hash \(report.headHash).")
                return
            }
            let count = report.problems.count == AuditChainReport.problemLimit ? "at least \(report.problems.count)" : "\(report.problems.count)"
            print("Audit chain broken (\(report.events) events; \(count) \(report.problems.count == 1 ? "problem" : "problems")):")
            for (n, problem) in report.problems.enumerated() {
                print("  \(n == 0 ? "first:" : "then: ") \(problem)")
            }
            print("Restore the database from a backup taken before the first problem, and find out who could write to it.")
            throw ExitCode(1)
        }
    }
}
