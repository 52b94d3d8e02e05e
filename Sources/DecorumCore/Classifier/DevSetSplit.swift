/// Which items of the hand-written development set are kept out of training, to test on.
/// The split is a stable hash of the item id, so everyone gets the same one.
public enum DevSetSplit {
    /// About this share of the development set is held out.
    public static let heldOutPercent: UInt64 = 30

    /// True when the item is in the held-out test part and must not be trained on.
    public static func isHeldOut(id: String) -> Bool { bucket(id) < heldOutPercent }

    /// A stable bucket 0…99 of a string (FNV-1a 64, mixed).
    public static func bucket(_ s: String) -> UInt64 {
        FeatureHasher.mix(FeatureHasher.fnv1a(s) ^ 0x4445_5653_4554_0001) % 100
    }
}
