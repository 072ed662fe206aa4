#!/usr/bin/env python3
"""Writes a deterministic snapshot of AWS CLI output for the load benchmark.

usage: snapshot-bench-generate.py OUT_DIR [--layout accounts|single] [--scale N]

At scale 1: 5,000 VPCs, 20,000 subnets and 50,000 VPC endpoints (about 110 MB), shaped
and indented exactly as `aws ec2 describe-* --output json` prints them (4-space indent).
The `accounts` layout is what `linkscope snapshot` writes, OUT/<account>/<region>/<call>.json
for 10 accounts and 2 regions; `single` puts each kind in one file (the worst case for
memory: a 90 MB describe-vpc-endpoints.json). No randomness: the same arguments always
give the same bytes.
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
    n_vpcs = int(5000 * scale)
    groups = [(a, r) for a in ACCOUNTS for r in REGIONS]
    per = {g: {"Vpcs": [], "Subnets": [], "VpcEndpoints": []} for g in groups}
    for v in range(n_vpcs):
        account, (region, zone_prefix) = groups[v % len(groups)]
        g = per[(account, (region, zone_prefix))]
        g["Vpcs"].append(vpc(v, account))
        for k in range(4):
            g["Subnets"].append(subnet(v * 4 + k, v, k, account, region, zone_prefix))
        for k in range(10):
            g["VpcEndpoints"].append(endpoint(v * 10 + k, v, account, region))
    calls = {"Vpcs": "describe-vpcs", "Subnets": "describe-subnets", "VpcEndpoints": "describe-vpc-endpoints"}
    if layout == "single":
        for key, call in calls.items():
            write(os.path.join(out, f"{call}.json"), key, [item for g in groups for item in per[g][key]])
    else:
        for (account, (region, _)), kinds in per.items():
            for key, call in calls.items():
                write(os.path.join(out, account, region, f"{call}.json"), key, kinds[key])


if __name__ == "__main__":
    main()
