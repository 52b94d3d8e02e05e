public import DecorumCore

extension IdentifierTag {
    /// Tag for ``SecretKeyID``.
    public enum SecretKey {}
}

/// The short public name of a secret key (8 hex digits), written into every secret it seals.
public typealias SecretKeyID = Identifier<IdentifierTag.SecretKey>
