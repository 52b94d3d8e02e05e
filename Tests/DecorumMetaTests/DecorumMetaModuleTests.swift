import Testing
@testable import DecorumMeta

@Suite("DecorumMeta module")
struct DecorumMetaModuleTests {
    @Test("the module links")
    func links() {
        #expect(String(describing: DecorumMeta.self) == "DecorumMeta")
    }
}
