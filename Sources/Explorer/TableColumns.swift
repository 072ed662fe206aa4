import Topology

/// A column of an element table: its title, the widest it grows, and its cell text.
struct TableColumn: Sendable {
    let title: String
    let cap: Int
    /// Shrinking stops here while any other column can still give up a cell.
    let floor: Int
    /// Numeric columns sort by number and align right.
    let numeric: Bool
    let value: @Sendable (ExplorerModel, Int) -> String

    init(_ title: String, _ cap: Int, floor: Int = 6, numeric: Bool = false,
         _ value: @escaping @Sendable (ExplorerModel, Int) -> String) {
        self.title = title
        self.cap = cap
        self.floor = floor
        self.numeric = numeric
        self.value = value
    }
}

/// The tables of views 2 and 3.
public enum TableKind: Sendable {
    case endpoints, services

    var title: String { self == .endpoints ? "Endpoints" : "Services" }

    var columns: [TableColumn] {
        switch self {
        case .endpoints: return TableKind.endpointColumns
        case .services: return TableKind.serviceColumns
        }
    }

    func count(in model: ExplorerModel) -> Int {
        self == .endpoints ? model.topology.endpoints.count : model.topology.services.count
    }

    func id(_ index: Int, in model: ExplorerModel) -> String {
        self == .endpoints ? model.topology.endpoints[index].id : model.topology.services[index].id
    }

    private static let endpointColumns: [TableColumn] = [
        TableColumn("ID", 24, floor: 22) { m, i in m.topology.endpoints[i].id },
        TableColumn("NAME", 32) { m, i in m.topology.endpoints[i].name },
        TableColumn("TYPE", 21) { m, i in m.topology.endpoints[i].type.rawValue },
        TableColumn("VPC", 24) { m, i in
            let e = m.topology.endpoints[i]
            return m.topology.vpc(e.vpc)?.name ?? e.vpc
        },
        TableColumn("SERVICE", 30) { m, i in
            let e = m.topology.endpoints[i]
            guard let s = m.topology.service(of: e) else { return e.service ?? "-" }
            return s.awsShortName ?? s.name.split(separator: ".").last.map(String.init) ?? s.name
        },
        TableColumn("STATE", 18, floor: 9) { m, i in m.topology.endpoints[i].state.rawValue },
        TableColumn("ZONE IDS", 30) { m, i in
            m.topology.zoneIds(ofSubnets: m.topology.endpoints[i].subnets).joined(separator: ",")
        },
        TableColumn("DNS", 3) { m, i in m.topology.endpoints[i].privateDns ? "yes" : "no" },
    ]

    private static let serviceColumns: [TableColumn] = [
        TableColumn("ID", 24, floor: 22) { m, i in m.topology.services[i].id },
        TableColumn("NAME", 32) { m, i in m.topology.services[i].name },
        TableColumn("KIND", 16) { m, i in m.topology.services[i].serviceKind.rawValue },
        TableColumn("TYPE", 21) { m, i in m.topology.services[i].type?.rawValue ?? "-" },
        TableColumn("REGION", 14) { m, i in m.topology.services[i].region ?? "-" },
        TableColumn("LBS", 3, numeric: true) { m, i in String(m.topology.services[i].loadBalancers.count) },
        TableColumn("CONSUMERS", 9, numeric: true) { m, i in
            String(m.topology.consumers(ofService: m.topology.services[i].id).count)
        },
    ]
}
