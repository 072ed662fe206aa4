import Analysis
import Testing

/// Every figure the product shows, listed with the page that states it and the day it was
/// read. Changing a figure, its source or its date means changing this ledger too, so a
/// review sees each fact that moved; a figure added without a line here fails the test.
@Suite struct FactLedgerTests {
    struct Fact: Equatable, CustomStringConvertible {
        let owner: String
        let label: String
        let value: String
        let source: String
        let asOf: String
        let confirmed: Bool

        init(_ owner: String, _ label: String, _ value: String, _ source: String, _ asOf: String, confirmed: Bool = true) {
            (self.owner, self.label, self.value, self.source, self.asOf, self.confirmed) = (owner, label, value, source, asOf, confirmed)
        }

        var description: String { "\(owner) / \(label): \(value) [\(source), \(asOf)\(confirmed ? "" : ", unconfirmed")]" }
    }

    static let ledger: [Fact] = [
        Fact("interface-endpoint", "bandwidth per AZ", "10 Gbps, scales automatically to 100 Gbps",
             "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html", "2026-11-27"),
        Fact("interface-endpoint", "interface + GWLB endpoints per VPC", "50 (adjustable)",
             "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html", "2026-11-27"),
        Fact("interface-endpoint", "cross-region endpoint services", "since 2024-11-26, interface endpoints to NLB-backed services that list the consumer's region",
             "https://aws.amazon.com/blogs/networking-and-content-delivery/introducing-cross-region-connectivity-for-aws-privatelink/", "2026-11-30"),
        Fact("interface-endpoint", "cross-region AWS services", "S3, IAM, ECR, KMS, ECS, Lambda, Data Firehose, Managed Service for Apache Flink, Route 53",
             "https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-cross-region-privatelink-support.html", "2026-11-30"),
        Fact("interface-endpoint", "IPv6-only endpoint", "needs IPv6-only subnets and a service that accepts IPv6",
             "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ec2.VpcEndpointIpAddressType.html", "2026-11-30"),
        Fact("gateway-endpoint", "gateway endpoints per region", "20 (adjustable); up to 255 per VPC",
             "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html", "2026-11-27"),
        Fact("gateway-endpoint", "services", "Amazon S3 and DynamoDB only",
             "https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-startup-security-baseline/wkld-12.html", "2026-11-27"),
        Fact("gateway-load-balancer-endpoint", "bandwidth per AZ", "10 Gbps, scales automatically to 100 Gbps",
             "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html", "2026-11-27"),
        Fact("gateway-load-balancer-endpoint", "AZs per endpoint", "1 (one subnet); one endpoint per AZ for resilience",
             "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html", "2026-11-27"),
        Fact("gateway-load-balancer-endpoint", "interface + GWLB endpoints per VPC", "50 (adjustable)",
             "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html", "2026-11-27"),
        Fact("vpc-peering", "bandwidth", "no gateway in the path: no bottleneck of its own",
             "https://docs.aws.amazon.com/whitepapers/latest/aws-vpc-connectivity-options/vpc-peering.html", "2026-11-27"),
        Fact("vpc-peering", "active peering connections per VPC", "50 (adjustable up to 125)",
             "https://docs.aws.amazon.com/general/latest/gr/vpc-service.html", "2026-11-27"),
        Fact("transit-gateway", "bandwidth per VPC attachment", "up to 100 Gbps per AZ",
             "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html", "2026-11-27", confirmed: false),
        Fact("transit-gateway", "attachments per transit gateway", "5,000",
             "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html", "2026-11-27"),
        Fact("transit-gateway", "transit gateways per account", "5 (adjustable)",
             "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html", "2026-11-27"),
        Fact("transit-gateway", "appliance mode", "off by default; turn it on for a stateful inspection VPC's attachment so a flow keeps one AZ both ways",
             "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-appliance-scenario.html", "2026-11-30"),
        Fact("transit-gateway", "security group referencing", "across VPCs attached to one gateway (one region); off by default on the gateway",
             "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-transitgatewayattachment-options.html", "2026-11-30"),
        Fact("transit-gateway", "IPv6", "attachment subnets cannot be IPv6-only; each needs IPv4 too",
             "https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html", "2026-11-30"),
        Fact("transit-gateway-peering", "attachments per transit gateway", "5,000 (peering attachments included)",
             "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html", "2026-11-27"),
        Fact("transit-gateway-peering", "scope", "intra-region and inter-region; static routes only; the accepter must accept",
             "https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering.html", "2026-11-30"),
        Fact("transit-gateway-peering", "who can peer", "only the owner: transit gateways shared with you are not available for peering",
             "https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering-create.html", "2026-11-30"),
        Fact("site-to-site-vpn", "bandwidth per tunnel", "1.25 Gbps (Standard); 5 Gbps (Large, on a transit gateway or Cloud WAN only)",
             "https://docs.aws.amazon.com/vpn/latest/s2svpn/large-bandwidth-tunnels.html", "2026-11-30"),
        Fact("site-to-site-vpn", "tunnels per connection", "2, ending in different AZs",
             "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html", "2026-11-27"),
        Fact("site-to-site-vpn", "IPv6", "a virtual private gateway carries IPv4 only; IPv6 needs a transit gateway or Cloud WAN",
             "https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html", "2026-11-30"),
        Fact("direct-connect", "dedicated port speeds", "1, 10, 100 or 400 Gbps",
             "https://docs.aws.amazon.com/directconnect/latest/UserGuide/dedicated_connection.html", "2026-11-30"),
        Fact("direct-connect", "hosted connection speeds", "50 Mbps to 25 Gbps, from a partner",
             "https://docs.aws.amazon.com/directconnect/latest/UserGuide/hosted_connection.html", "2026-11-30"),
        Fact("vpc-lattice", "service associations per service network", "500 (adjustable)",
             "https://docs.aws.amazon.com/vpc-lattice/latest/ug/quotas.html", "2026-11-27"),
        Fact("resource-endpoint", "resource endpoints per VPC", "200 (adjustable)",
             "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html", "2026-11-27"),
        Fact("resource-endpoint", "resource gateways per VPC", "500 (adjustable; the resource-gateway guide still says 100)",
             "https://docs.aws.amazon.com/vpc-lattice/latest/ug/quotas.html", "2026-11-30"),
        Fact("resource-endpoint", "shared subnets", "participant accounts may create resource gateways in shared VPC subnets (since 2026-11-10)",
             "https://docs.aws.amazon.com/vpc/latest/privatelink/doc-history.html", "2026-11-30"),
        Fact("nat-gateway-internet", "bandwidth", "5 Gbps, scales automatically to 100 Gbps",
             "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html", "2026-11-27"),
        Fact("nat-gateway-internet", "availability mode", "zonal (one AZ; a public one sits in a public subnet) or regional (expands across AZs, no public subnet)",
             "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html", "2026-11-30"),
        Fact("cloud-wan", "attachments per core network", "5,000 (adjustable)",
             "https://docs.aws.amazon.com/network-manager/latest/cloudwan/cloudwan-quotas.html", "2026-11-30"),
        Fact("cloud-wan", "segments per core network", "40",
             "https://docs.aws.amazon.com/network-manager/latest/cloudwan/cloudwan-quotas.html", "2026-11-30"),
        Fact("cloud-wan", "core network edges per region", "1",
             "https://docs.aws.amazon.com/network-manager/latest/cloudwan/cloudwan-quotas.html", "2026-11-30"),
        Fact("vpc-sharing", "who can share", "the VPC owner shares non-default subnets with accounts of its AWS Organization (AWS RAM)",
             "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html", "2026-11-30"),
        Fact("vpc-sharing", "who runs the network", "the owner: route tables, NACLs, gateways and endpoints; participants run their own resources",
             "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html", "2026-11-30"),
        Fact("price", "interface endpoint, per AZ-hour", "$0.01 per AZ-hour",
             "https://awsnegotiations.com/privatelink-cost-analysis.html", "2026-11-27", confirmed: false),
        Fact("price", "interface endpoint data processed (first PB)", "$0.01 per GB",
             "https://aws.amazon.com/privatelink/pricing/", "2026-11-27"),
        Fact("price", "interface endpoint data processed (next 4 PB)", "$0.006 per GB",
             "https://aws.amazon.com/privatelink/pricing/", "2026-11-30"),
        Fact("price", "interface endpoint data processed (over 5 PB)", "$0.004 per GB",
             "https://aws.amazon.com/privatelink/pricing/", "2026-11-30"),
        Fact("price", "transit gateway attachment", "$0.05 per attachment-hour",
             "https://aws.amazon.com/transit-gateway/pricing/", "2026-11-27"),
        Fact("price", "transit gateway data processed", "$0.02 per GB",
             "https://aws.amazon.com/transit-gateway/pricing/", "2026-11-27"),
        Fact("price", "inter-region data transfer", "$0.02 per GB",
             "https://awsnegotiations.com/privatelink-cost-analysis.html", "2026-11-27", confirmed: false),
        Fact("price", "cross-AZ data transfer, billed in each direction", "$0.01 per GB",
             "https://basavytix.com/blog/aws-cross-az-data-transfer-cost", "2026-11-30", confirmed: false),
        Fact("price", "Site-to-Site VPN connection", "$0.05 per connection-hour",
             "https://aws.amazon.com/vpn/pricing/", "2026-11-27", confirmed: false),
        Fact("price", "data transfer out (first 10 TB)", "$0.09 per GB",
             "https://github.com/chime/terraform-aws-alternat", "2026-11-27", confirmed: false),
        Fact("price", "Direct Connect 1 Gbps dedicated port", "$0.3 per port-hour",
             "https://c3x.dev/resources/aws/aws_dx_connection", "2026-11-27", confirmed: false),
        Fact("price", "Direct Connect data transfer out", "$0.02 per GB",
             "https://c3x.dev/resources/aws/aws_dx_connection", "2026-11-27", confirmed: false),
        Fact("price", "VPC Lattice service", "$0.025 per service-hour",
             "https://aws.amazon.com/vpc/lattice/pricing/", "2026-11-27"),
        Fact("price", "VPC Lattice data processed", "$0.025 per GB",
             "https://aws.amazon.com/vpc/lattice/pricing/", "2026-11-27"),
        Fact("price", "NAT gateway", "$0.045 per gateway-hour",
             "https://aws.amazon.com/vpc/pricing/", "2026-11-27"),
        Fact("price", "NAT gateway data processed", "$0.045 per GB",
             "https://aws.amazon.com/vpc/pricing/", "2026-11-27"),
    ]

    /// The figures as the catalogue and the price table hold them.
    static var actual: [Fact] {
        OptionCatalogue.all.flatMap { o in
            (o.bandwidth + o.quotas).map { Fact(o.id.rawValue, $0.label, $0.value, $0.source, $0.asOf, confirmed: $0.confirmed) }
        } + PriceTable.usEast1.all.map { p in
            Fact("price", p.label, p.figure.value, p.figure.source, p.figure.asOf, confirmed: p.figure.confirmed)
        }
    }

    @Test func everyFigureIsInTheLedgerWithItsSourceAndDate() {
        let actual = Self.actual
        for fact in actual where !Self.ledger.contains(fact) { Issue.record("not in the ledger: \(fact)") }
        for fact in Self.ledger where !actual.contains(fact) { Issue.record("in the ledger but not shown: \(fact)") }
        #expect(actual.count == Self.ledger.count)
    }

    @Test func everyLedgerLineIsDatedAndSourced() {
        for fact in Self.ledger {
            #expect(fact.source.hasPrefix("https://"), "\(fact)")
            #expect(fact.asOf.wholeMatch(of: /20\d\d-\d\d-\d\d/) != nil, "\(fact)")
        }
        // Third-party pages never count as confirmation.
        for fact in Self.ledger where !fact.source.contains("amazon.com") { #expect(!fact.confirmed, "\(fact)") }
    }
}
