import Topology

/// The architecture as a graph of what private connectivity joins: VPCs, services, transit
/// gateways and on-premises networks as nodes; endpoints, load balancers and connections
/// as the edges between them. The map view and `linkscope map` draw it; both get the same
/// graph from the same model.
public struct MapGraph: Sendable {
    public private(set) var nodes: [MapNode] = []
    public private(set) var edges: [MapEdge] = []
    /// Per node, the lines to nodes a neighbourhood leaves out.
    public internal(set) var hiddenNeighbours: [String: Int] = [:]
    private(set) var indexOfNode: [String: Int] = [:]
    /// Per node (by index), its edges' indices in graph order; and per edge, its nodes'
    /// indices. Both grow as the graph is built, so walking from a node reads its lines
    /// without hashing ids or scanning the graph.
    private(set) var edgesOfNode: [[Int]] = []
    private(set) var ends: [(from: Int, to: Int)] = []

    public init() {}

    /// The node with this id (an element id).
    public func node(_ id: String) -> MapNode? { indexOfNode[id].map { nodes[$0] } }

    /// The edges that touch node `id`, in graph order: a dictionary read.
    public func edges(of id: String) -> [MapEdge] { edgeIndices(of: id).map { edges[$0] } }

    /// The same, as indices into `edges`, in graph order.
    public func edgeIndices(of id: String) -> [Int] { indexOfNode[id].map { edgesOfNode[$0] } ?? [] }

    /// The node (by index) at the other end of edge `edge` from node `node`.
    func other(_ edge: Int, than node: Int) -> Int { ends[edge].from == node ? ends[edge].to : ends[edge].from }

    mutating func add(_ node: MapNode) {
        guard indexOfNode[node.id] == nil else { return }
        indexOfNode[node.id] = nodes.count
        nodes.append(node)
        edgesOfNode.append([])
    }

    mutating func add(_ edge: MapEdge) {
        guard let from = indexOfNode[edge.from], let to = indexOfNode[edge.to], from != to else { return }
        edgesOfNode[from].append(edges.count)
        edgesOfNode[to].append(edges.count)
        ends.append((from, to))
        edges.append(edge)
    }
}

/// A box on the map.
public struct MapNode: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case vpc
        case endpointService = "endpoint-service"
        case awsService = "aws-service"
        case transitGateway = "transit-gateway"
        case network
        /// A VPN or Direct Connect connection whose other end the model does not show.
        case connection

        /// How exports name the kind.
        public var title: String {
            switch self {
            case .vpc: return "VPC"
            case .endpointService: return "endpoint service"
            case .awsService: return "AWS service"
            case .transitGateway: return "transit gateway"
            case .network: return "on-premises network"
            case .connection: return "connection"
            }
        }

        /// The same, short enough for a box's second line.
        public var shortTitle: String {
            switch self {
            case .vpc: return "VPC"
            case .endpointService: return "endpoint svc"
            case .awsService: return "AWS svc"
            case .transitGateway: return "TGW"
            case .network: return "on-prem"
            case .connection: return "link"
            }
        }
    }

    /// The element the box stands for.
    public let id: String
    public let kind: Kind
    public let name: String
    /// A short second line: CIDRs, the load balancers behind, the region.
    public let detail: String
    /// The account and region the box is grouped under (`nil` account: AWS's own, or
    /// outside any account).
    public let group: MapGroup
    /// The endpoints drawn at the edge of a VPC's box.
    public let ports: [MapPort]
}

/// An endpoint in its VPC's box: the element, its type and name.
public struct MapPort: Sendable, Equatable {
    public let id: String
    public let type: EndpointType
    public let name: String
}

/// Where boxes group: an account and a region, like the navigator; on-premises networks
/// and AWS services have their own groups.
public struct MapGroup: Sendable, Hashable, Comparable {
    public let title: String
    /// Orders groups: accounts by name, then AWS services, then on-premises.
    let rank: Int

    public static func < (a: MapGroup, b: MapGroup) -> Bool { (a.rank, a.title) < (b.rank, b.title) }
}

/// A line on the map.
public struct MapEdge: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// An interface endpoint to its endpoint service or AWS service (PrivateLink).
        case privateLink = "privatelink"
        /// A gateway endpoint to S3 or DynamoDB, through route tables.
        case gatewayEndpoint = "gateway-endpoint"
        /// A Gateway Load Balancer endpoint to its service.
        case gatewayLoadBalancerEndpoint = "gwlb-endpoint"
        /// A resource or service-network endpoint to what it names.
        case lattice
        /// An endpoint service to the VPC of the load balancer behind it.
        case loadBalancer = "load-balancer"
        case peering
        case attachment
        case transitGatewayPeering = "tgw-peering"
        case vpn
        case directConnect = "direct-connect"

        /// PrivateLink and endpoints carry traffic one way: consumer to service to provider.
        public var directed: Bool {
            switch self {
            case .privateLink, .gatewayEndpoint, .gatewayLoadBalancerEndpoint, .lattice, .loadBalancer: return true
            case .peering, .attachment, .transitGatewayPeering, .vpn, .directConnect: return false
            }
        }

        /// How the legend names it.
        public var title: String {
            switch self {
            case .privateLink: return "PrivateLink (interface endpoint)"
            case .gatewayEndpoint: return "gateway endpoint (route tables)"
            case .gatewayLoadBalancerEndpoint: return "Gateway Load Balancer endpoint"
            case .lattice: return "resource / service-network endpoint"
            case .loadBalancer: return "endpoint service → its load balancer's VPC"
            case .peering: return "VPC peering"
            case .attachment: return "transit gateway attachment"
            case .transitGatewayPeering: return "transit gateway peering"
            case .vpn: return "Site-to-Site VPN"
            case .directConnect: return "Direct Connect"
            }
        }
    }

    public let from: String
    public let to: String
    public let kind: MapEdgeKind
    /// The element the line stands for: an endpoint, a load balancer, a connection.
    public let element: String
    /// That element's name, for labels.
    public let label: String
    /// False when the element is not available or active: drawn differently.
    public let up: Bool
    /// The port (endpoint) the line leaves from, when it leaves a VPC's box at one.
    public let port: String?

    /// The node at the other end from `id`.
    public func other(than id: String) -> String { from == id ? to : from }
}

public typealias MapEdgeKind = MapEdge.Kind
