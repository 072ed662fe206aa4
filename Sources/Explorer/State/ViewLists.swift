import Topology

/// The one place that says, per view, which list of rows the view has: its selection,
/// how many rows it holds, and how to rebuild it for the filter. Every switch here is
/// exhaustive, so a new view does not compile until it says what its list is.
extension AppState {
    /// Where the current view's selection lives; nil for a view without a list (the map).
    static func listPath(_ view: ViewID) -> WritableKeyPath<AppState, ListState>? {
        switch view {
        case .architecture: return \.navigator.list
        case .endpoints: return \.endpointTable.list
        case .services: return \.serviceTable.list
        case .compare: return \.compare.list
        case .checks: return \.checks.list
        case .trace: return \.trace.list
        case .map: return nil
        }
    }

    /// The rows of the current view's list.
    var rowCount: Int {
        switch view {
        case .architecture: return navigator.rows.count
        case .endpoints: return endpointTable.order.count
        case .services: return serviceTable.order.count
        case .compare: return compare.rowCount
        case .checks: return checks.rows.count
        case .trace: return trace.rows.count
        case .map: return 0
        }
    }

    /// The current view's selection and scroll position, when it has a list.
    var list: ListState? {
        get { Self.listPath(view).map { self[keyPath: $0] } }
        set {
            guard let path = Self.listPath(view), let newValue else { return }
            self[keyPath: path] = newValue
        }
    }

    /// Rebuilds the current view's rows for the filter, keeping the selection where it can.
    mutating func refreshList() {
        let height = PaneLayout.listHeight(self)
        switch view {
        case .architecture: navigator.refresh(model: model, filter: filter, height: height)
        case .endpoints: endpointTable.refresh(model: model, filter: filter, height: height)
        case .services: serviceTable.refresh(model: model, filter: filter, height: height)
        case .checks: checks.refresh(model: model, filter: filter, height: height)
        case .map: refreshMap()
        case .compare, .trace: break
        }
    }

    /// The element the inspector and guide describe: the selection of the current list.
    public var selectedElement: AnyElement? {
        let t = model.topology
        switch view {
        case .architecture:
            switch navigator.selectedNode {
            case .element(let id)?, .account(let id)?: return t.element(id)
            case .region?, .group?, .root?, nil: return nil
            }
        case .endpoints: return endpointTable.selectedID(in: model).flatMap(t.element)
        case .services: return serviceTable.selectedID(in: model).flatMap(t.element)
        case .checks: return checks.selectedFinding.flatMap { t.element(model.findings[$0].element) }
        case .map: return map.selected.flatMap(t.element)
        case .trace: return trace.selectedHop.flatMap { t.element($0.element) }
        case .compare: return nil
        }
    }

    /// Lays the map out again for its focus, hops and the filter, and keeps the selection
    /// in sight.
    mutating func refreshMap() {
        map.rebuild(model.mapGraph, filter: filter)
        revealMapSelection()
    }

    mutating func revealMapSelection() {
        let inner = PaneLayout.listArea(self).inner
        map.reveal(width: inner.width, height: inner.height)
    }
}
