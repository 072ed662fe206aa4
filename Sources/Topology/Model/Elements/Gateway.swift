/// A gateway a route can point at, or a VPN ends on: internet, egress-only internet, NAT,
/// virtual private (the AWS end of a VPN or Direct Connect on one VPC) and customer (the
/// on-premises end of a VPN).
public struct Gateway: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var type: GatewayType
    /// The VPC it is attached to or lives in; none for a customer gateway or a detached one.
    public var vpc: String?
    /// The subnet of a zonal NAT gateway.
    public var subnet: String?
    /// NAT gateways: public (through an internet gateway, with an Elastic IP) or private.
    public var connectivity: NatConnectivity?
    /// NAT gateways: zonal (one subnet) or regional (every zone of the VPC, since 2025-11).
    public var availabilityMode: NatAvailabilityMode?
    /// A NAT gateway's Elastic IP, or a customer gateway's public address.
    public var publicIp: IPv4Address?
    public var privateIp: IPv4Address?
    /// BGP ASN of a virtual private or customer gateway.
    public var asn: Int?
    public var state: String
    public var location: SourceLocation?
    public var kind: ElementKind { .gateway }

    public init(id: String, name: String, type: GatewayType, vpc: String? = nil, subnet: String? = nil,
                connectivity: NatConnectivity? = nil, availabilityMode: NatAvailabilityMode? = nil,
                publicIp: IPv4Address? = nil, privateIp: IPv4Address? = nil, asn: Int? = nil,
                state: String = "available", location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.vpc = vpc
        self.subnet = subnet
        self.connectivity = connectivity
        self.availabilityMode = availabilityMode
        self.publicIp = publicIp
        self.privateIp = privateIp
        self.asn = asn
        self.state = state
        self.location = location
    }
}

/// The kinds of gateway. Raw values are the JSON `type` strings.
public enum GatewayType: String, CaseIterable, Sendable, Codable {
    case internet
    case egressOnlyInternet = "egress-only-internet"
    case nat
    case virtualPrivate = "virtual-private"
    case customer
}

public enum NatConnectivity: String, CaseIterable, Sendable, Codable {
    case `public`
    case `private`
}

public enum NatAvailabilityMode: String, CaseIterable, Sendable, Codable {
    case zonal
    case regional
}
