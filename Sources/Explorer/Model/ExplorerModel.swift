import Analysis
import Synchronization
import Guide
import Topology

/// Everything the explorer derives once from a loaded topology: the navigator's
/// structure, lower-cased search keys, sort orders, the checks' findings and the guide
/// notes. Immutable and shared by every state value, so updates copy a pointer, never
/// the model.
///
/// Only the tree's structure is built with the model: it is all the first frame needs.
/// The rest are `ModelPart`s, each computed on first use, or before it in the
/// background by a terminal session (`prepare`), so a large account shows at once.
public final class ExplorerModel: Sendable {
    public let topology: NetworkModel
    public let guide: GuideLibrary
    /// Account ids in navigator order, then their regions, then their VPC ids.
    let accountOrder: [String]
    let regionsOfAccount: [String: [String]]
    let vpcsOfRegion: [TreeNode: [String]]
    let endpointServices: [String]
    let awsServices: [String]
    /// Customer gateways, and internet or virtual private gateways attached to no VPC.
    let detachedGateways: [String]
    private let rootCounts: [TreeNode.RootKind: Int]
    /// The VPCs with any subnet, route table, endpoint or load balancer under them.
    let vpcsWithChildren: Set<String>
    /// Judges connectivity options for a pair of ends (view 4).
    public let advisor: Advisor
    /// Answers view 7's traces; built on the first `p`.
    var tracer: Tracer { tracerCache.value }
    private let tracerCache: Deferred<Tracer>
    /// View 6's graph, built the first time the map is opened (see `ExplorerModel+Map`).
    let mapCache = Mutex<MapGraph?>(nil)

    private let elementSearch: Deferred<ElementSearch>
    private let checks: Deferred<CheckResults>
    private let endpointTable: Deferred<TableIndex>
    private let serviceTable: Deferred<TableIndex>

    public init(topology: NetworkModel, guide: GuideLibrary) {
        self.topology = topology
        self.guide = guide
        var regions: [String: Set<String>] = [:]
        var vpcs: [TreeNode: [String]] = [:]
        for vpc in topology.vpcs {
            regions[vpc.account, default: []].insert(vpc.region)
            vpcs[.region(account: vpc.account, region: vpc.region), default: []].append(vpc.id)
        }
        let named = Dictionary(topology.accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // VPCs a source gives no account go under an unnamed account, last, rather than nowhere.
        let unowned = topology.vpcs.contains { $0.account.isEmpty } ? [""] : []
        accountOrder = topology.accounts.map(\.id).sorted { (named[$0] ?? $0, $0) < (named[$1] ?? $1, $1) } + unowned
        regionsOfAccount = regions.mapValues { $0.sorted() }
        vpcsOfRegion = vpcs
        endpointServices = topology.services.filter { $0.serviceKind == .endpointService }.map(\.id)
        awsServices = topology.services.filter { $0.serviceKind == .awsService }.map(\.id)
        detachedGateways = topology.gateways.filter { $0.vpc == nil }.map(\.id)
        advisor = Advisor(topology: topology)
        vpcsWithChildren = Set(topology.vpcs.map(\.id).filter { topology.counts(ofVpc: $0).total > 0 })
        rootCounts = [.endpointServices: endpointServices.count, .awsServices: awsServices.count,
                      .connections: topology.connections.count, .networks: topology.networks.count,
                      .transitGatewayRouteTables: topology.transitGatewayRouteTables.count,
                      .prefixLists: topology.prefixLists.count, .detachedGateways: detachedGateways.count]
        elementSearch = Deferred { ElementSearch(topology) }
        tracerCache = Deferred { Tracer(topology) }
        checks = Deferred { CheckResults(topology) }
        endpointTable = Deferred { TableIndex(kind: .endpoints, topology: topology) }
        serviceTable = Deferred { TableIndex(kind: .services, topology: topology) }
    }

    // MARK: parts computed after the first frame

    /// Computes `part` now, unless it is ready; waits if another thread is computing it.
    public func prepare(_ part: ModelPart) {
        switch part {
        case .checks: _ = checks.value
        case .search: _ = elementSearch.value
        case .endpointTable: _ = endpointTable.value
        case .serviceTable: _ = serviceTable.value
        }
    }

    /// True when `part` is computed, without waiting for it.
    public func isReady(_ part: ModelPart) -> Bool {
        switch part {
        case .checks: return checks.isReady
        case .search: return elementSearch.isReady
        case .endpointTable: return endpointTable.isReady
        case .serviceTable: return serviceTable.isReady
        }
    }

    /// `id name` of every element, for filtering the tree and jumping; `searchIDs` holds
    /// the element id of each key.
    var search: SearchIndex { elementSearch.value.keys }
    var searchIDs: [String] { elementSearch.value.ids }

    /// What the checks found, most severe first.
    public var findings: [Finding] { checks.value.findings }
    /// The findings about each element.
    var findingsByElement: [String: [Finding]] { checks.value.byElement }
    var findingSearch: SearchIndex { checks.value.search }

    /// The most severe finding about an element, for its marker.
    func worstFinding(_ id: String) -> Severity? {
        checks.value.byElement[id]?.map(\.severity).max()
    }

    /// A table's filter text and sort orders.
    func table(_ kind: TableKind) -> TableIndex { kind == .endpoints ? endpointTable.value : serviceTable.value }

    /// How many children a top-level group has, without listing them.
    func count(_ root: TreeNode.RootKind) -> Int { rootCounts[root] ?? 0 }

    /// The children of a node, in display order.
    func children(of node: TreeNode) -> [TreeNode] {
        let t = topology
        switch node {
        case .account(let id):
            return (regionsOfAccount[id] ?? []).map { .region(account: id, region: $0) }
        case .region:
            return (vpcsOfRegion[node] ?? []).map(TreeNode.element)
        case .group(let vpc, let kind):
            switch kind {
            case .subnets: return t.subnets(ofVpc: vpc).map { .element($0.id) }
            case .routeTables: return t.routeTables(ofVpc: vpc).map { .element($0.id) }
            case .endpoints: return t.endpoints(ofVpc: vpc).map { .element($0.id) }
            case .loadBalancers: return t.loadBalancers(ofVpc: vpc).map { .element($0.id) }
            case .instances: return t.instances(ofVpc: vpc).map { .element($0.id) }
            case .networkInterfaces: return t.networkInterfaces(ofVpc: vpc).map { .element($0.id) }
            case .securityGroups: return t.securityGroups(ofVpc: vpc).map { .element($0.id) }
            case .networkAcls: return t.networkAcls(ofVpc: vpc).map { .element($0.id) }
            case .gateways: return t.gateways(ofVpc: vpc).map { .element($0.id) }
            }
        case .element(let id):
            guard t.vpc(id) != nil else { return [] }
            return TreeNode.GroupKind.allCases.filter { childCount(vpc: id, $0) > 0 }.map { .group(vpc: id, $0) }
        case .root(let kind):
            switch kind {
            case .endpointServices: return endpointServices.map(TreeNode.element)
            case .awsServices: return awsServices.map(TreeNode.element)
            case .connections: return t.connections.map { .element($0.id) }
            case .networks: return t.networks.map { .element($0.id) }
            case .transitGatewayRouteTables: return t.transitGatewayRouteTables.map { .element($0.id) }
            case .prefixLists: return t.prefixLists.map { .element($0.id) }
            case .detachedGateways: return detachedGateways.map(TreeNode.element)
            }
        }
    }

    func childCount(vpc: String, _ kind: TreeNode.GroupKind) -> Int {
        let counts = topology.counts(ofVpc: vpc)
        switch kind {
        case .subnets: return counts.subnets
        case .routeTables: return counts.routeTables
        case .endpoints: return counts.endpoints
        case .loadBalancers: return counts.loadBalancers
        case .instances: return counts.instances
        case .networkInterfaces: return counts.networkInterfaces
        case .securityGroups: return counts.securityGroups
        case .networkAcls: return counts.networkAcls
        case .gateways: return counts.gateways
        }
    }

    /// The top-level nodes: accounts, then the roots that have anything under them.
    var topLevel: [TreeNode] {
        accountOrder.map(TreeNode.account) + TreeNode.RootKind.allCases.filter { count($0) > 0 }.map(TreeNode.root)
    }

    /// The chain of nodes from the top down to the node showing element `id`, itself last.
    func path(to id: String) -> [TreeNode]? {
        let t = topology
        guard let element = t.element(id) else { return nil }
        func underVpc(_ vpcId: String, _ kind: TreeNode.GroupKind) -> [TreeNode]? {
            guard let vpc = t.vpc(vpcId) else { return nil }
            return [.account(vpc.account), .region(account: vpc.account, region: vpc.region), .element(vpcId),
                    .group(vpc: vpcId, kind), .element(id)]
        }
        switch element {
        case .account(let a): return [.account(a.id)]
        case .vpc(let v): return [.account(v.account), .region(account: v.account, region: v.region), .element(v.id)]
        case .subnet(let s): return underVpc(s.vpc, .subnets)
        case .routeTable(let r): return underVpc(r.vpc, .routeTables)
        case .endpoint(let e): return underVpc(e.vpc, .endpoints)
        case .loadBalancer(let lb): return underVpc(lb.vpc, .loadBalancers)
        case .service(let s): return [.root(s.serviceKind == .awsService ? .awsServices : .endpointServices), .element(s.id)]
        case .connection: return [.root(.connections), .element(id)]
        case .network: return [.root(.networks), .element(id)]
        case .instance(let n): return underVpc(n.vpc, .instances)
        case .networkInterface(let n): return underVpc(n.vpc, .networkInterfaces)
        case .securityGroup(let g): return underVpc(g.vpc, .securityGroups)
        case .networkAcl(let a): return underVpc(a.vpc, .networkAcls)
        case .gateway(let g):
            guard let vpc = g.vpc else { return [.root(.detachedGateways), .element(id)] }
            return underVpc(vpc, .gateways)
        case .prefixList: return [.root(.prefixLists), .element(id)]
        case .transitGatewayRouteTable: return [.root(.transitGatewayRouteTables), .element(id)]
        }
    }
}

