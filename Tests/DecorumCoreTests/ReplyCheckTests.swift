@testable import DecorumCore
import Testing

/// Public replies keep confidences: the check every outgoing public reply passes before it is sent.
@Suite("Public replies that keep confidences")
struct ReplyCheckTests {
    let check = ReplyCheck(policy: PeopleFixture.policy(staff: PeopleFixture.roster))

    func kinds(_ reply: String) -> [ReplyCheck.Problem.Kind] {
        check.problems(in: reply).map(\.kind)
    }

    @Test("the built-in public reply, as rendered for the practice, may be posted")
    func builtInTemplatePasses() {
        let policy = Policy.builtIn
        let check = ReplyCheck(policy: policy)
        var rendered = [String]()
        for rule in policy.rules {
            if let reply = rule.renderedPublicReply(practice: policy.practice) { rendered.append(reply) }
        }
        #expect(!rendered.isEmpty)
        for reply in rendered { #expect(check.problems(in: reply).isEmpty, "\(reply): \(check.problems(in: reply))") }
    }

    @Test("courteous replies that confirm nothing pass", arguments: [
        "Thank you for your kind words about the flu clinic, we will pass them on to the whole team.",
        "We are sorry to read this. Please contact our Practice Manager on 01509 412232 so that we can look into it properly.",
        "Thank you for taking the time to share your feedback. We are not able to discuss anyone's care on social media.",
        "Our phones open at 8am; the quietest time to call is mid-afternoon.",
    ])
    func clean(reply: String) {
        #expect(check.problems(in: reply).isEmpty, "\(check.problems(in: reply))")
    }

    @Test("a reply that tells everyone the person is a patient is caught, with the words that do it", arguments: [
        ("Sorry you had to wait for your appointment on Tuesday, we were short-staffed.", "your appointment"),
        ("We have looked at your records and the referral was sent on the 3rd.", "your records"),
        ("As your GP practice we take this seriously.", "As your GP"),
        ("You were seen within the target time, which we hope reassures you.", "You were seen"),
        ("When you came in last week the clinic was running late.", "When you came"),
        ("We value every registered patient and we are sorry.", "registered patient"),
        ("I'm sorry, you're registered with us so just ring reception.", "you're registered"),
    ])
    func confirmsPatient(reply: String, words: String) {
        let problems = check.problems(in: reply).filter { $0.kind == .confirmsPatient }
        #expect(problems.map(\.words).contains { $0.lowercased().hasPrefix(words.lowercased()) }, "\(problems)")
    }

    @Test("a reply that repeats anything clinical is caught", arguments: [
        ("We hope the new dose of sertraline is helping.", "sertraline"),
        ("Diabetes reviews are now on Thursdays.", "Diabetes"),
        ("Sorry the smear test result took so long.", "smear test"),
    ])
    func clinical(reply: String, words: String) {
        #expect(check.problems(in: reply).contains { $0.kind == .clinical && $0.words.lowercased().contains(words.lowercased()) },
                "\(check.problems(in: reply))")
    }

    @Test("a reply that names a member of staff is caught; naming a role is not", arguments: [
        ("Dr Whitfield will call you this afternoon.", "Dr Whitfield"),
        ("Please ask for Karen Doyle at reception.", "Karen Doyle"),
        ("Dr Patel is looking into it.", "Dr Patel"),
    ])
    func namesStaff(reply: String, words: String) {
        #expect(check.problems(in: reply).contains { $0.kind == .namesStaff && $0.words == words }, "\(check.problems(in: reply))")
    }

    @Test("the reason a person reads names every problem once")
    func reason() {
        let problems = check.problems(in: "Dr Whitfield saw your results: your diabetes is fine. Your results are normal.")
        #expect(Set(problems.map(\.kind)) == [.confirmsPatient, .clinical, .namesStaff])
        let reason = ReplyCheck.reason(problems)
        #expect(reason.hasPrefix("The public reply was held, not posted: "))
        #expect(reason.contains("\"Dr Whitfield\"") && reason.contains("diabetes"))
        #expect(problems.count == Set(problems).count)
    }
}
