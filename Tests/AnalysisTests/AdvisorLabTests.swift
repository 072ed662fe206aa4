import Analysis
import Testing
@testable import Importers
import Topology

/// A small architecture that exercises every rule the advisor knows, and helpers the
/// advisor tests share.
enum AdvisorLab {
    static let yaml = """
    format: linkscope/v1
    name: advisor lab
    vpcs:
      - id: vpc-a
        account: "111111111111"
        region: us-east-1
        cidrs: [10.0.0.0/16]
        subnets:
          - {id: subnet-a1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.0.1.0/24}
          - {id: subnet-a2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.0.2.0/24}
          - {id: subnet-a3, zone: us-east-1c, zoneId: use1-az3, cidr: 10.0.3.0/24}
      - id: vpc-b
        name: overlapping
        account: "222222222222"
        region: us-east-1
        cidrs: [10.0.0.0/16]
        subnets:
          - {id: subnet-b1, zone: us-east-1a, zoneId: use1-az4, cidr: 10.0.1.0/24}
      - id: vpc-c
        account: "111111111111"
        region: us-east-1
        cidrs: [10.2.0.0/16]
        subnets:
          - {id: subnet-c1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.2.1.0/24}
      - id: vpc-m
        name: middle
        account: "111111111111"
        region: us-east-1
        cidrs: [10.3.0.0/16]
        subnets:
          - {id: subnet-m1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.3.1.0/24}
          - {id: subnet-m2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.3.2.0/24}
        routeTables:
          - {id: rtb-m, subnets: [subnet-m1], routes: [{destination: 10.3.0.0/16, target: local}]}
      - id: vpc-p
        name: provider
        account: "333333333333"
        region: us-east-1
        cidrs: [10.5.0.0/16]
        subnets:
          - {id: subnet-p1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.5.1.0/24}
          - {id: subnet-p2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.5.2.0/24}
      - id: vpc-g
        name: appliances
        account: "444444444444"
        region: us-east-1
        cidrs: [10.6.0.0/16]
        subnets:
          - {id: subnet-g1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.6.1.0/24}
      - id: vpc-eu
        account: "111111111111"
        region: eu-west-1
        cidrs: [10.9.0.0/16]
        subnets:
          - {id: subnet-eu1, zone: eu-west-1a, zoneId: euw1-az1, cidr: 10.9.1.0/24}
    loadBalancers:
      - {id: nlb-p, name: provider-nlb, type: network, vpc: vpc-p, subnets: [subnet-p1, subnet-p2]}
      - {id: gwlb-g, name: appliance-gwlb, type: gateway, vpc: vpc-g, subnets: [subnet-g1]}
    services:
      - {id: svc-nlb, kind: endpoint-service, owner: "333333333333", region: us-east-1, type: interface,
         loadBalancers: [nlb-p], supportedRegions: [us-east-1]}
      - {id: svc-xr, kind: endpoint-service, owner: "333333333333", region: us-east-1, type: interface,
         loadBalancers: [nlb-p], supportedRegions: [us-east-1, eu-west-1]}
      - {id: svc-gwlb, kind: endpoint-service, owner: "444444444444", region: us-east-1, type: gateway-load-balancer,
         loadBalancers: [gwlb-g]}
      - {id: com.amazonaws.us-east-1.s3, kind: aws-service, region: us-east-1}
      - {id: com.amazonaws.eu-west-1.s3, kind: aws-service, region: eu-west-1}
      - {id: com.amazonaws.us-east-1.sts, kind: aws-service, region: us-east-1}
    endpoints:
      - {id: vpce-m-s3, type: gateway, vpc: vpc-m, service: com.amazonaws.us-east-1.s3, routeTables: [rtb-m]}
      - {id: vpce-c-pending, type: interface, vpc: vpc-c, service: svc-nlb, subnets: [subnet-c1], state: pending-acceptance}
    connections:
      - {id: pcx-am, type: vpc-peering, between: [vpc-a, vpc-m]}
      - {id: pcx-cm, type: vpc-peering, between: [vpc-c, vpc-m]}
      - {id: tgw-1, type: transit-gateway, region: us-east-1, attachments: [vpc-c, vpc-p, vpn-1]}
      - {id: vpn-1, type: vpn, region: us-east-1}
      - {id: vpn-2, type: vpn, region: us-east-1, between: [vpc-c]}
    networks:
      - {id: onprem, name: data centre, cidrs: [192.168.0.0/16], via: [vpn-1]}
      - {id: onprem-clash, cidrs: [10.2.0.0/16], via: [vpn-2]}
    """

    static let topology: NetworkModel = {
        // A broken fixture is a bug in this file; fail loudly.
        try! NetworkModel(merging: [NativeLoader.load(bytes: Array(yaml.utf8), file: "lab.yaml")])
    }()

    /// The assessment of `option` for FROM → TO in `topology` (the lab by default).
    static func assess(_ from: String, _ to: String, _ option: OptionID, in topology: NetworkModel = topology) throws -> OptionAssessment {
        try Advisor(topology: topology).compare(from: from, to: to).assessment(option)
    }
}

@Suite struct AdvisorLabTests {
    @Test func theLabLoads() {
        #expect(AdvisorLab.topology.vpcs.count == 7)
    }
}
