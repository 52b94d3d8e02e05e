import Testing
@testable import DecorumServer

@Suite("DecorumServer module")
struct DecorumServerModuleTests {
    @Test("the module links")
    func links() {
        #expect(String(describing: DecorumServer.self) == "DecorumServer")
    }
}
