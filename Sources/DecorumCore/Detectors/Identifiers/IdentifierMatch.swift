/// An identifier a scanner found, with the normalised value used to recognise the practice's own details.
struct IdentifierMatch: Sendable, Hashable {
    var kind: Entity.Kind
    var span: TextSpan
    /// Phone: national digits ("01509412232", or "+33…" abroad); e-mail: lower case; postcode: upper
    /// case without the space; NHS number: the ten digits; otherwise the folded text.
    var value: String
}
