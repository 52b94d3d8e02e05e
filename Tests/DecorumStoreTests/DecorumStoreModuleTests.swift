import Testing
@testable import DecorumStore

@Suite("DecorumStore module")
struct DecorumStoreModuleTests {
    @Test("the module links")
    func links() {
        #expect(String(describing: DecorumStore.self) == "DecorumStore")
    }
}
