import Testing
@testable import Importers
@testable import Topology

/// Loading real-shaped AWS CLI output: what each file becomes and how it is linked.
@Suite struct SnapshotLoaderTests {
    @Test func loadsEveryKindFromTwoAccounts() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        #expect(t.vpcs.map(\.id) == ["vpc-0a1", "vpc-0c1", "vpc-0c2", "vpc-0zz9", "vpc-0r5"])
        #expect(t.subnets.count == 3 && t.routeTables.count == 2 && t.loadBalancers.count == 2)
        #expect(t.endpoints.count == 6 && t.services.count == 6 && t.connections.count == 6)
        #expect(Set(t.accounts.map(\.id)) == ["111122223333", "444455556666", "999988887777", "555566667777"])
    }

    @Test func vpcsTakeNameTagsAssociatedCidrsAndInferredRegions() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        let provider = try #require(t.vpc("vpc-0a1"))
        #expect(provider.name == "provider")
        #expect(provider.account == "111122223333")
        #expect(provider.region == "us-east-1")
        #expect(provider.cidrs.map(\.description) == ["10.0.0.0/16", "10.1.0.0/16"])
        // No subnets: the region comes from the region-named folder.
        #expect(t.vpc("vpc-0c2")?.region == "eu-west-1")
        #expect(t.vpc("vpc-0c2")?.name == "vpc-0c2")
        #expect(provider.location?.file.hasSuffix("111122223333/us-east-1/describe-vpcs.json") == true)
    }

    @Test func textFromTagsKeepsControlCharacters() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        #expect(t.vpc("vpc-0c1")?.name == "consumer \u{1B}[31mred")
    }

    @Test func subnetsKeepZoneIdsAndLoadBalancersJoinThem() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        #expect(t.subnet("subnet-0a12")?.zoneId == "use1-az2")
        let nlb = try #require(t.loadBalancers.first { $0.name == "api-nlb" })
        #expect(nlb.type == .network && nlb.scheme == .internal && nlb.vpc == "vpc-0a1")
        #expect(t.zoneIds(ofSubnets: nlb.subnets) == ["use1-az1", "use1-az2"])
        #expect(t.loadBalancers.first { $0.name == "fw-gwlb" }?.type == .gateway)
    }

    @Test func mainRouteTableGetsTheSubnetsNoOtherTableClaims() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        #expect(t.routeTable("rtb-0main")?.subnets == ["subnet-0a11"])
        #expect(t.routeTable("rtb-0priv")?.subnets == ["subnet-0a12"])
        let routes = t.routeTable("rtb-0priv")?.routes.map { "\($0.destination)>\($0.target)" }
        #expect(routes == ["10.0.0.0/16>local", "pl-63a5400a>vpce-0gw1", "172.16.0.0/16>pcx-0p1"])
    }

    @Test func endpointServicesLinkToLoadBalancersByARN() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        let api = try #require(t.service("vpce-svc-0api"))
        #expect(api.kind == .endpointService && api.type == .interface && api.owner == "111122223333")
        #expect(api.acceptanceRequired && api.supportedRegions == ["us-east-1", "eu-west-1"])
        #expect(api.privateDnsName == "api.example.com")
        #expect(t.services(behindLoadBalancer: api.loadBalancers[0]).map(\.id) == ["vpce-svc-0api"])
        // Cross-region consumer in another account, linked by service name.
        let consumer = try #require(t.endpoint("vpce-0x1"))
        #expect(consumer.service == "vpce-svc-0api")
        #expect(t.loadBalancers(behind: consumer).map(\.name) == ["api-nlb"])
    }

    @Test func aGatewayLoadBalancerMakesTheServiceGatewayLoadBalancerWhateverItsTypeSays() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        #expect(t.service("vpce-svc-0fw")?.type == .gatewayLoadBalancer)
        #expect(t.endpoint("vpce-0gwlbe1")?.type == .gatewayLoadBalancer)
        #expect(t.endpoint("vpce-0gwlbe1")?.service == "vpce-svc-0fw")
    }

    @Test func awsServicesComeFromTheirNameWithTypesFromServiceDetails() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        let s3 = try #require(t.service("com.amazonaws.us-east-1.s3"))
        #expect(s3.kind == .awsService && s3.owner == "amazon" && s3.region == "us-east-1")
        #expect(s3.type == nil, "S3 offers interface and gateway endpoints")
        #expect(t.service("com.amazonaws.us-east-1.ssm")?.kind == .awsService)
        #expect(t.endpoint("vpce-0gw1")?.service == "com.amazonaws.us-east-1.s3")
        #expect(t.endpoint("vpce-0gw1")?.routeTables == ["rtb-0priv"])
    }

    @Test func unknownEndpointServicesAreMarkedOutsideTheSnapshot() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        let partner = try #require(t.service("vpce-svc-0partner"))
        #expect(partner.isOutsideSources && partner.owner == "123412341234" && partner.acceptanceRequired)
        #expect(partner.privateDnsName == "feed.partner.example")
        let gone = try #require(t.service("vpce-svc-0gone"))
        #expect(gone.isOutsideSources && gone.kind == .endpointService && gone.type == .interface)
        #expect(t.service("vpce-svc-0api")?.isOutsideSources == false)
    }

    @Test func enumValuesMapToTheNativeSpelling() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        #expect(t.endpoint("vpce-0ext")?.state == .pendingAcceptance)
        #expect(t.endpoint("vpce-0lost")?.state == .rejected)
        #expect(t.endpoint("vpce-0if1")?.privateDns == true)
        #expect(t.endpoint("vpce-0if1")?.securityGroups == ["sg-0e1"])
    }

    @Test func policyDocumentsArePrettyPrintedInWrittenOrder() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        let policy = try #require(t.endpoint("vpce-0gw1")?.policy)
        #expect(policy.hasPrefix("{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\""))
        #expect(SnapshotPolicy.pretty("not { json") == "not { json")
        #expect(SnapshotPolicy.pretty("{\"a\":[],\"b\":{},\"c\":[1,true,null]}") == """
            {
              "a": [],
              "b": {},
              "c": [
                1,
                true,
                null
              ]
            }
            """)
    }

    @Test func peeringLinksRequesterAndAccepterEvenInAnotherAccount() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        let peering = try #require(t.connection("pcx-0p1"))
        #expect(peering.type == .vpcPeering && peering.between == ["vpc-0a1", "vpc-0zz9"] && peering.state == .active)
        let peer = try #require(t.vpc("vpc-0zz9"))
        #expect(peer.account == "999988887777" && peer.region == "us-west-2")
        #expect(peer.cidrs.map(\.description) == ["172.16.0.0/16"])
    }

    @Test func transitGatewayAttachmentsBecomeMembersAndConnections() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.twoAccounts)
        let hub = try #require(t.connection("tgw-0t1"))
        #expect(hub.name == "hub-use1" && hub.region == "us-east-1")
        #expect(hub.attachments == ["vpc-0a1", "vpc-0r5", "vpn-0v1", "5f3a0c2e-1b2c-4d5e-8f90-123456789abc", "tgw-attach-0peer"])
        #expect(t.connection("vpn-0v1")?.type == .vpn)
        #expect(t.connection("vpn-0v1")?.name == "office-vpn")
        #expect(t.connection("5f3a0c2e-1b2c-4d5e-8f90-123456789abc")?.type == .directConnect)
        #expect(t.vpc("vpc-0r5")?.account == "555566667777")
        #expect(t.vpc("vpc-0gone") == nil, "deleted attachments are left out")
        let peering = try #require(t.connection("tgw-attach-0peer"))
        #expect(peering.type == .transitGatewayPeering && peering.between == ["tgw-0t1", "tgw-0t2"])
        #expect(t.connection("tgw-0t2")?.attachments == ["tgw-attach-0peer", "vpc-0c1"])
        #expect(t.connections(of: "vpc-0c1").map(\.id) == ["tgw-0t2"])
    }

    @Test func filesAreRecognisedByContentInAFlatFolder() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.flat)
        // `b` has no extension; `.cache/broken.json` is hidden; notes.md and manifest.json are not AWS output.
        #expect(t.vpcs.map(\.id) == ["vpc-f1", "vpc-f2", "vpc-f3"])
        // The files of the folder agree on us-west-2 (from a subnet's zone), so VPCs without subnets take it.
        #expect(t.vpcs.allSatisfy { $0.region == "us-west-2" && $0.account == "222233334444" })
    }

    @Test func severalFoldersLoadTogetherAndKeepSharedElementsOnce() throws {
        let copy = try SnapshotFixtures.write([
            "b/vpcs.json": #"{"Vpcs": [{"VpcId": "vpc-f1", "CidrBlock": "10.9.0.0/16", "OwnerId": "222233334444"}]}"#,
        ])
        let t = try ImporterRegistry.load([SnapshotFixtures.flat, copy])
        #expect(t.vpcs.map(\.id) == ["vpc-f1", "vpc-f2", "vpc-f3"])
        #expect(t.sources.count == 1)
    }

    @Test func sourceLoaderSendsFoldersToTheSnapshotLoader() throws {
        let t = try ImporterRegistry.load([SnapshotFixtures.twoAccounts, "sample:saas-privatelink"])
        #expect(t.vpc("vpc-0a1") != nil)
        #expect(t.endpoints.count > 6)
    }
}
