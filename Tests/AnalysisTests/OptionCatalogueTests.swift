import Analysis
import Testing

@Suite struct OptionCatalogueTests {
    @Test func everyContractIdIsCataloguedOnceInOrder() {
        let ids = OptionCatalogue.all.map(\.id.rawValue)
        #expect(ids == ["interface-endpoint", "gateway-endpoint", "gateway-load-balancer-endpoint", "vpc-peering", "transit-gateway",
                        "transit-gateway-peering", "site-to-site-vpn", "direct-connect", "vpc-lattice", "resource-endpoint",
                        "nat-gateway-internet", "cloud-wan", "vpc-sharing"])
        for id in OptionID.allCases { #expect(OptionCatalogue.option(id).id == id) }
    }

    @Test func everyFigureNamesAnHTTPSSourceAndADate() {
        let figures = OptionCatalogue.all.flatMap { $0.bandwidth + $0.quotas } + PriceTable.usEast1.all.map(\.figure)
        #expect(figures.count > 20)
        for f in figures {
            #expect(f.source.hasPrefix("https://"), "\(f.label)")
            #expect(f.asOf.count == 10 && f.asOf.hasPrefix("20"), "\(f.label)")
            #expect(f.shownValue.hasSuffix("(unconfirmed)") == !f.confirmed)
        }
        for o in OptionCatalogue.all {
            #expect(!o.sources.isEmpty && o.sources.allSatisfy { $0.hasPrefix("https://") }, "\(o.id)")
            #expect(!o.layer.isEmpty && !o.pricingModel.isEmpty)
        }
    }

    @Test func theQualitativeFactsMatchTheDocs() {
        #expect(OptionCatalogue.option(.vpcPeering).overlappingCidrs.answer == .no)
        #expect(OptionCatalogue.option(.vpcPeering).transitive.answer == .no)
        #expect(OptionCatalogue.option(.transitGateway).overlappingCidrs.answer == .no)
        #expect(OptionCatalogue.option(.transitGateway).crossRegion.answer == .no)
        #expect(OptionCatalogue.option(.interfaceEndpoint).overlappingCidrs.answer == .yes)
        #expect(OptionCatalogue.option(.interfaceEndpoint).direction == .consumerInitiates)
        #expect(OptionCatalogue.option(.gatewayEndpoint).crossRegion.answer == .no)
        #expect(OptionCatalogue.option(.natGatewayInternet).direction == .outboundOnly)
        #expect(OptionCatalogue.option(.gatewayLoadBalancerEndpoint).crossRegion.answer == .no)
        #expect(OptionCatalogue.option(.transitGatewayPeering).crossRegion.note.contains("one region"))
        #expect(OptionCatalogue.option(.cloudWAN).crossRegion.answer == .yes)
        #expect(OptionCatalogue.option(.vpcSharing).crossRegion.answer == .no)
        #expect(OptionCatalogue.option(.vpcSharing).crossAccount.answer == .yes)
        #expect(OptionCatalogue.option(.interfaceEndpoint).crossRegion.note.contains("2024-11-26"))
        #expect(OptionCatalogue.option(.interfaceEndpoint).crossRegion.note.contains("later launch"))
        #expect(OptionCatalogue.gatewayEndpointServices == ["s3", "dynamodb"])
        #expect(OptionCatalogue.crossRegionAWSServices.contains("s3"))
        #expect(!OptionCatalogue.crossRegionAWSServices.contains("sts"))
    }

    @Test func pricesAreForUSEast1AndPositive() {
        let table = PriceTable.usEast1
        #expect(table.region == "us-east-1" && table.hoursPerMonth == 730)
        for p in table.all { #expect(p.usd > 0 && !p.unit.isEmpty) }
        #expect(table.interfaceEndpointGB.figure.confirmed && table.transitGatewayAttachmentHour.figure.confirmed)
        #expect(!table.directConnectPort1GHour.figure.confirmed)
    }
}
