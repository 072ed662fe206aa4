/// One field of an element as `show`, `--json` and the explorer's inspector present it.
public struct Field: Sendable {
    /// The key, as in the native format (`zoneId`, `securityGroups`).
    public let key: String
    public let value: FieldValue

    public init(_ key: String, _ value: FieldValue) {
        self.key = key
        self.value = value
    }

    /// The key for people: `securityGroups` reads "security groups".
    public var label: String {
        if let label = Field.labels[key] { return label }
        return key.reduce(into: "") { out, ch in
            if ch.isUppercase { out.append(" ") }
            out.append(Character(ch.lowercased()))
        }
    }

    private static let labels = [
        "vpc": "VPC", "vpcs": "VPCs", "cidr": "CIDR", "cidrs": "CIDRs", "zoneId": "zone ID", "zoneIds": "zone IDs",
        "dnsSupport": "DNS support", "dnsHostnames": "DNS hostnames", "privateDns": "private DNS",
        "privateDnsName": "private DNS name", "privateIps": "private IPs", "privateIp": "private IP",
        "publicIp": "public IP", "asn": "ASN", "awsService": "AWS service", "staticRoutes": "static routes",
        "vpnGateway": "VPN gateway",
    ]
}

/// The value of a field. References are ids of other elements, so views can link them.
public enum FieldValue: Sendable {
    case text(String)
    case bool(Bool)
    case texts([String])
    /// Items that each read as a sentence (a security group rule, an ACL entry): one per line.
    case lines([String])
    case ref(String)
    case refs([String])
    case routes([RouteTable.Route])
}
