import Topology

/// Pieces a test adds to the clean lab: each a working design, for the test to break.
extension TraceLab {
    /// Replaces the peering with transit gateway tgw-1 (one route table, both VPCs
    /// associated and propagating; attachment subnets sub-a2 and sub-b1, both in use1-az1).
    static func transitGateway(_ a: inout Architecture) {
        a.connections = [Connection(id: "tgw-1", name: "hub", type: .transitGateway, attachments: ["vpc-a", "vpc-b"],
                                    attachmentSubnets: ["vpc-a": ["sub-a2"], "vpc-b": ["sub-b1"]])]
        a.routeTables[0].routes[1].target = "tgw-1"
        a.routeTables[1].routes[1].target = "tgw-1"
        a.transitGatewayRouteTables = [TransitGatewayRouteTable(id: "tgw-rtb-1", name: "hub-main", transitGateway: "tgw-1",
                                                                associations: ["vpc-a", "vpc-b"], propagations: ["vpc-a", "vpc-b"])]
    }

    /// Endpoint service svc-1 behind network load balancer lb-svc in vpc-b (use1-az1), and
    /// interface endpoint vpce-1 to it in vpc-a's sub-a2, guarded by sg-vpce (tcp 443 from vpc-a).
    static func interfaceEndpoint(_ a: inout Architecture) {
        a.loadBalancers.append(LoadBalancer(id: "lb-svc", name: "svc-nlb", type: .network, vpc: "vpc-b", subnets: ["sub-b1"]))
        a.services.append(Service(id: "svc-1", name: "com.amazonaws.vpce.us-east-1.vpce-svc-1", serviceKind: .endpointService,
                                  owner: "111111111111", region: "us-east-1", type: .interface, loadBalancers: ["lb-svc"]))
        a.endpoints.append(Endpoint(id: "vpce-1", name: "svc-endpoint", type: .interface, vpc: "vpc-a", service: "svc-1",
                                    subnets: ["sub-a2"], securityGroups: ["sg-vpce"], privateDns: true))
        a.networkInterfaces.append(NetworkInterface(id: "eni-vpce-1", name: "vpce-1 interface", vpc: "vpc-a", subnet: "sub-a2",
                                                    privateIps: [IPv4Address("10.0.2.50")!], securityGroups: ["sg-vpce"],
                                                    interfaceType: "vpc_endpoint", owner: "vpce-1"))
        a.securityGroups.append(SecurityGroup(id: "sg-vpce", name: "endpoint", vpc: "vpc-a",
                                              ingress: [SecurityGroupRule(ipProtocol: .tcp, ports: PortRange(443, 443),
                                                                          peer: .cidr(CIDR("10.0.0.0/16")!))],
                                              egress: []))
    }

    /// S3 with its AWS-managed prefix list, and gateway endpoint vpce-s3 routed from rtb-a.
    static func gatewayEndpoint(_ a: inout Architecture) {
        a.services.append(Service(id: "com.amazonaws.us-east-1.s3", name: "com.amazonaws.us-east-1.s3", serviceKind: .awsService,
                                  owner: "amazon", region: "us-east-1"))
        a.prefixLists.append(PrefixList(id: "pl-s3", name: "com.amazonaws.us-east-1.s3", cidrs: [CIDR("52.216.0.0/15")!],
                                        awsService: "com.amazonaws.us-east-1.s3"))
        a.endpoints.append(Endpoint(id: "vpce-s3", name: "s3", type: .gateway, vpc: "vpc-a", service: "com.amazonaws.us-east-1.s3",
                                    routeTables: ["rtb-a"]))
        a.routeTables[0].routes.append(.init(destination: "pl-s3", target: "vpce-s3"))
    }

    /// Public NAT gateway nat-a in sub-a1 (EIP 54.0.0.99); sub-a2 gets its own table
    /// rtb-private sending the internet to it.
    static func natGateway(_ a: inout Architecture) {
        a.gateways.append(Gateway(id: "nat-a", name: "nat", type: .nat, vpc: "vpc-a", subnet: "sub-a1", connectivity: .public,
                                  availabilityMode: .zonal, publicIp: IPv4Address("54.0.0.99"), privateIp: IPv4Address("10.0.1.99")))
        a.routeTables.append(RouteTable(id: "rtb-private", name: "private", vpc: "vpc-a", subnets: ["sub-a2"], routes: [
            .init(destination: "10.0.0.0/16", target: "local"), .init(destination: "0.0.0.0/0", target: "nat-a"),
        ]))
    }

    /// On-premises network onprem (192.168.0.0/16) over VPN vpn-1 on vgw-a, routed from rtb-a.
    static func vpn(_ a: inout Architecture) {
        a.gateways.append(Gateway(id: "vgw-a", name: "vgw", type: .virtualPrivate, vpc: "vpc-a"))
        a.connections.append(Connection(id: "vpn-1", name: "office-vpn", type: .vpn, between: ["vpc-a"], vpnGateway: "vgw-a",
                                        staticRoutes: [CIDR("192.168.0.0/16")!]))
        a.networks.append(Network(id: "onprem", name: "office", cidrs: [CIDR("192.168.0.0/16")!], via: ["vpn-1"]))
        a.routeTables[0].routes.append(.init(destination: "192.168.0.0/16", target: "vgw-a"))
    }

    /// The same network over vpn-2, attached to tgw-1 (which `transitGateway` adds) and propagating.
    static func vpnOnTransitGateway(_ a: inout Architecture) {
        transitGateway(&a)
        a.connections.append(Connection(id: "vpn-2", name: "office-vpn", type: .vpn, customerGateway: "cgw-1"))
        a.connections[0].attachments.append("vpn-2")
        a.networks.append(Network(id: "onprem", name: "office", cidrs: [CIDR("192.168.0.0/16")!], via: ["vpn-2"]))
        a.transitGatewayRouteTables[0].associations.append("vpn-2")
        a.transitGatewayRouteTables[0].propagations.append("vpn-2")
        a.routeTables[0].routes.append(.init(destination: "192.168.0.0/16", target: "tgw-1"))
    }
}
