/// The binary file a trained `LinearModel` is stored in: small, versioned, checked, fast to load.
///
/// Layout (little-endian): magic "DCRMTXT\0"; UInt16 format version; strings (UInt32 length + UTF-8)
/// model version and data summary; UInt64 seed; UInt8 hash bits; UInt8 head count; per head: category
/// id string and ten Float32s (scale, bias, calibration a and b, threshold, target precision, dev
/// precision, recall, F1, reserved); then 2^bits × 8 int8 weights; then a 64-bit FNV-1a checksum of
/// everything before it.
public struct ModelFile: Sendable {
    /// The format version this code writes and reads. 2: character 3–4-grams (version 1 files were
    /// trained on 3–5-grams, so their weights would be read against the wrong features).
    public static let formatVersion: UInt16 = 2
    static let magic: [UInt8] = Array("DCRMTXT".utf8) + [0]

    /// Why a model file could not be read.
    public enum ReadError: Error, Hashable, CustomStringConvertible {
        case wrongMagic
        case unsupportedVersion(found: UInt16, supported: UInt16)
        case truncated(atByte: Int)
        case checksumMismatch
        case unknownCategory(String)
        case invalid(String)

        public var description: String {
            switch self {
            case .wrongMagic:
                "This is not a Decorum text model file (its first bytes are wrong). Train one with `decorum train`."
            case let .unsupportedVersion(found, supported):
                "This model file has format version \(found), but this Decorum reads version \(supported). Retrain the model with this version of Decorum."
            case let .truncated(at):
                "The model file ends too early (at byte \(at)); it was probably cut off when copied. Copy or retrain it again."
            case .checksumMismatch:
                "The model file is corrupt (its checksum does not match). Copy or retrain it again."
            case let .unknownCategory(name):
                "The model file names a category this Decorum does not know: \"\(name)\". Use a model trained by this version."
            case let .invalid(what):
                "The model file is not valid: \(what)."
            }
        }
    }

    public let model: LinearModel

    /// Wraps a model for writing.
    public init(model: LinearModel) { self.model = model }

    /// Reads a model file's bytes.
    public init(bytes: [UInt8]) throws(ReadError) {
        var r = Reader(bytes: bytes)
        guard bytes.count >= Self.magic.count, Array(bytes[0..<Self.magic.count]) == Self.magic else { throw .wrongMagic }
        r.offset = Self.magic.count
        let version = try r.u16()
        guard version == Self.formatVersion else { throw .unsupportedVersion(found: version, supported: Self.formatVersion) }
        guard bytes.count >= r.offset + 8 else { throw .truncated(atByte: bytes.count) }
        let checksumAt = bytes.count - 8
        var stored: UInt64 = 0
        for k in 0..<8 { stored |= UInt64(bytes[checksumAt + k]) << UInt64(8 * k) }
        let modelVersion = try r.string()
        let summary = try r.string()
        let seed = try r.u64()
        let bits = Int(try r.u8())
        guard (12...24).contains(bits) else { throw .invalid("hash bits \(bits) out of range") }
        let headCount = Int(try r.u8())
        guard headCount <= LinearModel.maxCategories else { throw .invalid("\(headCount) heads") }
        var heads = [LinearModel.Head]()
        for _ in 0..<headCount {
            let name = try r.string()
            guard let category = Category(rawValue: name) else { throw .unknownCategory(name) }
            var f = [Float]()
            for _ in 0..<10 { f.append(try r.f32()) }
            heads.append(LinearModel.Head(category: category, scale: f[0], bias: f[1], calibrationA: f[2], calibrationB: f[3],
                                          threshold: f[4], targetPrecision: f[5], devPrecision: f[6], devRecall: f[7], devF1: f[8]))
        }
        let buckets = 1 << bits
        guard r.offset + buckets * 8 <= checksumAt else { throw .truncated(atByte: bytes.count) }
        guard r.offset + buckets * 8 == checksumAt else { throw .invalid("unexpected bytes after the weights") }
        guard Self.checksum(bytes[0..<checksumAt]) == stored else { throw .checksumMismatch }
        let start = r.offset
        let packed = [SIMD8<Int8>](unsafeUninitializedCapacity: buckets) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                let src = raw.baseAddress! + start
                UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: src, byteCount: buckets * 8)
            }
            initialized = buckets
        }
        model = LinearModel(metadata: .init(version: modelVersion, seed: seed, dataSummary: summary),
                            hasher: FeatureHasher(bits: bits), heads: heads, packedWeights: packed)
    }

    /// The file's bytes.
    public func serialize() -> [UInt8] {
        var out = Self.magic
        out.reserveCapacity(model.hasher.bucketCount * 8 + 4096)
        Self.put(&out, Self.formatVersion)
        Self.put(&out, model.metadata.version)
        Self.put(&out, model.metadata.dataSummary)
        Self.put(&out, model.metadata.seed)
        out.append(UInt8(model.hasher.bits))
        out.append(UInt8(model.heads.count))
        for h in model.heads {
            Self.put(&out, h.category.rawValue)
            for f in [h.scale, h.bias, h.calibrationA, h.calibrationB, h.threshold, h.targetPrecision,
                      h.devPrecision, h.devRecall, h.devF1, 0] { Self.put(&out, f.bitPattern) }
        }
        model.weights.withUnsafeBytes { out.append(contentsOf: $0) }
        Self.put(&out, Self.checksum(out[...]))
        return out
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    static func put<T: FixedWidthInteger>(_ out: inout [UInt8], _ v: T) {
        var x = v.littleEndian
        withUnsafeBytes(of: &x) { out.append(contentsOf: $0) }
    }

    static func put(_ out: inout [UInt8], _ s: String) {
        let utf8 = Array(s.utf8)
        put(&out, UInt32(utf8.count))
        out.append(contentsOf: utf8)
    }

    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func take(_ n: Int) throws(ReadError) -> ArraySlice<UInt8> {
            guard n >= 0, offset + n <= bytes.count - 8 else { throw .truncated(atByte: bytes.count) }
            defer { offset += n }
            return bytes[offset..<offset + n]
        }
        mutating func int<T: FixedWidthInteger>(_: T.Type) throws(ReadError) -> T {
            var v: T = 0
            for (k, b) in try take(MemoryLayout<T>.size).enumerated() { v |= T(b) << (8 * k) }
            return v
        }
        mutating func u8() throws(ReadError) -> UInt8 { try int(UInt8.self) }
        mutating func u16() throws(ReadError) -> UInt16 {
            // The version is read before the checksum is known to exist.
            guard offset + 2 <= bytes.count else { throw .truncated(atByte: bytes.count) }
            defer { offset += 2 }
            return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
        }
        mutating func u64() throws(ReadError) -> UInt64 { try int(UInt64.self) }
        mutating func f32() throws(ReadError) -> Float { Float(bitPattern: try int(UInt32.self)) }
        mutating func string() throws(ReadError) -> String {
            let n = Int(try int(UInt32.self))
            guard n <= 1 << 20 else { throw .invalid("a string of \(n) bytes") }
            return String(decoding: try take(n), as: UTF8.self)
        }
    }
}
