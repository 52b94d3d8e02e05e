/// The engine asks the whose-data detector for each entity's subject.
extension ConfidentialityDetector: EntitySubjectResolver {}
