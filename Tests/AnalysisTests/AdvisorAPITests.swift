import Analysis
import Testing
@testable import Importers
import Topology

@Suite struct AdvisorAPITests {
    let lab = AdvisorLab.topology

    @Test func shortNamesResolveInTheFromSidesRegion() throws {
        let eu = try AdvisorEnd.resolve("s3", in: lab, preferredRegion: "eu-west-1")
        #expect(eu.id == "com.amazonaws.eu-west-1.s3" && eu.kind == .awsService)
        let comparison = try Advisor(topology: lab).compare(from: "vpc-eu", to: "s3")
        #expect(comparison.to.id == "com.amazonaws.eu-west-1.s3")
        #expect(comparison.assessment(.gatewayEndpoint).feasible)
    }

    @Test func aKnownAWSServiceOutsideTheSourcesIsSynthesised() throws {
        let end = try AdvisorEnd.resolve("sqs", in: lab, preferredRegion: "us-east-1")
        #expect(end.id == "com.amazonaws.us-east-1.sqs" && end.region == "us-east-1" && end.awsShortName == "sqs")
    }

    @Test func unknownNamesSuggestCloseOnes() {
        #expect(throws: AdvisorEndError.self) { try AdvisorEnd.resolve("vpc-q", in: lab) }
        do {
            _ = try AdvisorEnd.resolve("overlaping", in: lab)
        } catch {
            #expect(error.suggestions.contains("overlapping"))
        }
    }

    @Test func anElementThatIsNoEndSaysWhatToCompareInstead() {
        do {
            _ = try AdvisorEnd.resolve("vpce-c-pending", in: lab)
            Issue.record("an endpoint is not an end")
        } catch {
            #expect(error.message.contains("is an endpoint"))
            #expect(error.suggestions == ["vpc-c", "svc-nlb"])
        }
    }

    @Test func rankingPutsFeasibleFirstThenFitThenCost() throws {
        let c = try Advisor(topology: lab).compare(from: "vpc-a", to: "s3")
        let feasible = c.assessments.prefix { $0.feasible }
        #expect(feasible.count == c.assessments.filter(\.feasible).count)
        #expect(c.assessments.first?.id == .gatewayEndpoint)
        #expect(c.best?.id == .gatewayEndpoint)
        #expect(c.recommendation.hasPrefix("Use gateway endpoint"))
        let fits = feasible.map(\.fit)
        #expect(fits == fits.sorted(by: >))
    }

    @Test func nothingFeasibleExplainsWhy() throws {
        let c = try Advisor(topology: lab).compare(from: "subnet-a1", to: "subnet-a2")
        #expect(c.best == nil)
        #expect(c.recommendation.hasPrefix("No option connects these ends"))
        #expect(c.assessments.allSatisfy { $0.reasons.contains { $0.rule == .sameNetwork } })
    }

    @Test func pairFactsAreReported() throws {
        let c = try Advisor(topology: lab).compare(from: "vpc-a", to: "vpc-b")
        #expect(c.overlaps.count == 1 && c.crossRegion == false && c.crossAccount == true)
        let onPrem = try Advisor(topology: lab).compare(from: "onprem", to: "vpc-eu")
        #expect(onPrem.crossRegion == true)
    }

    @Test func costsFollowThePriceTable() throws {
        let c = try Advisor(topology: lab).compare(from: "vpc-a", to: "vpc-c", gbPerMonth: 100)
        // vpc-a has subnets in three AZs.
        #expect(c.assessment(.interfaceEndpoint).cost?.monthlyUSD.map { ($0 * 100).rounded() / 100 } == 22.9)
        #expect(c.assessment(.transitGateway).cost?.monthlyUSD == 75)
        #expect(c.assessment(.siteToSiteVPN).cost == nil)
        let s3 = try Advisor(topology: lab).compare(from: "vpc-a", to: "s3")
        #expect(s3.assessment(.gatewayEndpoint).cost?.monthlyUSD == 0)
        let gwlb = try Advisor(topology: lab).compare(from: "vpc-a", to: "svc-gwlb")
        #expect(gwlb.assessment(.gatewayLoadBalancerEndpoint).cost?.monthlyUSD == nil)
        #expect(gwlb.assessment(.gatewayLoadBalancerEndpoint).cost?.shortText == "?")
    }

    @Test func costModelScalesWithTrafficAndAZs() {
        let small = CostModel.estimate(.interfaceEndpoint, .init(gbPerMonth: 0, azCount: 1, crossRegion: false))
        let large = CostModel.estimate(.interfaceEndpoint, .init(gbPerMonth: 1000, azCount: 3, crossRegion: false))
        #expect(small.monthlyUSD == 7.3)
        #expect(large.monthlyUSD.map { ($0 * 100).rounded() / 100 } == 31.9)
        #expect(large.usesUnconfirmedPrices)
        let nat = CostModel.estimate(.natGatewayInternet, .init(gbPerMonth: 100, azCount: 2, crossRegion: false))
        #expect(nat.monthlyUSD.map { ($0 * 100).rounded() / 100 } == 70.2)
        #expect(!nat.usesUnconfirmedPrices)
    }

    @Test func sameRegionPeeringPaysCrossAZTransferBothWays() throws {
        let peering = try Advisor(topology: lab).compare(from: "vpc-a", to: "vpc-c", gbPerMonth: 100).assessment(.vpcPeering)
        #expect(peering.cost?.monthlyUSD == 2)
        #expect(peering.cost?.lines.first?.explanation == "100 GB × 2 (out of one AZ, into the other) × $0.01/GB")
    }

    @Test func aVPNOnATransitGatewayCountsTheGatewaysShare() throws {
        // onprem's VPN lands on tgw-1; onprem-clash's ends on vpc-c's virtual private gateway.
        let onTGW = try Advisor(topology: lab).compare(from: "onprem", to: "vpc-c").assessment(.siteToSiteVPN)
        let labels = onTGW.cost?.lines.map(\.price.label) ?? []
        #expect(labels.contains("transit gateway attachment") && labels.contains("transit gateway data processed"))
        #expect(onTGW.cost?.monthlyUSD.map { ($0 * 100).rounded() / 100 } == 84)
        let direct = CostModel.estimate(.siteToSiteVPN, .init(gbPerMonth: 100, azCount: 1, crossRegion: false))
        #expect(!direct.lines.contains { $0.price.label.hasPrefix("transit gateway") })
        #expect(direct.notes.contains { $0.contains("Large (5 Gbps) tunnels cost more") })
    }

    @Test func crossRegionPrivateLinkAddsInterRegionTransfer() throws {
        let endpoint = try Advisor(topology: lab).compare(from: "vpc-eu", to: "svc-xr").assessment(.interfaceEndpoint)
        #expect(endpoint.feasible)
        #expect(endpoint.cost?.lines.contains { $0.price.label == "inter-region data transfer" && !$0.price.figure.confirmed } == true)
        #expect(endpoint.cost?.usesUnconfirmedPrices == true)
    }

    @Test func endpointProcessingFollowsTheMonthlyTiers() {
        let pb = 1_048_576.0
        let estimate = CostModel.estimate(.interfaceEndpoint, .init(gbPerMonth: 6 * pb, azCount: 1, crossRegion: false))
        let processing = estimate.lines.dropFirst().map { ($0.quantity, $0.price.usd) }
        #expect(processing.map(\.0) == [pb, 4 * pb, pb])
        #expect(processing.map(\.1) == [0.01, 0.006, 0.004])
    }

    @Test func cloudWANHasNoPriceInTheTable() throws {
        let wan = try Advisor(topology: lab).compare(from: "vpc-a", to: "vpc-eu").assessment(.cloudWAN)
        #expect(wan.feasible && wan.cost?.shortText == "?")
    }

    @Test func dollarsAreFormattedForPeople() {
        #expect(CostEstimate.dollars(0) == "$0.00")
        #expect(CostEstimate.dollars(15.6) == "$15.60")
        #expect(CostEstimate.dollars(1234.5) == "$1,234.50")
    }

    @Test func theAcceptancePairInTheSaaSSample() throws {
        let saas = try ImporterRegistry.load(["sample:saas-privatelink"])
        let c = try Advisor(topology: saas).compare(from: "globex-platform", to: "metricly-ingest")
        for id: OptionID in [.vpcPeering, .transitGateway] {
            let a = c.assessment(id)
            #expect(!a.feasible)
            #expect(a.blockers.contains { $0.rule == .overlappingCidrs && $0.elements.contains("vpc-0ba9a6b45c52308fc") })
        }
        let endpoint = c.assessment(.interfaceEndpoint)
        #expect(endpoint.feasible && endpoint.exists && endpoint.existing == ["vpce-03d7e94abc9e24fcc"])
        #expect(c.best?.id == .interfaceEndpoint)
        #expect(c.recommendation.contains("interface endpoint"))
    }
}
