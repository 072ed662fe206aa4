import Topology

/// A column of an element table: its title, the widest it grows, and its cell text.
struct TableColumn: Sendable {
    let title: String
    let cap: Int
    /// Shrinking stops here while any other column can still give up a cell.
    let floor: Int
    /// Numeric columns sort by number and align right.
    let numeric: Bool
    /// Ids and names differ at their end: a cut keeps the end and drops the middle.
    let keepsEnd: Bool
    /// How long the column stays when the pane is narrow: the lowest goes first.
    let keep: Int
    let value: @Sendable (NetworkModel, Int) -> String

    init(_ title: String, _ cap: Int, floor: Int = 6, keep: Int, numeric: Bool = false, keepsEnd: Bool = false,
         _ value: @escaping @Sendable (NetworkModel, Int) -> String) {
        self.title = title
        self.cap = cap
        self.floor = floor
        self.keep = keep
        self.numeric = numeric
        self.keepsEnd = keepsEnd
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

    func count(in topology: NetworkModel) -> Int {
        self == .endpoints ? topology.endpoints.count : topology.services.count
    }

    func id(_ index: Int, in topology: NetworkModel) -> String {
        self == .endpoints ? topology.endpoints[index].id : topology.services[index].id
    }

    /// The row of element `id` in this table, found through the model's index.
    func row(of id: String, in topology: NetworkModel) -> Int? {
        if self == .endpoints, case .endpoint(let i)? = topology.ref(id) { return i }
        if self == .services, case .service(let i)? = topology.ref(id) { return i }
        return nil
    }

    private static let endpointColumns: [TableColumn] = [
        TableColumn("ID", 24, floor: 22, keep: 9, keepsEnd: true) { m, i in m.endpoints[i].id },
        TableColumn("NAME", 32, floor: 14, keep: 8, keepsEnd: true) { m, i in m.endpoints[i].name },
        TableColumn("TYPE", 21, floor: 9, keep: 4) { m, i in m.endpoints[i].type.rawValue },
        TableColumn("VPC", 24, floor: 10, keep: 5) { m, i in
            let e = m.endpoints[i]
            return m.vpc(e.vpc)?.name ?? e.vpc
        },
        TableColumn("SERVICE", 30, floor: 10, keep: 6, keepsEnd: true) { m, i in
            let e = m.endpoints[i]
            guard let s = m.service(of: e) else { return e.service ?? "-" }
            if let short = s.awsShortName { return short }
            // The name's last component (`vpce-svc-…`), found without splitting the name.
            if let dot = s.name.lastIndex(of: "."), s.name.index(after: dot) != s.name.endIndex {
                return String(s.name[s.name.index(after: dot)...])
            }
            return s.name.split(separator: ".").last.map(String.init) ?? s.name
        },
        TableColumn("STATE", 18, floor: 9, keep: 7) { m, i in m.endpoints[i].state.rawValue },
        TableColumn("ZONE IDS", 30, floor: 8, keep: 2) { m, i in
            m.zoneIds(ofSubnets: m.endpoints[i].subnets).joined(separator: ",")
        },
        TableColumn("DNS", 3, keep: 1) { m, i in m.endpoints[i].privateDns ? "yes" : "no" },
    ]

    private static let serviceColumns: [TableColumn] = [
        // An AWS service's id is its name: the name keeps more room when space is short.
        TableColumn("ID", 24, floor: 12, keep: 6, keepsEnd: true) { m, i in m.services[i].id },
        TableColumn("NAME", 32, floor: 18, keep: 9, keepsEnd: true) { m, i in m.services[i].name },
        TableColumn("KIND", 16, floor: 11, keep: 4) { m, i in m.services[i].serviceKind.rawValue },
        TableColumn("TYPE", 21, floor: 9, keep: 5) { m, i in m.services[i].type?.rawValue ?? "-" },
        TableColumn("REGION", 14, floor: 9, keep: 3) { m, i in m.services[i].region ?? "-" },
        TableColumn("LBS", 3, keep: 2, numeric: true) { m, i in String(m.services[i].loadBalancers.count) },
        TableColumn("CONSUMERS", 9, keep: 7, numeric: true) { m, i in
            String(m.consumerCount(ofService: m.services[i].id))
        },
    ]
}
