import Testing
@testable import Topology

@Suite struct CIDRTests {
    @Test func parsesAndPrintsIPv4() throws {
        let cidr = try #require(CIDR("10.0.0.0/16"))
        #expect(cidr.description == "10.0.0.0/16")
        #expect(cidr.family == .ipv4)
        #expect(cidr.addressCount == 65536)
    }

    @Test func parsesAndPrintsIPv6InCanonicalForm() throws {
        #expect(CIDR("2600:1F18:0:0::/56")?.description == "2600:1f18::/56")
        #expect(CIDR("::/0")?.description == "::/0")
        #expect(CIDR("2001:db8:0:1:0:0:0:0/64")?.description == "2001:db8:0:1::/64")
    }

    @Test(arguments: [
        ("10.0.0.0", "expected ADDRESS/PREFIX"),
        ("10.0.0.0/33", "0 to 32"),
        ("10.0.0.1/16", "host bits are set; the network is 10.0.0.0/16"),
        ("10.0.300.0/24", "is not an IPv4 address"),
        ("10.0.0.0/x", "is not a number"),
        ("2600:::/56", "is not an IPv6 address"),
        ("01.2.3.4.5/8", "is not an IPv4 address"),
    ])
    func refusesInvalid(text: String, reason: String) {
        guard case .failure(let error) = CIDR.parse(text) else {
            Issue.record("\(text) parsed")
            return
        }
        #expect(error.reason.contains(reason))
    }

    @Test func containmentAndOverlap() throws {
        let vpc = try #require(CIDR("10.0.0.0/16"))
        let inside = try #require(CIDR("10.0.4.0/24"))
        let outside = try #require(CIDR("10.1.0.0/24"))
        let wider = try #require(CIDR("10.0.0.0/8"))
        #expect(vpc.contains(inside))
        #expect(!inside.contains(vpc))
        #expect(!vpc.contains(outside))
        #expect(vpc.overlaps(wider) && wider.overlaps(vpc))
        #expect(!vpc.overlaps(outside))
        #expect(try !vpc.overlaps(#require(CIDR("2600:1f18::/56"))))
    }
}
