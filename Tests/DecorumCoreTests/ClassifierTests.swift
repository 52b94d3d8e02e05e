import Foundation
import Testing
@testable import DecorumCore

/// A few dozen realistic GP-page comments: 1 = complaint, 0 = not.
private let fixture: [(label: Bool, text: String)] = {
    let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/tiny-training.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
        let parts = line.split(separator: "\t", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        return (parts[0] == "1", String(parts[1]))
    }
}()

private let hasher = FeatureHasher(bits: 14)

private let context = DetectionContext(policy: Policy(
    version: "test", practice: Practice(name: "Test Surgery", reviewsURL: "https://example.nhs.uk/reviews"), rules: []))

/// A one-head model trained on the fixture.
private func trainTiny(seed: UInt64) -> (LinearModel, [Float]) {
    var data = TrainingData(headCount: 1)
    for row in fixture { data.append(hasher.vector(row.text), labels: [row.label ? 1 : 0], weights: [1]) }
    let (w, b) = Trainer.trainHead(0, data: data, bucketCount: hasher.bucketCount, options: TrainingOptions(seed: seed, epochs: 20))
    let model = LinearModel(metadata: .init(version: "test", seed: seed, dataSummary: "fixture"), hasher: hasher,
                            heads: [.init(category: .complaint, scale: 1, bias: b, threshold: 0.5, targetPrecision: 0.8, devPrecision: 0.9)],
                            floatWeights: [w])
    return (model, w)
}

@Suite("Feature hashing")
struct FeatureHasherTests {
    @Test("the same text always hashes to the same buckets, across runs and machines")
    func stable() {
        let a = hasher.vector("The receptionist was rude")
        let b = hasher.vector("The receptionist was rude")
        #expect(a == b)
        // Pinned: FNV-1a 64 of "rude", mixed; Swift's per-process seeded Hasher would change this.
        #expect(FeatureHasher.fnv1a("") == 0xCBF2_9CE4_8422_2325)
        #expect(FeatureHasher.fnv1a("a") == 0xAF63_DC4C_8601_EC8C)
    }

    @Test("obfuscated spellings give the same features as the plain word", arguments: [
        ("you absolute sh1t", "you absolute shit"),
        ("fuuuuck off", "fuck off"),
        ("ＩＤＩＯＴ receptionist", "idiot receptionist"),
        ("Stüpid DOCTOR", "stupid doctor"),
    ])
    func obfuscated(written: String, plain: String) {
        #expect(hasher.vector(written) == hasher.vector(plain))
    }

    @Test("different words give different features")
    func different() {
        #expect(hasher.vector("thank you doctor") != hasher.vector("sue you doctor"))
    }

    @Test("a vector's indices ascend and its length is about one", arguments: ["Waited three weeks for a call back", "ok"])
    func normalised(text: String) {
        let v = hasher.vector(text)
        #expect(!v.indices.isEmpty)
        #expect(zip(v.indices, v.indices.dropFirst()).allSatisfy { $0 < $1 })
        let squared = v.values.reduce(Float(0)) { $0 + $1 * $1 }
        #expect(squared > 0.5 && squared <= 1.5)
    }
}

@Suite("Model file")
struct ModelFileTests {
    @Test("a model survives writing and reading unchanged")
    func roundTrip() throws {
        let (model, _) = trainTiny(seed: 3)
        let bytes = ModelFile(model: model).serialize()
        let read = try ModelFile(bytes: bytes).model
        #expect(read.heads == model.heads)
        #expect(read.metadata == model.metadata)
        #expect(read.hasher == model.hasher)
        for row in fixture.prefix(5) {
            #expect(read.scores(AnalyzedText(row.text)) == model.scores(AnalyzedText(row.text)))
        }
        #expect(ModelFile(model: read).serialize() == bytes)
    }

    @Test("corrupt bytes are refused with a clear error")
    func corrupt() throws {
        let (model, _) = trainTiny(seed: 3)
        let bytes = ModelFile(model: model).serialize()

        var wrongMagic = bytes
        wrongMagic[0] = UInt8(ascii: "X")
        #expect(throws: ModelFile.ReadError.wrongMagic) { try ModelFile(bytes: wrongMagic) }

        var newer = bytes
        newer[8] = 9
        #expect(throws: ModelFile.ReadError.unsupportedVersion(found: 9, supported: ModelFile.formatVersion)) { try ModelFile(bytes: newer) }
        var older = bytes
        older[8] = 1
        #expect(throws: ModelFile.ReadError.unsupportedVersion(found: 1, supported: ModelFile.formatVersion)) { try ModelFile(bytes: older) }

        #expect(throws: ModelFile.ReadError.truncated(atByte: 1000)) { try ModelFile(bytes: Array(bytes.prefix(1000))) }
        #expect(throws: ModelFile.ReadError.wrongMagic) { try ModelFile(bytes: [1, 2, 3]) }

        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        #expect(throws: ModelFile.ReadError.checksumMismatch) { try ModelFile(bytes: flipped) }

        do {
            _ = try ModelFile(bytes: newer)
        } catch {
            #expect(error.description.contains("Retrain"))
        }
    }
}

@Suite("Training")
struct TrainerTests {
    @Test("a small run learns to tell complaints from ordinary comments")
    func separates() {
        let (model, _) = trainTiny(seed: 1)
        let complaints = ["Waited two weeks and nobody has rung me back about my results", "The phone queue is a joke, rude receptionist again"]
        let ordinary = ["Is the baby clinic on this Thursday?", "Thanks for posting the bank holiday opening hours"]
        let high = complaints.map { model.scores(AnalyzedText($0))[0] }
        let low = ordinary.map { model.scores(AnalyzedText($0))[0] }
        #expect(high.min()! > low.max()!)
        // And on its own training rows, almost all on the right side of zero.
        let right = fixture.count { (model.scores(AnalyzedText($0.text))[0] > 0) == $0.label }
        #expect(right >= fixture.count - 2)
    }

    @Test("the same seed gives the same weights; another seed gives other weights")
    func deterministic() {
        let (_, a) = trainTiny(seed: 7)
        let (_, b) = trainTiny(seed: 7)
        let (_, c) = trainTiny(seed: 8)
        #expect(a == b)
        #expect(a != c)
    }

    @Test("calibrated probabilities stay in 0…1 and rise with the score")
    func calibration() {
        let scores: [Float] = [-3, -2, -1.5, -1, -0.5, 0, 0.2, 0.5, 1, 1.5, 2, 3]
        let labels = [false, false, false, true, false, false, true, false, true, true, true, true]
        let (a, b) = Trainer.calibrate(scores: scores, labels: labels, weights: Array(repeating: 1, count: scores.count))
        #expect(a > 0)
        let head = LinearModel.Head(category: .complaint, scale: 1, bias: 0, calibrationA: a, calibrationB: b)
        let probabilities = stride(from: Float(-50), through: 50, by: 0.5).map { head.probability(score: $0) }
        #expect(probabilities.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(zip(probabilities, probabilities.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(head.probability(score: -3) < 0.3 && head.probability(score: 3) > 0.7)
    }

    @Test("rows left out of training (a cross-validation group) do not shape the head")
    func leaveOut() {
        var data = TrainingData(headCount: 1)
        for row in fixture { data.append(hasher.vector(row.text), labels: [row.label ? 1 : 0], weights: [1]) }
        let options = TrainingOptions(seed: 1, epochs: 5)
        // Leaving out every positive row leaves nothing to learn from.
        let noPositives = Trainer.trainHead(0, data: data, bucketCount: hasher.bucketCount, options: options,
                                            include: fixture.map { !$0.label })
        #expect(noPositives.weights.allSatisfy { $0 == 0 } && noPositives.bias < 0)
        // Leaving out nothing is the same as no mask; leaving out one row changes the weights.
        let all = Trainer.trainHead(0, data: data, bucketCount: hasher.bucketCount, options: options)
        let masked = Trainer.trainHead(0, data: data, bucketCount: hasher.bucketCount, options: options,
                                       include: Array(repeating: true, count: fixture.count))
        var oneOut = Array(repeating: true, count: fixture.count)
        oneOut[0] = false
        let other = Trainer.trainHead(0, data: data, bucketCount: hasher.bucketCount, options: options, include: oneOut)
        #expect(all.weights == masked.weights && all.bias == masked.bias)
        #expect(all.weights != other.weights)
    }

    @Test("the threshold reaches the target precision when it can")
    func threshold() {
        let p: [Float] = [0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.4, 0.35]
        let y = [true, true, true, true, false, true, false, false, false]
        let choice = Trainer.chooseThreshold(probabilities: p, labels: y, weights: Array(repeating: 1, count: p.count), targetPrecision: 0.8)
        #expect(choice.reachedTarget)
        #expect(choice.precision >= 0.8)
        #expect(choice.threshold == 0.6)
    }

    @Test("the held-out part of the development set is stable and about 30%")
    func devSplit() {
        let ids = (1...520).map { String(format: "a-%04d", $0) }
        let held = ids.count { DevSetSplit.isHeldOut(id: $0) }
        #expect(held > 120 && held < 200)
        #expect(DevSetSplit.isHeldOut(id: "a-0001") == DevSetSplit.isHeldOut(id: "a-0001"))
    }
}

@Suite("Learned-model detector")
struct ClassifierDetectorTests {
    @Test("evidence spans lie inside the text and quote it", arguments: [
        "Waited three weeks and NOBODY rang me back, disgraceful 😡",
        "Rude receptionist hung up on me after an hour in the queue",
    ])
    func evidence(text: String) throws {
        let (model, _) = trainTiny(seed: 1)
        let detector = ClassifierDetector(model: model)
        #expect(detector.name == "learned-model")
        let analyzed = AnalyzedText(text)
        let input = DetectorInput(item: Item(id: ItemID("t"), text: text), text: analyzed,
                                  context: context)
        let finding = try #require(detector.detect(input).findings.first { $0.category == .complaint })
        #expect(finding.confidence >= 0.5)
        #expect(!finding.evidence.isEmpty && finding.evidence.count <= 3)
        for e in finding.evidence {
            #expect(e.span.start >= 0 && e.span.end <= analyzed.scalars.count && !e.span.isEmpty)
            #expect(analyzed.text(e.span) == e.text)
            #expect(e.detector == "learned-model")
        }
    }

    @Test("an ordinary question gives no finding above the reporting level")
    func quiet() throws {
        let (model, _) = trainTiny(seed: 1)
        let text = "Is the flu clinic still on Saturday?"
        let input = DetectorInput(item: Item(id: ItemID("q"), text: text), text: AnalyzedText(text),
                                  context: context)
        #expect(ClassifierDetector(model: model).detect(input).findings.allSatisfy { $0.confidence < 0.5 })
    }

    @Test("confidence is at least 0.5 at the threshold and a weak hint below it")
    func confidenceMapping() {
        #expect(ClassifierDetector.confidence(probability: 0.6, threshold: 0.6)! >= 0.5)
        #expect(ClassifierDetector.confidence(probability: 0.99, threshold: 0.6)! <= 0.97)
        let hint = ClassifierDetector.confidence(probability: 0.45, threshold: 0.6)!
        #expect(hint < 0.5 && hint >= 0.2)
        #expect(ClassifierDetector.confidence(probability: 0.1, threshold: 0.6) == nil)
    }

    @Test("a hint-only or silent category never reaches the reporting level on its own")
    func hintOnlyAndSilent() throws {
        let (model, _) = trainTiny(seed: 1)
        let text = "Waited two weeks and nobody has rung me back, the phone queue is a joke and the receptionist was rude"
        let input = DetectorInput(item: Item(id: ItemID("c"), text: text), text: AnalyzedText(text), context: context)
        let plain = ClassifierDetector(model: model).detect(input).findings
        #expect(plain.contains { $0.category == .complaint && $0.confidence >= 0.5 })
        var hint = ClassifierDetector.Tuning()
        hint.hintOnly = [.complaint]
        let hinted = ClassifierDetector(model: model, tuning: hint).detect(input).findings
        #expect(!hinted.isEmpty && hinted.allSatisfy { $0.confidence < 0.5 })
        var quiet = ClassifierDetector.Tuning()
        quiet.silent = [.complaint]
        #expect(ClassifierDetector(model: model, tuning: quiet).detect(input).findings.isEmpty)
    }
}
