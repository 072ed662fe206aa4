import ArgumentParser
import Topology

/// `linkscope list KIND`: one kind of element as an aligned table or JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the elements of one kind.")

    /// The kinds `list` accepts, as the command-line contract names them.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case accounts, vpcs, subnets, routeTables = "route-tables", endpoints, services
        case loadBalancers = "load-balancers", connections, networks
    }

    @Argument(help: ArgumentHelp("What to list: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "KIND"))
    var kind: Kind
    @OptionGroup var sources: SourceOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingFailures {
            let topology = try sources.load()
            if json {
                let elements = Self.elements(of: kind, in: topology)
                Console.out(JSONValue.array(elements.map { ElementJSON.object($0, in: topology) }).rendered())
            } else {
                Console.out(ElementTable.table(for: kind, in: topology).rendered())
            }
        }
    }

    static func elements(of kind: Kind, in t: NetworkModel) -> [AnyElement] {
        switch kind {
        case .accounts: return t.accounts.map(AnyElement.account)
        case .vpcs: return t.vpcs.map(AnyElement.vpc)
        case .subnets: return t.subnets.map(AnyElement.subnet)
        case .routeTables: return t.routeTables.map(AnyElement.routeTable)
        case .endpoints: return t.endpoints.map(AnyElement.endpoint)
        case .services: return t.services.map(AnyElement.service)
        case .loadBalancers: return t.loadBalancers.map(AnyElement.loadBalancer)
        case .connections: return t.connections.map(AnyElement.connection)
        case .networks: return t.networks.map(AnyElement.network)
        }
    }
}
