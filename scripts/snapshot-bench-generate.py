#!/usr/bin/env python3
"""Writes a deterministic snapshot of AWS CLI output for the load benchmark.

usage: snapshot-bench-generate.py OUT_DIR [--layout accounts|single] [--scale N] [--no-forwarding]

At scale 1: 5,000 VPCs, 20,000 subnets, 50,000 VPC endpoints, and what a trace reads in
the numbers a landing zone has: per VPC two route tables with complete routes, 4 security
groups of 10 rules, 1 network ACL of 10 entries (and the implicit denies) and 10 instances
(about 580 MB in all, half of it describe-instances), shaped and indented exactly as `aws ec2 describe-* --output json`
prints them (4-space indent).
The `accounts` layout is what `linkscope snapshot` writes, OUT/<account>/<region>/<call>.json
for 10 accounts and 2 regions; `single` puts each kind in one file (the worst case for
memory: a 90 MB describe-vpc-endpoints.json, a 100 MB describe-instances.json). No randomness: the same arguments always
give the same bytes. `--no-forwarding` leaves out what a trace reads (route tables, groups,
ACLs, instances): the 107 MB snapshot the explorer's performance figures were first taken on.
"""
import json
import os
import sys

ACCOUNTS = [f"{100000000000 + 111111111 * i:012d}" for i in range(10)]
REGIONS = [("us-east-1", "use1"), ("eu-west-1", "euw1")]
AWS_SERVICES = ["ssm", "ssmmessages", "ec2messages", "kms", "logs", "monitoring", "sts", "secretsmanager",
                "ecr.api", "ecr.dkr", "sqs", "sns", "execute-api", "lambda", "elasticloadbalancing"]
DEFAULT_POLICY = ('{\n  "Statement": [\n    {\n      "Action": "*", \n      "Effect": "Allow", \n'
                  '      "Principal": "*", \n      "Resource": "*"\n    }\n  ]\n}')


def hexid(prefix, n, width=17):
    """An AWS-looking id: a fixed scramble of n, so ids do not sort like counters."""
    return f"{prefix}-{(n * 2654435761 + 0x5bd1e995) % (16 ** width):0{width}x}"


def tags(name, team):
    return [{"Key": "Name", "Value": name}, {"Key": "team", "Value": team}]


def hash_small(text):
    h = 0
    for ch in text.encode():
        h = (h * 31 + ch) % 100000
    return h


def vpc(i, account):
    cidr = f"10.{i % 256}.0.0/16"
    return {
        "CidrBlock": cidr,
        "DhcpOptionsId": hexid("dopt", i),
        "State": "available",
        "VpcId": hexid("vpc", i),
        "OwnerId": account,
        "InstanceTenancy": "default",
        "CidrBlockAssociationSet": [
            {"AssociationId": hexid("vpc-cidr-assoc", i), "CidrBlock": cidr, "CidrBlockState": {"State": "associated"}}],
        "IsDefault": False,
        "Tags": tags(f"app-{i:05d}", f"team-{i % 40}"),
    }


def subnet(i, vpc_index, k, account, region, zone_prefix):
    zone = "abc"[k % 3]
    return {
        "AvailabilityZone": f"{region}{zone}",
        "AvailabilityZoneId": f"{zone_prefix}-az{k % 3 + 1}",
        "AvailableIpAddressCount": 4091 - (i % 200),
        "CidrBlock": f"10.{vpc_index % 256}.{k * 16}.0/20",
        "DefaultForAz": False,
        "MapPublicIpOnLaunch": False,
        "State": "available",
        "SubnetId": hexid("subnet", i),
        "VpcId": hexid("vpc", vpc_index),
        "OwnerId": account,
        "AssignIpv6AddressOnCreation": False,
        "Ipv6CidrBlockAssociationSet": [],
        "Tags": tags(f"app-{vpc_index:05d}-private-{zone}", f"team-{vpc_index % 40}"),
        "SubnetArn": f"arn:aws:ec2:{region}:{account}:subnet/{hexid('subnet', i)}",
        "EnableDns64": False,
        "Ipv6Native": False,
    }


def endpoint(i, vpc_index, account, region):
    service = AWS_SERVICES[i % len(AWS_SERVICES)]
    vid = hexid("vpce", i)
    subnets = [hexid("subnet", vpc_index * 4 + k) for k in range(2)]
    return {
        "VpcEndpointId": vid,
        "VpcEndpointType": "Interface",
        "VpcId": hexid("vpc", vpc_index),
        "ServiceName": f"com.amazonaws.{region}.{service}",
        "State": "available" if i % 50 else "pendingAcceptance",
        "PolicyDocument": DEFAULT_POLICY,
        "RouteTableIds": [],
        "SubnetIds": subnets,
        "Groups": [{"GroupId": hexid("sg", vpc_index), "GroupName": f"endpoints-{vpc_index:05d}"}],
        "IpAddressType": "ipv4",
        "PrivateDnsEnabled": True,
        "RequesterManaged": False,
        "NetworkInterfaceIds": [hexid("eni", i * 2 + k) for k in range(2)],
        "DnsEntries": [
            {"DnsName": f"{vid}-{hash_small(vid):05d}.{service}.{region}.vpce.amazonaws.com", "HostedZoneId": "Z7HUB22UULQXV"},
        ],
        "CreationTimestamp": f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}T10:{i % 60:02d}:00.000000+00:00",
        "Tags": tags(f"app-{vpc_index:05d}-{service}", f"team-{vpc_index % 40}"),
        "OwnerId": account,
    }


def route_tables(v, account):
    """The VPC's main table (subnets 0-1: internet, S3 through a gateway endpoint) and a
    private one (subnets 2-3: NAT, the transit gateway, a peering, a blackhole)."""
    vpc_id, cidr = hexid("vpc", v), f"10.{v % 256}.0.0/16"
    local = {"DestinationCidrBlock": cidr, "GatewayId": "local", "Origin": "CreateRouteTable", "State": "active"}

    def route(destination, key, target, state="active", origin="CreateRoute"):
        dest_key = "DestinationPrefixListId" if destination.startswith("pl-") else "DestinationCidrBlock"
        return {dest_key: destination, key: target, "Origin": origin, "State": state}

    def assoc(table, subnet=None, main=False):
        a = {"Main": main, "RouteTableAssociationId": hexid("rtbassoc", v * 8 + (subnet or 0)), "RouteTableId": table,
             "AssociationState": {"State": "associated"}}
        if subnet is not None:
            a["SubnetId"] = hexid("subnet", v * 4 + subnet)
        return a

    main, private = hexid("rtb", v * 2), hexid("rtb", v * 2 + 1)
    return [
        {"Associations": [assoc(main, main=True)] + [assoc(main, k) for k in range(2)], "PropagatingVgws": [],
         "RouteTableId": main, "Routes": [
             local, route("0.0.0.0/0", "GatewayId", hexid("igw", v)),
             route("pl-63a5400a", "GatewayId", hexid("vpce", 900000 + v), origin="CreateRouteTable")],
         "Tags": tags(f"app-{v:05d}-public", f"team-{v % 40}"), "VpcId": vpc_id, "OwnerId": account},
        {"Associations": [assoc(private, k) for k in range(2, 4)], "PropagatingVgws": [],
         "RouteTableId": private, "Routes": [
             local, route("0.0.0.0/0", "NatGatewayId", hexid("nat", v)),
             route("10.0.0.0/8", "TransitGatewayId", hexid("tgw", v % 20)),
             route("172.16.0.0/12", "VpcPeeringConnectionId", hexid("pcx", v)),
             route("192.168.99.0/24", "NatGatewayId", hexid("nat", v + 700000), state="blackhole")],
         "Tags": tags(f"app-{v:05d}-private", f"team-{v % 40}"), "VpcId": vpc_id, "OwnerId": account},
    ]


def permission(protocol, ports, peer):
    p = {"IpProtocol": protocol, "IpRanges": [], "Ipv6Ranges": [], "PrefixListIds": [], "UserIdGroupPairs": []}
    if ports:
        p["FromPort"], p["ToPort"] = ports
    kind, value, note = peer
    if kind == "cidr":
        p["IpRanges"].append({"CidrIp": value, "Description": note})
    elif kind == "v6":
        p["Ipv6Ranges"].append({"CidrIpv6": value, "Description": note})
    elif kind == "group":
        p["UserIdGroupPairs"].append({"Description": note, "GroupId": value, "UserId": ACCOUNTS[0]})
    else:
        p["PrefixListIds"].append({"Description": note, "PrefixListId": value})
    return p


def security_groups(v, account):
    """Four groups (load balancer, app, database, endpoints) of 8 ingress and 2 egress rules."""
    vpc_id, cidr = hexid("vpc", v), f"10.{v % 256}.0.0/16"
    roles = ["alb", "app", "db", "endpoints"]
    ids = {role: hexid("sg", v * 4 + k + 1_000_000) for k, role in enumerate(roles)}
    out = []
    for k, role in enumerate(roles):
        upstream = ids[roles[k - 1]] if k else None
        ingress = [
            permission("tcp", (443, 443), ("cidr", "0.0.0.0/0" if role == "alb" else cidr, "https")),
            permission("tcp", (443, 443), ("v6", "::/0", "https over IPv6")),
            permission("tcp", (8080, 8090), ("group", upstream or ids[role], "from the tier in front")),
            permission("tcp", (22, 22), ("cidr", "10.255.0.0/24", "bastion subnet")),
            permission("tcp", (5432, 5432), ("group", ids["app"], "app to database")),
            permission("icmp", (-1, -1), ("cidr", "10.0.0.0/8", "ping from the network")),
            permission("udp", (53, 53), ("cidr", cidr, "DNS")),
            permission("-1", None, ("prefix", "pl-0a1b2c3d4e5f60718", "office networks")),
        ]
        egress = [permission("-1", None, ("cidr", "0.0.0.0/0", "all out")),
                  permission("tcp", (443, 443), ("prefix", "pl-63a5400a", "S3"))]
        out.append({"Description": f"{role} tier of app-{v:05d}", "GroupName": f"app-{v:05d}-{role}",
                    "IpPermissions": ingress, "OwnerId": account, "GroupId": ids[role], "IpPermissionsEgress": egress,
                    "Tags": tags(f"app-{v:05d}-{role}", f"team-{v % 40}"), "VpcId": vpc_id})
    return out


def network_acl(v, account):
    """The VPC's default ACL on its four subnets: 8 numbered entries and the two implicit denies."""
    acl = hexid("acl", v)

    def entry(number, egress, protocol, cidr, action, ports=None):
        e = {"CidrBlock": cidr, "Egress": egress, "Protocol": protocol, "RuleAction": action, "RuleNumber": number}
        if ports:
            e["PortRange"] = {"From": ports[0], "To": ports[1]}
        return e

    entries = [
        entry(100, False, "6", "0.0.0.0/0", "allow", (443, 443)), entry(110, False, "6", "10.0.0.0/8", "allow", (1024, 65535)),
        entry(120, False, "17", "10.0.0.0/8", "allow", (53, 53)), entry(130, False, "-1", "192.0.2.0/24", "deny"),
        entry(100, True, "6", "0.0.0.0/0", "allow", (443, 443)), entry(110, True, "6", "0.0.0.0/0", "allow", (1024, 65535)),
        entry(120, True, "17", "10.0.0.0/8", "allow", (53, 53)), entry(130, True, "-1", "10.0.0.0/8", "allow"),
        entry(32767, False, "-1", "0.0.0.0/0", "deny"), entry(32767, True, "-1", "0.0.0.0/0", "deny"),
    ]
    return {"Associations": [{"NetworkAclAssociationId": hexid("aclassoc", v * 4 + k), "NetworkAclId": acl,
                              "SubnetId": hexid("subnet", v * 4 + k)} for k in range(4)],
            "Entries": entries, "IsDefault": True, "NetworkAclId": acl, "Tags": [], "VpcId": hexid("vpc", v),
            "OwnerId": account}


def instance(i, v, account, region):
    """One reservation of one instance, with the fields `describe-instances` prints for a
    plain Linux instance in a private subnet."""
    k = i % 4
    subnet, zone = hexid("subnet", v * 4 + k), f"{region}{'abc'[k % 3]}"
    ip = f"10.{v % 256}.{k * 16 + (i // 256) % 16}.{10 + i % 200}"
    dns = f"ip-{ip.replace('.', '-')}.ec2.internal"
    eni, launch = hexid("eni", 5_000_000 + i), f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}T08:{i % 60:02d}:11+00:00"
    groups = [{"GroupName": f"app-{v:05d}-app", "GroupId": hexid("sg", v * 4 + 1 + 1_000_000)}]
    return {"Groups": [], "Instances": [{
        "AmiLaunchIndex": 0, "ImageId": "ami-0c02fb55956c7d316", "InstanceId": hexid("i", i), "InstanceType": "m6i.large",
        "LaunchTime": launch, "Monitoring": {"State": "disabled"},
        "Placement": {"AvailabilityZone": zone, "GroupName": "", "Tenancy": "default"},
        "PrivateDnsName": dns, "PrivateIpAddress": ip, "ProductCodes": [], "PublicDnsName": "",
        "State": {"Code": 16, "Name": "running"}, "StateTransitionReason": "", "SubnetId": subnet, "VpcId": hexid("vpc", v),
        "Architecture": "x86_64",
        "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"AttachTime": launch, "DeleteOnTermination": True,
                                                                      "Status": "attached", "VolumeId": hexid("vol", i)}}],
        "ClientToken": f"terraform-{i:020d}", "EbsOptimized": True, "EnaSupport": True, "Hypervisor": "xen",
        "IamInstanceProfile": {"Arn": f"arn:aws:iam::{account}:instance-profile/app-{v:05d}", "Id": f"AIPA{i:017d}"},
        "NetworkInterfaces": [{
            "Attachment": {"AttachTime": launch, "AttachmentId": hexid("eni-attach", i), "DeleteOnTermination": True,
                           "DeviceIndex": 0, "Status": "attached", "NetworkCardIndex": 0},
            "Description": "", "Groups": groups, "Ipv6Addresses": [], "MacAddress": f"0e:{i % 256:02x}:3c:5d:{v % 256:02x}:9f",
            "NetworkInterfaceId": eni, "OwnerId": account, "PrivateDnsName": dns, "PrivateIpAddress": ip,
            "PrivateIpAddresses": [{"Primary": True, "PrivateDnsName": dns, "PrivateIpAddress": ip}],
            "SourceDestCheck": True, "Status": "in-use", "SubnetId": subnet, "VpcId": hexid("vpc", v), "InterfaceType": "interface"}],
        "RootDeviceName": "/dev/xvda", "RootDeviceType": "ebs", "SecurityGroups": groups, "SourceDestCheck": True,
        "Tags": tags(f"app-{v:05d}-{i % 10}", f"team-{v % 40}"), "VirtualizationType": "hvm",
        "CpuOptions": {"CoreCount": 1, "ThreadsPerCore": 2},
        "CapacityReservationSpecification": {"CapacityReservationPreference": "open"},
        "HibernationOptions": {"Configured": False},
        "MetadataOptions": {"State": "applied", "HttpTokens": "required", "HttpPutResponseHopLimit": 2, "HttpEndpoint": "enabled",
                            "HttpProtocolIpv6": "disabled", "InstanceMetadataTags": "disabled"},
        "EnclaveOptions": {"Enabled": False}, "PlatformDetails": "Linux/UNIX", "UsageOperation": "RunInstances",
        "PrivateDnsNameOptions": {"HostnameType": "ip-name", "EnableResourceNameDnsARecord": False,
                                  "EnableResourceNameDnsAAAARecord": False},
        "MaintenanceOptions": {"AutoRecovery": "default"}, "CurrentInstanceBootMode": "legacy-bios"}],
        "OwnerId": account, "ReservationId": hexid("r", i)}


def write(path, key, items):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump({key: items}, f, indent=4)
        f.write("\n")


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    out = args[0]
    layout = args[args.index("--layout") + 1] if "--layout" in args else "accounts"
    scale = float(args[args.index("--scale") + 1]) if "--scale" in args else 1.0
    forwarding = "--no-forwarding" not in args
    n_vpcs = int(5000 * scale)
    groups = [(a, r) for a in ACCOUNTS for r in REGIONS]
    calls = {"Vpcs": "describe-vpcs", "Subnets": "describe-subnets", "VpcEndpoints": "describe-vpc-endpoints",
             "RouteTables": "describe-route-tables", "SecurityGroups": "describe-security-groups",
             "NetworkAcls": "describe-network-acls", "Reservations": "describe-instances"}
    per = {g: {key: [] for key in calls} for g in groups}
    for v in range(n_vpcs):
        account, (region, zone_prefix) = groups[v % len(groups)]
        g = per[(account, (region, zone_prefix))]
        g["Vpcs"].append(vpc(v, account))
        for k in range(4):
            g["Subnets"].append(subnet(v * 4 + k, v, k, account, region, zone_prefix))
        for k in range(10):
            g["VpcEndpoints"].append(endpoint(v * 10 + k, v, account, region))
        if not forwarding:
            continue
        g["RouteTables"] += route_tables(v, account)
        g["SecurityGroups"] += security_groups(v, account)
        g["NetworkAcls"].append(network_acl(v, account))
        for k in range(10):
            g["Reservations"].append(instance(v * 10 + k, v, account, region))
    if not forwarding:
        calls = {key: call for key, call in calls.items() if key in ("Vpcs", "Subnets", "VpcEndpoints")}
    if layout == "single":
        for key, call in calls.items():
            write(os.path.join(out, f"{call}.json"), key, [item for g in groups for item in per[g][key]])
    else:
        for (account, (region, _)), kinds in per.items():
            for key, call in calls.items():
                write(os.path.join(out, account, region, f"{call}.json"), key, kinds[key])


if __name__ == "__main__":
    main()
