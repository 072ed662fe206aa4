import Analysis
import Topology

/// The parts of an `ExplorerModel` computed after the first frame (see `Deferred`). A
/// terminal session computes them in the background in this order, most visible first;
/// anything that needs one sooner computes it on the spot.
public enum ModelPart: CaseIterable, Sendable, Hashable {
    /// The checks' findings: the markers in the tree and tables, view 5.
    case checks
    /// Search keys of every element: the tree's filter, the jump line's completions.
    case search
    /// The endpoints table's filter text and per-column sort orders (view 2).
    case endpointTable
    /// The services table's (view 3).
    case serviceTable

    /// How the status line names the part while it is being prepared.
    public var label: String {
        switch self {
        case .checks: return "checks"
        case .search: return "search"
        case .endpointTable: return "endpoints"
        case .serviceTable: return "services"
        }
    }
}

/// The search keys of every element, in `allElements` order.
struct ElementSearch: Sendable {
    let keys: SearchIndex
    let ids: [String]

    init(_ topology: NetworkModel) {
        // In `allElements` order, without building that array of 100,000 elements.
        struct Pairs: ElementTableVisitor {
            var pairs: [(id: String, name: String)] = []
            mutating func visit<E: ModelElement>(_ elements: [E]) { for e in elements { pairs.append((e.id, e.name)) } }
        }
        var collect = Pairs()
        collect.pairs.reserveCapacity(topology.elementCount)
        topology.visitTables(&collect)
        let pairs = collect.pairs
        keys = SearchIndex(count: pairs.count) { [pairs[$0].id, pairs[$0].name] }
        ids = pairs.map(\.id)
    }
}

/// The checks' findings, by element, and their search keys (view 5's filter).
struct CheckResults: Sendable {
    let findings: [Finding]
    let byElement: [String: [Finding]]
    let search: SearchIndex

    init(_ topology: NetworkModel) {
        findings = Checks.run(topology)
        byElement = Checks.byElement(findings)
        search = SearchIndex(findings.map { [$0.severity.rawValue, $0.rule, $0.element, $0.message].joined(separator: " ") })
    }
}
