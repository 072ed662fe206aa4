import Analysis
import Testing
import Topology
@testable import Explorer

@Suite struct TraceQueryTests {
    private func parsed(_ text: String) -> TraceRequest? {
        guard case .success(let request) = TraceQuery.parse(text, from: "i-a") else { return nil }
        return request
    }

    private func failure(_ text: String) -> String? {
        guard case .failure(let error) = TraceQuery.parse(text, from: "i-a") else { return nil }
        return error.message
    }

    @Test func aBareDestinationIsTcpOnAnyPort() {
        #expect(parsed("db") == TraceRequest(from: "i-a", to: "db", ipProtocol: .tcp, port: nil))
    }

    @Test func aPortAloneIsTcp() {
        #expect(parsed("db :3306") == TraceRequest(from: "i-a", to: "db", ipProtocol: .tcp, port: 3306))
    }

    @Test func protocolAndPortTogether() {
        #expect(parsed("10.0.1.5 udp:53") == TraceRequest(from: "i-a", to: "10.0.1.5", ipProtocol: .udp, port: 53))
        #expect(parsed("internet icmp") == TraceRequest(from: "i-a", to: "internet", ipProtocol: .icmp, port: nil))
        #expect(parsed("s3 ALL") == TraceRequest(from: "i-a", to: "s3", ipProtocol: .all, port: nil))
    }

    @Test func namesWithSpacesKeepTheirWords() {
        #expect(parsed("orders db :5432")?.to == "orders db")
        #expect(parsed("orders db")?.to == "orders db")
    }

    @Test func badTrafficIsRefusedWithTheReason() {
        #expect(failure("db :99999")?.contains("not a port") == true)
        #expect(failure("db tcp:x")?.contains("not a port") == true)
        #expect(failure("db icmp:8")?.contains("has no ports") == true)
        #expect(failure("")?.contains("trace to what") == true)
    }

    @Test func aWordThatOnlyLooksLikeTrafficStaysInTheName() {
        // A lone protocol word is the destination, not its traffic.
        #expect(parsed("udp")?.to == "udp")
        #expect(parsed("db foo:1")?.to == "db foo:1")
    }
}
