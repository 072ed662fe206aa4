/// Code that walks every element of every kind (search keys, counts, exports) walks the
/// tables through a visitor, so a new kind is visited everywhere once it is a table here:
/// `ElementRef.table` makes a new handle case name its table, and `visitTables` switches
/// over the tables exhaustively.
public protocol ElementTableVisitor {
    mutating func visit<E: ModelElement>(_ elements: [E])
}

/// The element tables of a model, one per `ElementRef` case, in kind order.
public enum ElementTable: CaseIterable, Sendable {
    case accounts, vpcs, subnets, routeTables, loadBalancers, services, endpoints, connections, networks
    case instances, networkInterfaces, securityGroups, networkAcls, gateways, prefixLists, transitGatewayRouteTables
}

extension ElementRef {
    /// The table the handle points into.
    public var table: ElementTable {
        switch self {
        case .account: return .accounts
        case .vpc: return .vpcs
        case .subnet: return .subnets
        case .routeTable: return .routeTables
        case .loadBalancer: return .loadBalancers
        case .service: return .services
        case .endpoint: return .endpoints
        case .connection: return .connections
        case .network: return .networks
        case .instance: return .instances
        case .networkInterface: return .networkInterfaces
        case .securityGroup: return .securityGroups
        case .networkAcl: return .networkAcls
        case .gateway: return .gateways
        case .prefixList: return .prefixLists
        case .transitGatewayRouteTable: return .transitGatewayRouteTables
        }
    }
}

extension NetworkModel {
    /// Hands every table to `visitor`, in kind order, without copying the elements.
    public func visitTables<V: ElementTableVisitor>(_ visitor: inout V) {
        for table in ElementTable.allCases {
            switch table {
            case .accounts: visitor.visit(accounts)
            case .vpcs: visitor.visit(vpcs)
            case .subnets: visitor.visit(subnets)
            case .routeTables: visitor.visit(routeTables)
            case .loadBalancers: visitor.visit(loadBalancers)
            case .services: visitor.visit(services)
            case .endpoints: visitor.visit(endpoints)
            case .connections: visitor.visit(connections)
            case .networks: visitor.visit(networks)
            case .instances: visitor.visit(instances)
            case .networkInterfaces: visitor.visit(networkInterfaces)
            case .securityGroups: visitor.visit(securityGroups)
            case .networkAcls: visitor.visit(networkAcls)
            case .gateways: visitor.visit(gateways)
            case .prefixLists: visitor.visit(prefixLists)
            case .transitGatewayRouteTables: visitor.visit(transitGatewayRouteTables)
            }
        }
    }

    /// The number of elements of every kind.
    public var elementCount: Int {
        struct Count: ElementTableVisitor {
            var total = 0
            mutating func visit<E: ModelElement>(_ elements: [E]) { total += elements.count }
        }
        var count = Count()
        visitTables(&count)
        return count.total
    }

    /// Every element, in kind order, then in source order.
    public var allElements: [AnyElement] {
        struct Collect: ElementTableVisitor {
            let model: NetworkModel
            var out: [AnyElement] = []
            mutating func visit<E: ModelElement>(_ elements: [E]) {
                for e in elements { if let found = model.element(e.id) { out.append(found) } }
            }
        }
        var collect = Collect(model: self)
        collect.out.reserveCapacity(elementCount)
        visitTables(&collect)
        return collect.out
    }
}
