import Testing
@testable import Guide

/// The corrections of the 2026-11 facts audit (section A of
/// `research/facts-audit-2026-11.md`), held in the notes: each stale statement is gone and
/// the current one is there.
@Suite struct AuditCorrectionTests {
    struct Correction: Sendable, CustomTestStringConvertible {
        let item: Int
        let topic: String
        let stale: [String]
        let current: [String]
        var testDescription: String { "A\(item) \(topic)" }
    }

    static let corrections: [Correction] = [
        Correction(item: 1, topic: "aws-service", stale: ["since 2024-11-26 interface endpoints can reach a few services"],
                   current: ["Changed 2025-11", "not AWS services"]),
        Correction(item: 2, topic: "vpc-peering", stale: ["MTU of 1500 bytes", "inter-Region MTU 1500"],
                   current: ["8500 bytes"]),
        Correction(item: 3, topic: "endpoint-service", stale: ["bypasses the NLB's inbound rules unless"],
                   current: ["apply to PrivateLink traffic by default"]),
        Correction(item: 4, topic: "nat-gateway", stale: ["It is created in one AZ and is redundant"],
                   current: ["regional NAT gateway", "needs no public subnet"]),
        Correction(item: 5, topic: "resource-endpoint", stale: ["cannot go in a shared subnet", "100 per VPC, no shared subnets"],
                   current: ["500 resource gateways per VPC", "Changed 2026-11-10"]),
        Correction(item: 6, topic: "direct-connect", stale: ["a single connection is a development/test model"],
                   current: ["**Maximum** (99.99% SLA)", "**High** (99.9%) is one connection at each of two locations"]),
        Correction(item: 7, topic: "direct-connect", stale: ["1, 10 or 100 Gbps from AWS"], current: ["1, 10, 100 or 400 Gbps"]),
        Correction(item: 8, topic: "transit-gateway-peering", stale: [], current: ["Intra-Region or inter-Region", "single transit gateway is simpler"]),
        Correction(item: 9, topic: "vpc-peering", stale: ["cross-AZ is charged at regional transfer rates,"],
                   current: ["billed in each direction"]),
        Correction(item: 10, topic: "transit-gateway", stale: ["VPCs with identical CIDRs are not propagated"],
                   current: ["identical or overlapping CIDRs"]),
        Correction(item: 10, topic: "vpc", stale: ["do not route identical CIDRs."], current: ["identical or overlapping CIDRs"]),
        Correction(item: 11, topic: "aws-service", stale: ["peered VPCs in other Regions or through"],
                   current: ["no peer can use another VPC's gateway endpoint"]),
        Correction(item: 12, topic: "site-to-site-vpn", stale: ["$0.05 per connection-hour while available, plus data transfer out."],
                   current: ["Large (5 Gbps) tunnels cost noticeably more per hour"]),
        Correction(item: 13, topic: "gateway-load-balancer-endpoint", stale: [], current: ["Not cross-Region"]),
        Correction(item: 14, topic: "network-load-balancer", stale: ["only at creation time", "can only be added at creation"],
                   current: ["`SetSecurityGroups` changes them later"]),
        Correction(item: 15, topic: "private-link", stale: ["without traversing the public internet, VPN, or Direct Connect"],
                   current: ["without needing an internet gateway"]),
    ]

    @Test(arguments: corrections) func theNoteHoldsTheCorrection(_ c: Correction) throws {
        let text = try #require(EmbeddedNotes.files.first { $0.name == c.topic }?.text)
        for phrase in c.stale { #expect(!text.contains(phrase), "still says: \(phrase)") }
        for phrase in c.current { #expect(text.contains(phrase), "does not say: \(phrase)") }
    }
}
