/// The few floating-point functions the classifier needs, without Foundation.
enum Math {
    /// e^x, accurate to double rounding.
    @inline(__always)
    static func exp(_ x: Double) -> Double {
        if x > 700 { return .infinity }
        if x < -700 { return 0 }
        // 2^(x·log2 e): split into 2^k × e^f with f in [0, ln 2), then a Taylor series.
        let y = x * 1.4426950408889634
        let k = y.rounded(.down)
        let f = (y - k) * 0.6931471805599453
        var term = 1.0, sum = 1.0
        for i in 1...12 {
            term *= f / Double(i)
            sum += term
        }
        return Double(sign: .plus, exponent: Int(k), significand: sum)
    }

    @inline(__always)
    static func expf(_ x: Float) -> Float { Float(exp(Double(x))) }
}
