import Testing
import Topology

@Suite struct IPv4AddressTests {
    @Test func parsesAndPrintsDottedQuads() {
        #expect(IPv4Address("10.0.1.5")?.description == "10.0.1.5")
        #expect(IPv4Address("255.255.255.255")?.value == .max)
        for bad in ["10.0.1", "10.0.1.256", "10.0.1.5/32", "a.b.c.d", "", "1.2.3.4.5"] { #expect(IPv4Address(bad) == nil, "\(bad)") }
    }

    @Test func anAddressIsItsOwnSlash32() {
        let ip = IPv4Address("172.16.20.10")!
        #expect(CIDR(ip) == CIDR("172.16.20.10/32"))
        #expect(CIDR("172.16.0.0/16")!.contains(ip))
        #expect(!CIDR("172.17.0.0/16")!.contains(ip))
        #expect(CIDR("10.1.0.0/16")?.firstIPv4 == IPv4Address("10.1.0.0"))
    }

    @Test func privateSpaceIsRFC1918SharedAndLinkLocal() {
        for ip in ["10.255.0.1", "172.31.255.255", "192.168.0.1", "100.64.0.1", "169.254.169.254"] {
            #expect(IPv4Address(ip)!.isPrivate, "\(ip)")
        }
        for ip in ["172.32.0.1", "8.8.8.8", "100.128.0.1", "192.169.0.1"] { #expect(!IPv4Address(ip)!.isPrivate, "\(ip)") }
    }
}
