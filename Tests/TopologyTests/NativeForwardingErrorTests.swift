import Testing
@testable import Importers
@testable import Topology

/// Mistakes in the values of security group rules, network ACL entries and addresses are
/// refused at the place they were written, saying what is accepted.
@Suite struct NativeForwardingErrorTests {
    /// The message of a fixture document with `vpcKeys` under its first VPC (lines 9 on) and `rest` after.
    func error(vpcKeys: String = "", _ rest: String = "") -> String? {
        loadError(NativeForwardingFixture.document(vpcKeys: vpcKeys, rest))?.message
    }

    /// A VPC's `securityGroups` with one group `sg-1` whose only ingress rule is `rule` (line 12).
    func ingress(_ rule: String) -> String? {
        error(vpcKeys: """
            securityGroups:
              - id: sg-1
                ingress:
                  - \(rule)
        """)
    }

    /// A VPC's `networkAcls` with one ACL `acl-1` whose inbound entries are `entries` (from line 12).
    func inbound(_ entries: String...) -> String? {
        error(vpcKeys: """
            networkAcls:
              - id: acl-1
                inbound:
        \(entries.map { "          - \($0)" }.joined(separator: "\n"))
        """)
    }

    @Test func unknownKeysSuggestTheClosestKnownOne() {
        #expect(ingress("{protocol: tcp, port: 443, from: 10.0.0.0/8}")
                == "arch.yaml:12:29: unknown key 'port' in an ingress rule of security group 'sg-1'; did you mean 'ports'?")
        #expect(error(vpcKeys: "    securityGroups:\n      - {id: sg-1, ingres: []}")
                == "arch.yaml:10:20: unknown key 'ingres' in a security group; did you mean 'ingress'?")
        #expect(error("instance: []") == "arch.yaml:16:1: unknown key 'instance' in the architecture; did you mean 'instances'?")
        #expect(inbound("{rule: 100, protocol: all, cidr: 0.0.0.0/0, acton: allow}")
                == "arch.yaml:12:57: unknown key 'acton' in an inbound entry of network ACL 'acl-1'; did you mean 'action'?")
    }

    @Test func anEgressRuleNamesItsPeerWithTo() {
        let message = error(vpcKeys: """
            securityGroups:
              - id: sg-1
                egress:
                  - {protocol: tcp, ports: 443, from: 10.0.0.0/8}
        """)
        #expect(message == "arch.yaml:12:41: unknown key 'from' in an egress rule of security group 'sg-1'; known keys: protocol, ports, to, description")
    }

    @Test func badProtocolsListTheAcceptedOnes() {
        #expect(ingress("{protocol: tpc, from: 10.0.0.0/8}")
                == "arch.yaml:12:24: unknown protocol 'tpc' in an ingress rule of security group 'sg-1' (did you mean 'tcp'?); expected tcp, udp, icmp, icmpv6, all, or a protocol number 0-255")
        #expect(inbound("{rule: 100, protocol: 256, cidr: 0.0.0.0/0, action: allow}")?
            .hasSuffix("unknown protocol '256' in an inbound entry of network ACL 'acl-1'; expected tcp, udp, icmp, icmpv6, all, or a protocol number 0-255") == true)
    }

    @Test func badPortsSayWhatAPortRangeIs() {
        #expect(ingress("{protocol: tcp, ports: 70000, from: 10.0.0.0/8}")
                == "arch.yaml:12:36: invalid ports '70000' in an ingress rule of security group 'sg-1': write one port (443), a range (\"1024-65535\") or all, within 0-65535")
        #expect(ingress("{protocol: udp, ports: \"2000-1000\", from: 10.0.0.0/8}")?.contains("invalid ports '2000-1000'") == true)
    }

    @Test func portsOnAProtocolWithoutPortsAreRefused() {
        #expect(inbound("{rule: 100, protocol: icmp, ports: 8, cidr: 0.0.0.0/0, action: allow}")
                == "arch.yaml:12:48: 'ports' in an inbound entry of network ACL 'acl-1': a rule for protocol icmp has no ports (only tcp and udp do); leave 'ports' out")
        #expect(ingress("{protocol: all, ports: 443, from: 10.0.0.0/8}")?
            .contains("a rule for protocol all has no ports (only tcp and udp do)") == true)
    }

    @Test func badCIDRsSayWhy() {
        #expect(ingress("{protocol: tcp, from: 10.0.0.1/16}")
                == "arch.yaml:12:35: invalid CIDR '10.0.0.1/16' in an ingress rule of security group 'sg-1': host bits are set; the network is 10.0.0.0/16")
        #expect(ingress("{protocol: tcp, from: web-servers}")
                == "arch.yaml:12:35: 'from' in an ingress rule of security group 'sg-1' is 'web-servers': write a CIDR (10.0.0.0/16), a security group id (sg-…) or a prefix list id (pl-…)")
        #expect(inbound("{rule: 100, protocol: all, cidr: 10.0.0.0/33, action: allow}")?
            .hasPrefix("arch.yaml:12:46: invalid CIDR '10.0.0.0/33' in an inbound entry of network ACL 'acl-1'") == true)
    }

    @Test func ruleNumbersAreUniquePerDirectionAndInRange() {
        #expect(inbound("{rule: 100, protocol: all, cidr: 0.0.0.0/0, action: allow}",
                        "{rule: 100, protocol: tcp, cidr: 10.0.0.0/8, action: deny}")
                == "arch.yaml:13:20: network ACL 'acl-1' has two inbound entries numbered 100, the first at arch.yaml:12:20; rule numbers are unique per direction")
        #expect(inbound("{rule: 32767, protocol: all, cidr: 0.0.0.0/0, action: allow}")
                == "arch.yaml:12:20: rule number '32767' in an inbound entry of network ACL 'acl-1' must be 1-32766 (the * entry that denies the rest is implicit)")
        #expect(inbound("{rule: 100, protocol: all, cidr: 0.0.0.0/0, action: permit}")?
            .contains("unknown network ACL action 'permit'; expected one of: allow, deny") == true)
    }

    @Test func anInstanceAddressMustBeOneItsSubnetHandsOut() {
        #expect(error("instances:\n  - {id: i-1, subnet: subnet-a1, privateIp: 10.0.2.5}")
                == "arch.yaml:17:45: instance 'i-1' has private IP 10.0.2.5, outside its subnet 'subnet-a1' (10.0.1.0/24)")
        #expect(error("instances:\n  - {id: i-1, subnet: subnet-a1, privateIps: [10.0.1.9, 10.0.1.255]}")
                == "arch.yaml:17:57: instance 'i-1' has private IP 10.0.1.255, one of the five addresses AWS reserves in subnet 'subnet-a1' (10.0.1.0/24): the first four and the last")
        #expect(error("networkInterfaces:\n  - {id: eni-1, subnet: subnet-a1, privateIps: [10.0.1.2]}")?
            .contains("network interface 'eni-1' has private IP 10.0.1.2, one of the five addresses AWS reserves") == true)
    }

    @Test func addressesAreIPv4AndPublicOnesArePublic() {
        #expect(error("instances:\n  - {id: i-1, subnet: subnet-a1, privateIp: 10.0.1.300}")
                == "arch.yaml:17:45: invalid IPv4 address '10.0.1.300' in 'privateIp' of instance 'i-1': write four numbers 0-255 (10.0.1.5)")
        #expect(error("instances:\n  - {id: i-1, subnet: subnet-a1, privateIp: 10.0.1.5, publicIp: 10.0.1.6}")
                == "arch.yaml:17:65: 'publicIp' in instance 'i-1' is 10.0.1.6, a private address; a public or Elastic IP is one the internet can route to")
        #expect(error("instances:\n  - {id: i-1, subnet: subnet-a1, privateIp: 10.0.1.5, privateIps: [10.0.1.6]}")?
            .contains("instance 'i-1' has both 'privateIp' and 'privateIps'") == true)
    }

    @Test func routeStatesAreActiveOrBlackhole() {
        let message = error(vpcKeys: """
            routeTables:
              - id: rtb-1
                routes:
                  - {destination: 0.0.0.0/0, target: nat-1, state: blakhole}
        """)
        #expect(message == "arch.yaml:12:60: unknown route state 'blakhole' (did you mean 'blackhole'?); expected one of: active, blackhole")
    }
}
