/// A native file that uses every key the trace's elements added, for the round-trip test;
/// and the base the error tests put one mistake into.
enum NativeForwardingFixture {
    /// One VPC with two subnets; `vpcKeys` goes under the VPC (4 spaces in), `rest` after it.
    static func document(vpcKeys: String = "", _ rest: String = "") -> String {
        """
        format: linkscope/v1
        vpcs:
          - id: vpc-a
            region: us-east-1
            cidrs: [10.0.0.0/16]
            subnets:
              - {id: subnet-a1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.0.1.0/24}
              - {id: subnet-a2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.0.2.0/24}
        \(vpcKeys)
          - id: vpc-b
            region: us-east-1
            cidrs: [10.1.0.0/16]
            subnets:
              - {id: subnet-b1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.1.1.0/24}
              - {id: subnet-b2, zone: us-east-1a, zoneId: use1-az1, cidr: 10.1.2.0/24}
        \(rest)

        """
    }

    static let everyKey = document(vpcKeys: """
            routeTables:
              - id: rtb-main
                main: true
                routes:
                  - {destination: 10.0.0.0/16, target: local}
                  - {destination: 0.0.0.0/0, target: nat-a, state: blackhole}
              - id: rtb-public
                main: false
                subnets: [subnet-a2]
                routes:
                  - {destination: 0.0.0.0/0, target: igw-a, state: active}
            securityGroups:
              - id: sg-web
                name: web
                description: web tier
                ingress:
                  - {protocol: tcp, ports: 443, from: 0.0.0.0/0, description: https}
                  - {protocol: tcp, ports: "1024-65535", from: sg-app}
                  - {protocol: icmp, from: pl-corp}
                egress: []
              - id: sg-app
                egress:
                  - {protocol: "-1", to: 0.0.0.0/0}
            networkAcls:
              - id: acl-default
                default: true
                inbound:
                  - {rule: 100, protocol: all, cidr: 0.0.0.0/0, action: allow}
                outbound:
                  - {rule: 100, protocol: all, cidr: 0.0.0.0/0, action: allow}
              - id: acl-public
                name: public
                subnets: [subnet-a2]
                inbound:
                  - {rule: 200, protocol: 47, cidr: 10.0.0.0/8, action: deny}
                  - {rule: 100, protocol: tcp, ports: 443, cidr: 0.0.0.0/0, action: allow}
                outbound:
                  - {rule: 100, protocol: udp, ports: 1024-65535, cidr: 0.0.0.0/0, action: allow}
        """, """
        loadBalancers:
          - {id: nlb-1, type: network, vpc: vpc-a, subnets: [subnet-a1], securityGroups: [sg-web]}
        prefixLists:
          - {id: pl-corp, name: corp, cidrs: [192.168.0.0/16, 172.16.0.0/12]}
          - {id: pl-s3, cidrs: [52.216.0.0/15], awsService: com.amazonaws.us-east-1.s3}
        gateways:
          - {id: igw-a, name: igw, type: internet, vpc: vpc-a, state: attached}
          - {id: nat-a, type: nat, vpc: vpc-a, subnet: subnet-a2, publicIp: 52.1.2.3, privateIp: 10.0.2.10}
          - {id: nat-r, type: nat, vpc: vpc-a, connectivity: private, availabilityMode: regional}
          - {id: vgw-a, type: virtual-private, vpc: vpc-a, asn: 64512}
          - {id: cgw-1, type: customer, publicIp: 203.0.113.10, asn: 4200000000}
          - {id: eigw-a, type: egress-only-internet, vpc: vpc-a}
        instances:
          - id: i-web
            name: web
            subnet: subnet-a1
            privateIp: 10.0.1.10
            publicIp: 54.1.2.3
            securityGroups: [sg-web]
            state: stopped
          - {id: i-multi, subnet: subnet-b1, privateIps: [10.1.1.11, 10.1.1.12]}
        networkInterfaces:
          - {id: eni-web, name: web-eth0, subnet: subnet-a1, privateIps: [10.0.1.10], securityGroups: [sg-web], owner: i-web}
          - {id: eni-nat, subnet: subnet-a2, privateIps: [10.0.2.10], publicIp: 52.1.2.3, type: natGateway, owner: nat-a}
        connections:
          - id: tgw-1
            type: transit-gateway
            attachments: [vpc-a, vpc-b, vpn-1]
            attachmentSubnets:
              vpc-a: [subnet-a1, subnet-a2]
              vpc-b: [subnet-b1]
          - {id: vpn-1, type: vpn, customerGateway: cgw-1, staticRoutes: [192.168.0.0/16]}
          - {id: vpn-2, type: vpn, between: [vpc-a], vpnGateway: vgw-a, customerGateway: cgw-1}
        transitGatewayRouteTables:
          - id: tgw-rtb-1
            name: spokes
            transitGateway: tgw-1
            associations: [vpc-a, vpc-b]
            propagations: [vpc-a, vpn-1]
            routes:
              - {destination: 0.0.0.0/0, target: vpc-a}
              - {destination: 10.99.0.0/16, blackhole: true}
              - {destination: pl-corp, target: vpn-1}
        """)
}
