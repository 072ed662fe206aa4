import Testing
import Analysis

@Suite struct SeverityTests {
    @Test func errorsOutrankWarningsOutrankInfo() {
        #expect(Severity.info < .warning && Severity.warning < .error)
        #expect(Severity.allCases.max() == .error)
    }
}
