import Testing
@testable import Topology

@Suite struct IPv4AddressTests {
    @Test func parsesAndPrintsDottedQuads() {
        #expect(IPv4Address("10.0.1.5")?.description == "10.0.1.5")
        #expect(IPv4Address("255.255.255.255")?.value == .max)
        for bad in ["10.0.1", "10.0.1.256", "10.0.1.5/32", "a.b.c.d", "", "1.2.3.4.5"] { #expect(IPv4Address(bad) == nil, "\(bad)") }
    }

    /// The byte-by-byte reader against the definition (four dot-separated decimal octets of
    /// one to three digits, each at most 255), over every string of up to six characters
    /// from digits, dots and one stray byte, plus long ones near the limits.
    @Test func readsExactlyTheDottedQuadsTheDefinitionAllows() {
        func definition(_ text: String) -> UInt32? {
            let octets = text.split(separator: ".", omittingEmptySubsequences: false)
            guard octets.count == 4 else { return nil }
            return octets.reduce(UInt32?(0)) { value, octet in
                guard let value, (1...3).contains(octet.count), octet.allSatisfy(\.isASCIIDigit), let n = UInt32(octet), n <= 255
                else { return nil }
                return value << 8 | n
            }
        }
        var texts = ["1.2.3.4", "255.255.255.255", "256.1.1.1", "1.1.1.256", "001.002.003.004", "1.2.3.4444",
                     "1.2.3.", ".1.2.3", "1..2.3", "1.2.3.4.", "999.0.0.0", "0.0.0.0", "1.2.3.٣", "1.2.3.4 "]
        var layer = [""]
        for _ in 1...6 {
            layer = layer.flatMap { prefix in ["0", "1", "2", "5", "9", ".", "x"].map { prefix + $0 } }
            texts += layer
        }
        for text in texts {
            #expect(CIDR.parseIPv4(text) == definition(text), "\(text)")
        }
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
