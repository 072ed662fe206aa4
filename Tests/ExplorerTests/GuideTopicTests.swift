import Analysis
import Guide
import Testing
import Topology
@testable import Explorer

/// Every element kind and type, and every compare option, has a built-in note.
@Suite struct GuideTopicTests {
    /// One element of every kind, and of every type where the kind has types.
    static let elements: [AnyElement] = {
        var all: [AnyElement] = [
            .account(Account(id: "111122223333", name: "prod")),
            .vpc(Vpc(id: "vpc-1", name: "v", account: "111122223333", region: "us-east-1", cidrs: [])),
            .subnet(Subnet(id: "subnet-1", name: "s", vpc: "vpc-1", zone: "us-east-1a", zoneId: "use1-az1", cidr: nil)),
            .routeTable(RouteTable(id: "rtb-1", name: "r", vpc: "vpc-1", subnets: [], routes: [])),
            .service(Service(id: "svc-1", name: "com.amazonaws.vpce.us-east-1.vpce-svc-1", serviceKind: .endpointService)),
            .service(Service(id: "svc-2", name: "com.amazonaws.us-east-1.s3", serviceKind: .awsService)),
            .network(Network(id: "dc-1", name: "dc", cidrs: [], via: [])),
            .instance(Instance(id: "i-1", name: "i", vpc: "vpc-1", subnet: "subnet-1")),
            .networkInterface(NetworkInterface(id: "eni-1", name: "n", vpc: "vpc-1", subnet: "subnet-1")),
            .securityGroup(SecurityGroup(id: "sg-1", name: "g", vpc: "vpc-1")),
            .networkAcl(NetworkAcl(id: "acl-1", name: "a", vpc: "vpc-1")),
            .prefixList(PrefixList(id: "pl-1", name: "p", cidrs: [])),
            .transitGatewayRouteTable(TransitGatewayRouteTable(id: "tgw-rtb-1", name: "t", transitGateway: "c-transit-gateway")),
        ]
        all += EndpointType.allCases.map { .endpoint(Endpoint(id: "vpce-\($0)", name: "e", type: $0, vpc: "vpc-1", service: nil)) }
        all += LoadBalancerType.allCases.map { .loadBalancer(LoadBalancer(id: "lb-\($0)", name: "l", type: $0, vpc: "vpc-1", subnets: [])) }
        all += ConnectionType.allCases.map { .connection(Connection(id: "c-\($0)", name: "c", type: $0)) }
        all += GatewayType.allCases.map { .gateway(Gateway(id: "gw-\($0)", name: "g", type: $0)) }
        return all
    }()

    @Test func everyKindIsCovered() {
        #expect(Set(Self.elements.map(\.kind)) == Set(ElementKind.allCases))
    }

    @Test(arguments: elements.indices)
    func everyElementHasABuiltInNote(index: Int) {
        let element = Self.elements[index]
        let topic = GuideTopic.topic(for: element)
        #expect(GuideLibrary.builtIn.note(topic) != nil, "\(element.id) → \(topic)")
    }

    @Test func typesDecideTheTopic() {
        let topics = Self.elements.map(GuideTopic.topic(for:))
        #expect(topics == [
            "account", "vpc", "subnet", "route-table", "endpoint-service", "aws-service", "on-premises-network",
            "network-interface", "network-interface", "security-group", "network-acl", "prefix-list", "transit-gateway",
            "interface-endpoint", "gateway-endpoint", "gateway-load-balancer-endpoint", "resource-endpoint",
            "service-network-endpoint", "network-load-balancer", "gateway-load-balancer", "application-load-balancer",
            "vpc-peering", "transit-gateway", "transit-gateway-peering", "site-to-site-vpn", "direct-connect",
            "internet-gateway", "internet-gateway", "nat-gateway", "site-to-site-vpn", "site-to-site-vpn",
        ])
    }

    @Test func everyKindAloneHasABuiltInNote() {
        for kind in ElementKind.allCases {
            #expect(GuideLibrary.builtIn.note(GuideTopic.topic(for: kind)) != nil, "\(kind)")
        }
    }

    @Test func everyCompareOptionHasABuiltInNote() {
        #expect(GuideTopic.topic(forOption: .natGatewayInternet) == "nat-gateway")
        #expect(GuideTopic.topic(forOption: .siteToSiteVPN) == "site-to-site-vpn")
        for option in OptionID.allCases {
            #expect(GuideLibrary.builtIn.note(GuideTopic.topic(forOption: option)) != nil, "\(option)")
        }
    }
}
