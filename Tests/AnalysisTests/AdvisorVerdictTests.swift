import Analysis
import Testing
@testable import Importers
import Topology

/// One expected judgement: for FROM → TO, `option` is feasible or not, and one of its
/// reasons names `rule` with `verdict`.
struct Verdict: CustomTestStringConvertible, Sendable {
    let from: String
    let to: String
    let option: OptionID
    let feasible: Bool
    let rule: AdvisorRule
    let verdict: AdvisorReason.Verdict
    var sample: String? = nil

    var testDescription: String {
        "\(from) → \(to): \(option.rawValue) \(feasible ? "✓" : "✗") [\(rule.rawValue) \(verdict.rawValue)]\(sample.map { " in \($0)" } ?? "")"
    }
}

@Suite struct AdvisorVerdictTests {
    static let lab: [Verdict] = [
        // Overlapping CIDRs rule out routing, not PrivateLink or Lattice.
        Verdict(from: "vpc-a", to: "vpc-b", option: .vpcPeering, feasible: false, rule: .overlappingCidrs, verdict: .against),
        Verdict(from: "vpc-a", to: "vpc-b", option: .transitGateway, feasible: false, rule: .overlappingCidrs, verdict: .against),
        Verdict(from: "vpc-a", to: "vpc-b", option: .transitGatewayPeering, feasible: false, rule: .overlappingCidrs, verdict: .against),
        Verdict(from: "vpc-a", to: "vpc-b", option: .interfaceEndpoint, feasible: true, rule: .overlappingCidrs, verdict: .for),
        Verdict(from: "vpc-a", to: "vpc-b", option: .vpcLattice, feasible: true, rule: .overlappingCidrs, verdict: .for),
        Verdict(from: "onprem-clash", to: "vpc-c", option: .siteToSiteVPN, feasible: false, rule: .overlappingCidrs, verdict: .against),
        // Gateway endpoints: S3 and DynamoDB, same region, from inside the VPC only.
        Verdict(from: "vpc-a", to: "s3", option: .gatewayEndpoint, feasible: true, rule: .fits, verdict: .for),
        Verdict(from: "vpc-a", to: "sts", option: .gatewayEndpoint, feasible: false, rule: .gatewayEndpointScope, verdict: .against),
        Verdict(from: "vpc-eu", to: "com.amazonaws.us-east-1.s3", option: .gatewayEndpoint, feasible: false,
                rule: .gatewayEndpointScope, verdict: .against),
        Verdict(from: "onprem", to: "s3", option: .gatewayEndpoint, feasible: false, rule: .gatewayEndpointScope, verdict: .against),
        Verdict(from: "vpc-a", to: "s3", option: .gatewayEndpoint, feasible: true, rule: .gatewayEndpointScope, verdict: .for),
        Verdict(from: "subnet-m2", to: "s3", option: .gatewayEndpoint, feasible: true, rule: .gatewayEndpointScope, verdict: .against),
        Verdict(from: "subnet-m1", to: "s3", option: .gatewayEndpoint, feasible: true, rule: .alreadyConnected, verdict: .for),
        Verdict(from: "vpc-a", to: "vpc-c", option: .gatewayEndpoint, feasible: false, rule: .gatewayEndpointScope, verdict: .against),
        // The endpoint type must match the service's load balancer.
        Verdict(from: "vpc-a", to: "svc-nlb", option: .interfaceEndpoint, feasible: true, rule: .fits, verdict: .for),
        Verdict(from: "vpc-a", to: "svc-nlb", option: .gatewayLoadBalancerEndpoint, feasible: false, rule: .serviceTypeMismatch, verdict: .against),
        Verdict(from: "vpc-a", to: "svc-gwlb", option: .interfaceEndpoint, feasible: false, rule: .serviceTypeMismatch, verdict: .against),
        Verdict(from: "vpc-a", to: "svc-gwlb", option: .gatewayLoadBalancerEndpoint, feasible: true, rule: .fits, verdict: .for),
        Verdict(from: "vpc-a", to: "s3", option: .vpcLattice, feasible: false, rule: .serviceTypeMismatch, verdict: .against),
        // Cross-region PrivateLink: only where the service lists the consumer's region.
        Verdict(from: "vpc-eu", to: "svc-nlb", option: .interfaceEndpoint, feasible: false, rule: .unsupportedRegion, verdict: .against),
        Verdict(from: "vpc-eu", to: "svc-xr", option: .interfaceEndpoint, feasible: true, rule: .crossBoundary, verdict: .for),
        Verdict(from: "vpc-eu", to: "com.amazonaws.us-east-1.sts", option: .interfaceEndpoint, feasible: false,
                rule: .unsupportedRegion, verdict: .against),
        Verdict(from: "vpc-eu", to: "com.amazonaws.us-east-1.s3", option: .interfaceEndpoint, feasible: true,
                rule: .crossBoundary, verdict: .for),
        Verdict(from: "vpc-eu", to: "svc-gwlb", option: .gatewayLoadBalancerEndpoint, feasible: false,
                rule: .unsupportedRegion, verdict: .against),
        // Transit gateways are regional; peering gateways crosses regions.
        Verdict(from: "vpc-a", to: "vpc-eu", option: .transitGateway, feasible: false, rule: .tgwRegional, verdict: .against),
        Verdict(from: "vpc-a", to: "vpc-eu", option: .transitGatewayPeering, feasible: true, rule: .tgwRegional, verdict: .for),
        // Transit gateway peering also works within one region; one gateway is simpler there.
        Verdict(from: "vpc-a", to: "vpc-c", option: .transitGatewayPeering, feasible: true, rule: .tgwRegional, verdict: .against),
        // Cloud WAN: many VPCs across regions; within one region a caveat, overlaps rule it out.
        Verdict(from: "vpc-a", to: "vpc-eu", option: .cloudWAN, feasible: true, rule: .crossBoundary, verdict: .for),
        Verdict(from: "vpc-a", to: "vpc-c", option: .cloudWAN, feasible: true, rule: .cloudWANScope, verdict: .against),
        Verdict(from: "vpc-a", to: "vpc-b", option: .cloudWAN, feasible: false, rule: .overlappingCidrs, verdict: .against),
        // VPC sharing: one VPC across accounts of an organization, in its region.
        Verdict(from: "vpc-a", to: "vpc-p", option: .vpcSharing, feasible: true, rule: .crossBoundary, verdict: .for),
        Verdict(from: "vpc-a", to: "vpc-p", option: .vpcSharing, feasible: true, rule: .sharingScope, verdict: .against),
        Verdict(from: "vpc-a", to: "vpc-c", option: .vpcSharing, feasible: false, rule: .sharingScope, verdict: .against),
        Verdict(from: "vpc-a", to: "vpc-eu", option: .vpcSharing, feasible: false, rule: .sharingScope, verdict: .against),
        Verdict(from: "onprem", to: "vpc-c", option: .vpcSharing, feasible: false, rule: .sharingScope, verdict: .against),
        Verdict(from: "vpc-a", to: "vpc-c", option: .transitGateway, feasible: true, rule: .tgwRegional, verdict: .for),
        Verdict(from: "vpc-a", to: "vpc-eu", option: .vpcLattice, feasible: false, rule: .latticeRegional, verdict: .against),
        // Peering joins two VPCs and is not transitive.
        Verdict(from: "vpc-a", to: "vpc-c", option: .vpcPeering, feasible: true, rule: .peeringNotTransitive, verdict: .against),
        Verdict(from: "vpc-a", to: "vpc-m", option: .vpcPeering, feasible: true, rule: .alreadyConnected, verdict: .for),
        Verdict(from: "onprem", to: "vpc-a", option: .vpcPeering, feasible: false, rule: .onPremNeedsVpnOrDx, verdict: .against),
        // On-premises networks reach VPCs over VPN or Direct Connect.
        Verdict(from: "onprem", to: "vpc-a", option: .directConnect, feasible: true, rule: .onPremNeedsVpnOrDx, verdict: .for),
        Verdict(from: "onprem", to: "vpc-c", option: .siteToSiteVPN, feasible: true, rule: .alreadyConnected, verdict: .for),
        Verdict(from: "vpc-a", to: "vpc-c", option: .siteToSiteVPN, feasible: false, rule: .hybridOnly, verdict: .against),
        Verdict(from: "onprem", to: "vpc-p", option: .transitGateway, feasible: true, rule: .alreadyConnected, verdict: .for),
        // AZ coverage, by AZ id.
        Verdict(from: "subnet-a3", to: "svc-nlb", option: .interfaceEndpoint, feasible: true, rule: .azCoverage, verdict: .against),
        Verdict(from: "subnet-a1", to: "svc-nlb", option: .interfaceEndpoint, feasible: true, rule: .azCoverage, verdict: .for),
        // What exists, and whether it carries traffic.
        Verdict(from: "vpc-c", to: "svc-nlb", option: .interfaceEndpoint, feasible: true, rule: .notCarryingTraffic, verdict: .against),
        Verdict(from: "vpc-c", to: "vpc-p", option: .transitGateway, feasible: true, rule: .alreadyConnected, verdict: .for),
        // Direction, NAT, same network.
        Verdict(from: "svc-nlb", to: "vpc-a", option: .interfaceEndpoint, feasible: false, rule: .consumerInitiates, verdict: .against),
        Verdict(from: "vpc-a", to: "s3", option: .natGatewayInternet, feasible: true, rule: .natInternetOnly, verdict: .against),
        Verdict(from: "vpc-a", to: "vpc-c", option: .natGatewayInternet, feasible: false, rule: .natInternetOnly, verdict: .against),
        Verdict(from: "subnet-a1", to: "vpc-a", option: .vpcPeering, feasible: false, rule: .sameNetwork, verdict: .against),
    ]

    static let samples: [Verdict] = [
        Verdict(from: "globex-platform", to: "metricly-ingest", option: .vpcPeering, feasible: false, rule: .overlappingCidrs,
                verdict: .against, sample: "saas-privatelink"),
        Verdict(from: "initech-reporting", to: "vpce-svc-079cec4a1ab34cf9a", option: .interfaceEndpoint, feasible: true,
                rule: .azCoverage, verdict: .against, sample: "saas-privatelink"),
        Verdict(from: "umbrella-research", to: "vpce-svc-079cec4a1ab34cf9a", option: .interfaceEndpoint, feasible: true,
                rule: .notCarryingTraffic, verdict: .against, sample: "saas-privatelink"),
        Verdict(from: "onprem-ashburn", to: "s3", option: .gatewayEndpoint, feasible: false, rule: .gatewayEndpointScope,
                verdict: .against, sample: "hybrid-dx"),
        Verdict(from: "onprem-ashburn", to: "s3", option: .interfaceEndpoint, feasible: true, rule: .alreadyConnected,
                verdict: .for, sample: "hybrid-dx"),
        Verdict(from: "trading-us", to: "trading-eu", option: .transitGatewayPeering, feasible: true, rule: .alreadyConnected,
                verdict: .for, sample: "multi-region"),
        Verdict(from: "trading-us", to: "trading-eu", option: .transitGateway, feasible: false, rule: .tgwRegional,
                verdict: .against, sample: "multi-region"),
        Verdict(from: "trading-eu", to: "vpce-svc-0410e4b690840f27d", option: .interfaceEndpoint, feasible: true,
                rule: .crossBoundary, verdict: .for, sample: "multi-region"),
        Verdict(from: "onprem-chicago", to: "analytics", option: .siteToSiteVPN, feasible: true, rule: .peeringNotTransitive,
                verdict: .against, sample: "default"),
        Verdict(from: "egress", to: "vpce-svc-0b03efc1022136641", option: .gatewayLoadBalancerEndpoint, feasible: true,
                rule: .alreadyConnected, verdict: .for, sample: "default"),
    ]

    @Test(arguments: lab) func labVerdict(_ v: Verdict) throws {
        try check(v, AdvisorLab.assess(v.from, v.to, v.option))
    }

    @Test(arguments: samples) func sampleVerdict(_ v: Verdict) throws {
        let topology = try ImporterRegistry.load(["sample:\(v.sample ?? "default")"])
        try check(v, AdvisorLab.assess(v.from, v.to, v.option, in: topology))
    }

    @Test func theTableCoversEveryRuleTheBriefNames() {
        let rules = Set((Self.lab + Self.samples).map(\.rule))
        for rule: AdvisorRule in [.overlappingCidrs, .gatewayEndpointScope, .serviceTypeMismatch, .unsupportedRegion, .tgwRegional,
                                  .peeringNotTransitive, .onPremNeedsVpnOrDx, .azCoverage, .alreadyConnected] {
            #expect(rules.contains(rule), "no verdict exercises \(rule.rawValue)")
        }
        #expect(Self.lab.count + Self.samples.count >= 25)
    }

    private func check(_ v: Verdict, _ a: OptionAssessment) throws {
        #expect(a.feasible == v.feasible, "reasons: \(a.reasons.map { "\($0.rule.rawValue): \($0.message)" })")
        let matching = a.reasons.filter { $0.rule == v.rule && $0.verdict == v.verdict }
        #expect(!matching.isEmpty, "no \(v.verdict.rawValue) reason names \(v.rule.rawValue); got \(a.reasons.map { "\($0.rule.rawValue)/\($0.verdict.rawValue)" })")
        for reason in matching { #expect(!reason.elements.isEmpty && !reason.message.isEmpty) }
    }
}
