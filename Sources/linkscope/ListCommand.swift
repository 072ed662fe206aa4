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
            let elements = Self.elements(of: kind, in: topology)
            if json {
                print(JSONValue.array(elements.map { ElementJSON.object($0, in: topology) }).rendered())
            } else {
                print(ElementTable.table(for: kind, elements, in: topology).rendered())
            }
        }
    }

    static func elements(of kind: Kind, in t: Topology) -> [any Element] {
        switch kind {
        case .accounts: return t.accounts
        case .vpcs: return t.vpcs
        case .subnets: return t.subnets
        case .routeTables: return t.routeTables
        case .endpoints: return t.endpoints
        case .services: return t.services
        case .loadBalancers: return t.loadBalancers
        case .connections: return t.connections
        case .networks: return t.networks
        }
    }
}
