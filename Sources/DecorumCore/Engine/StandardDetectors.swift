/// Decorum's rule detectors, in the order they run: identifiers and people first, so that the
/// detectors after them can ask whose data it is and whom an allegation is aimed at.
public enum StandardDetectors {
    /// The standard detectors for a practice.
    public static func make(for context: DetectionContext) -> [any Detector] {
        [
            IdentifierDetector(context: context),
            HealthTermDetector(),
            PeopleDetector(context: context),
            ConfidentialityDetector(context: context),
            AbusiveDetector(),
            FraudDetector(context: context),
            MisinformationDetector(),
            DefamationDetector(context: context),
            ComplaintDetector(context: context),
            ReviewDetector(context: context),
            SafeguardingDetector(context: context),
            MediaDetector(context: context),
        ]
    }
}
