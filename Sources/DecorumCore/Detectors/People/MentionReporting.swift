/// A detector that reports some of the people `PeopleScanner` finds: it scans, then keeps its kind.
protocol MentionReporting: Detector {
    var scanner: PeopleScanner { get }
    /// Adds this detector's entities and findings for `mentions`.
    func report(_ mentions: [PersonMention], in text: AnalyzedText, into detection: inout Detection)
}

extension MentionReporting {
    public func detect(_ input: DetectorInput) -> Detection {
        var detection = Detection()
        report(scanner.mentions(in: input.text), in: input.text, into: &detection)
        return detection
    }
}
