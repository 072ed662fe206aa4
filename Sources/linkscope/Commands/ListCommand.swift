import ArgumentParser
import Topology

/// `linkscope list KIND`: one kind of element as an aligned table or JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the elements of one kind.")

    /// The kinds `list` accepts, as the command-line contract names them.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case accounts, vpcs, subnets, routeTables = "route-tables", endpoints, services
        case loadBalancers = "load-balancers", connections, networks
        case instances, networkInterfaces = "network-interfaces", securityGroups = "security-groups"
        case networkAcls = "network-acls", gateways, prefixLists = "prefix-lists"
        case transitGatewayRouteTables = "transit-gateway-route-tables"
    }

    @Argument(help: ArgumentHelp("What to list: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "KIND"))
    var kind: Kind
    @OptionGroup var sources: SourceOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingFailures {
            let topology = try sources.load()
            if json {
                // Written as it is formatted, a block at a time: the list is never held whole.
                let kind = self.kind
                ArrayStream.write(count: Self.count(of: kind, in: topology)) { i, writer in
                    ElementJSON.write(Self.element(i, of: kind, in: topology), in: topology, to: &writer)
                }
            } else {
                ElementTable.table(for: kind, in: topology).write()
            }
        }
    }

    static func count(of kind: Kind, in t: NetworkModel) -> Int {
        switch kind {
        case .accounts: return t.accounts.count
        case .vpcs: return t.vpcs.count
        case .subnets: return t.subnets.count
        case .routeTables: return t.routeTables.count
        case .endpoints: return t.endpoints.count
        case .services: return t.services.count
        case .loadBalancers: return t.loadBalancers.count
        case .connections: return t.connections.count
        case .networks: return t.networks.count
        case .instances: return t.instances.count
        case .networkInterfaces: return t.networkInterfaces.count
        case .securityGroups: return t.securityGroups.count
        case .networkAcls: return t.networkAcls.count
        case .gateways: return t.gateways.count
        case .prefixLists: return t.prefixLists.count
        case .transitGatewayRouteTables: return t.transitGatewayRouteTables.count
        }
    }

    /// The `i`th element of a kind, in source order.
    static func element(_ i: Int, of kind: Kind, in t: NetworkModel) -> AnyElement {
        switch kind {
        case .accounts: return .account(t.accounts[i])
        case .vpcs: return .vpc(t.vpcs[i])
        case .subnets: return .subnet(t.subnets[i])
        case .routeTables: return .routeTable(t.routeTables[i])
        case .endpoints: return .endpoint(t.endpoints[i])
        case .services: return .service(t.services[i])
        case .loadBalancers: return .loadBalancer(t.loadBalancers[i])
        case .connections: return .connection(t.connections[i])
        case .networks: return .network(t.networks[i])
        case .instances: return .instance(t.instances[i])
        case .networkInterfaces: return .networkInterface(t.networkInterfaces[i])
        case .securityGroups: return .securityGroup(t.securityGroups[i])
        case .networkAcls: return .networkAcl(t.networkAcls[i])
        case .gateways: return .gateway(t.gateways[i])
        case .prefixLists: return .prefixList(t.prefixLists[i])
        case .transitGatewayRouteTables: return .transitGatewayRouteTable(t.transitGatewayRouteTables[i])
        }
    }
}
