import Testing
@testable import DecorumCore

/// A small seeded generator (SplitMix64) so that property tests are reproducible.
private struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("NHS number check digit")
struct NHSNumberTests {
    /// Random nine-digit prefixes, with their check digits where they have one.
    private static func samples(seed: UInt64, count: Int) -> [(prefix: [UInt8], check: UInt8?)] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let prefix = (0..<9).map { _ in UInt8.random(in: 0...9, using: &rng) }
            return (prefix, NHSNumber.checkDigit(prefix))
        }
    }

    @Test("published examples pass and near misses fail", arguments: [
        ("943 476 5919", true), ("9434765919", true), ("401 023 2137", true), ("943-476-5919", true),
        ("943 476 5918", false), ("943 476 5929", false), ("401 023 2138", false), ("94347659", false), ("943 476 591x", false),
    ])
    func examples(number: String, valid: Bool) {
        #expect(NHSNumber.isValid(number) == valid)
    }

    @Test("appending the computed check digit to any nine digits gives a valid number")
    func appendingCheckDigit() {
        var checked = 0
        for (prefix, check) in Self.samples(seed: 0x5EED_0001, count: 5_000) {
            guard let check else { continue }
            #expect(NHSNumber.isValid(prefix + [check]), "\(prefix) + \(check)")
            checked += 1
        }
        #expect(checked > 4_000)
    }

    @Test("nine digits whose remainder gives 10 have no check digit, and no tenth digit makes them valid")
    func noCheckDigit() {
        var found = 0
        for (prefix, check) in Self.samples(seed: 0x5EED_0002, count: 5_000) where check == nil {
            found += 1
            for last in UInt8(0)...9 { #expect(!NHSNumber.isValid(prefix + [last])) }
        }
        #expect(found > 0)
    }

    @Test("changing any single digit of a valid number makes it invalid")
    func singleDigitChange() {
        var rng = SplitMix64(seed: 0x5EED_0003)
        for (prefix, check) in Self.samples(seed: 0x5EED_0004, count: 2_000) {
            guard let check else { continue }
            var number = prefix + [check]
            let position = Int.random(in: 0..<10, using: &rng)
            let old = number[position]
            number[position] = (old + UInt8.random(in: 1...9, using: &rng)) % 10
            #expect(!NHSNumber.isValid(number), "\(number)")
        }
    }

    @Test("every single-digit change of one valid number is caught")
    func everySingleDigitChange() {
        let number: [UInt8] = [9, 4, 3, 4, 7, 6, 5, 9, 1, 9]
        #expect(NHSNumber.isValid(number))
        for position in 0..<10 {
            for digit in UInt8(0)...9 where digit != number[position] {
                var changed = number
                changed[position] = digit
                #expect(!NHSNumber.isValid(changed))
            }
        }
    }

    @Test("swapping two adjacent different digits of a valid number makes it invalid")
    func adjacentSwap() {
        var rng = SplitMix64(seed: 0x5EED_0005)
        var swapped = 0
        for (prefix, check) in Self.samples(seed: 0x5EED_0006, count: 2_000) {
            guard let check else { continue }
            var number = prefix + [check]
            let position = Int.random(in: 0..<9, using: &rng)
            guard number[position] != number[position + 1] else { continue }
            number.swapAt(position, position + 1)
            #expect(!NHSNumber.isValid(number), "\(number)")
            swapped += 1
        }
        #expect(swapped > 1_000)
    }

    @Test("the wrong number of digits is never valid", arguments: [0, 1, 9, 11, 12])
    func wrongLength(count: Int) {
        #expect(!NHSNumber.isValid([UInt8](repeating: 0, count: count)))
    }

    @Test("the generator is reproducible")
    func reproducible() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }
}
