/// The explorer's views, switched with the number keys.
public enum ViewID: Int, CaseIterable, Sendable {
    case architecture = 1, endpoints, services, compare, checks, map, trace

    public var title: String {
        switch self {
        case .architecture: return "Architecture"
        case .endpoints: return "Endpoints"
        case .services: return "Services"
        case .compare: return "Compare"
        case .checks: return "Checks"
        case .map: return "Map"
        case .trace: return "Trace"
        }
    }
}

/// The panes that take the keyboard focus, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
    case list, inspector, guide

    /// The pane's name in hints ("Tab guide").
    var title: String {
        switch self {
        case .list: return "list"
        case .inspector: return "inspector"
        case .guide: return "guide"
        }
    }
}
