import Foundation

/// The kinds of element an architecture holds. The raw values are the `kind` strings of the
/// JSON output and the command-line contract.
public enum ElementKind: String, CaseIterable, Sendable, Codable {
    case account
    case vpc
    case subnet
    case routeTable = "route-table"
    case loadBalancer = "load-balancer"
    case endpointService = "endpoint-service"
    case awsService = "aws-service"
    case endpoint
    case connection
    case network
    case instance
    case networkInterface = "network-interface"
    case securityGroup = "security-group"
    case networkAcl = "network-acl"
    case gateway
    case prefixList = "prefix-list"
    case transitGatewayRouteTable = "transit-gateway-route-table"

    /// How the kind reads in a sentence ("refers to unknown load balancer 'x'").
    public var noun: String {
        switch self {
        case .vpc: return "VPC"
        case .awsService: return "AWS service"
        case .networkAcl: return "network ACL"
        case .account, .subnet, .routeTable, .loadBalancer, .endpointService, .endpoint, .connection, .network,
             .instance, .networkInterface, .securityGroup, .gateway, .prefixList, .transitGatewayRouteTable:
            return rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }
}

/// The five types of VPC endpoint AWS offers.
public enum EndpointType: String, CaseIterable, Sendable, Codable {
    case interface
    case gateway
    case gatewayLoadBalancer = "gateway-load-balancer"
    case resource
    case serviceNetwork = "service-network"
}

/// Whether a service is a customer's endpoint service or one run by AWS.
public enum ServiceKind: String, CaseIterable, Sendable, Codable {
    case endpointService = "endpoint-service"
    case awsService = "aws-service"
}

/// How consumers reach a service.
public enum ServiceType: String, CaseIterable, Sendable, Codable {
    case interface
    case gateway
    case gatewayLoadBalancer = "gateway-load-balancer"
}

/// Elastic Load Balancing types.
public enum LoadBalancerType: String, CaseIterable, Sendable, Codable {
    case network
    case gateway
    case application
}

/// Whether a load balancer has public addresses.
public enum LoadBalancerScheme: String, CaseIterable, Sendable, Codable {
    case `internal`
    case internetFacing = "internet-facing"
}

/// The kinds of link between networks.
public enum ConnectionType: String, CaseIterable, Sendable, Codable {
    case vpcPeering = "vpc-peering"
    case transitGateway = "transit-gateway"
    case transitGatewayPeering = "transit-gateway-peering"
    case vpn
    case directConnect = "direct-connect"
}

/// The lifecycle states of a VPC endpoint, as AWS reports them (lower-cased, hyphenated).
public enum EndpointState: String, CaseIterable, Sendable, Codable {
    case available
    case pendingAcceptance = "pending-acceptance"
    case pending
    case rejected
    case failed
    case expired
    case deleting
    case deleted
    case partial

    /// True for the states in which an endpoint carries traffic.
    public var carriesTraffic: Bool { self == .available }
}

/// The lifecycle states of a connection (peering, attachment, VPN, Direct Connect).
public enum ConnectionState: String, CaseIterable, Sendable, Codable {
    case active
    case available
    case pending
    case pendingAcceptance = "pending-acceptance"
    case provisioning
    case initiatingRequest = "initiating-request"
    case failed
    case rejected
    case expired
    case deleting
    case deleted
    case down

    /// True for the states in which the link carries traffic.
    public var isUp: Bool { self == .active || self == .available }
}
