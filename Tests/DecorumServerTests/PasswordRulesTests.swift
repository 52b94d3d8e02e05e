@testable import DecorumServer
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

@Suite("Passwords")
struct PasswordRulesTests {
    @Test("a long password of the person's own is accepted", arguments: [
        "quiet harbour lantern 42", "Tr3acle-Sp0nge-Tuesday", "seven grey herons fishing", "mañana por la mañana",
    ])
    func accepted(password: String) {
        #expect(PasswordRules.problems(password, login: "p.shah").isEmpty)
    }

    @Test("a short, common, login-based or overlong password is refused with what to change", arguments: [
        ("short pass", "at least 12 characters"),
        ("password1234", "first that anyone guessing would try"),
        ("Password123456!", "first that anyone guessing would try"),
        ("qwertyuiop12", "first that anyone guessing would try"),
        ("aaaaaaaaaaaaaaaa", "first that anyone guessing would try"),
        ("123456789012345", "first that anyone guessing would try"),
        ("p.shah-is-my-name", "your login"),
        (String(repeating: "longword ", count: 9), "at most 72 bytes"),
        ("tab\there and long enough", "control characters"),
    ])
    func refused(password: String, expected: String) {
        let problems = PasswordRules.problems(password, login: "p.shah")
        #expect(problems.contains { $0.contains(expected) }, "\(problems)")
    }

    @Test("one-time passwords are 20 unambiguous characters in groups of five, and differ each time")
    func oneTime() {
        let passwords = (0..<50).map { _ in OneTimePassword.generate() }
        #expect(Set(passwords).count == 50)
        for password in passwords {
            let groups = password.split(separator: "-")
            #expect(groups.count == 4 && groups.allSatisfy { $0.count == 5 })
            #expect(password.allSatisfy { $0 == "-" || OneTimePassword.alphabet.contains($0) })
            #expect(!password.contains { "0O1lIi".contains($0) })
        }
    }

    @Test("bcrypt at cost 12 hashes off the request tasks, verifies the right password only, and the dummy check takes as long")
    func bcrypt() async throws {
        let hasher = PasswordHasher()
        let clock = ContinuousClock()
        var hash = ""
        let cpuBefore = Self.cpuSeconds()
        let hashing = try await clock.measure { hash = try await hasher.hash("quiet harbour lantern 42") }
        let cpu = Self.cpuSeconds() - cpuBefore
        #expect(hash.hasPrefix("$2b$12$"))
        var matched = false
        let verifying = try await clock.measure { matched = try await hasher.verify("quiet harbour lantern 42", hash: hash) }
        #expect(matched)
        #expect(try await hasher.verify("quiet harbour lantern 43", hash: hash) == false)
        #expect(try await hasher.verify("quiet harbour lantern 42\u{0}extra", hash: hash) == false)
        let dummy = try await clock.measure { try await hasher.verifyNothing("anything at all") }
        print("bcrypt cost 12: hash \(hashing) (\(String(format: "%.2f", cpu)) s of CPU), verify \(verifying), dummy verify \(dummy)")
        // As long as a real check by construction (the same cost), not by a clock that measures the machine.
        #expect(try await hasher.dummyHash().hasPrefix("$2b$12$"))
        #expect(try await PasswordHasher(cost: 4).dummyHash().hasPrefix("$2b$04$"))
    }

    /// CPU time this process has used, user and system: a hash's cost whatever else the machine is doing.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }
}
