import Topology

/// Everything the explorer shows, as one value: the update function makes a new one for
/// every action, and the views draw it. Nothing here touches a terminal.
public struct AppState: Sendable {
    public let model: ExplorerModel
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs
    public var view: ViewID = .architecture
    public var focus: Pane = .list

    public var expanded: Set<TreeNode>
    /// The navigator's visible rows, recomputed only when its shape changes.
    public private(set) var treeRows: [TreeRow] = []
    /// How many elements the tree's filter matches (the tree shows at most the first 2,000).
    public private(set) var treeMatches = 0
    public var tree = ListState()

    /// The checks view's rows (severity headings and findings) and selection.
    public private(set) var checkRows: [CheckRow] = []
    public var checks = ListState()

    /// View 4: the pair being compared, the result, and the selected option row.
    public var compare = CompareState()

    public var endpointTable: TableState
    public var serviceTable: TableState

    /// The link selected in the inspector and the guide panel, and their scroll offsets.
    public var inspector = PaneScroll()
    public var guidePanel = PaneScroll()
    /// A note opened from a link, shown instead of the selection's note; Backspace returns.
    public var guideTopics: [String] = []

    public var filter = ""
    public var prompt: Prompt?
    public var overlay: Overlay?
    public var history: [Place] = []
    public var message: String?
    public var quit = false

    public init(model: ExplorerModel, width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.model = model
        self.width = width
        self.height = height
        self.glyphs = glyphs
        expanded = Set(model.accountOrder.flatMap { id in
            [TreeNode.account(id)] + (model.regionsOfAccount[id] ?? []).map { TreeNode.region(account: id, region: $0) }
        })
        endpointTable = TableState(kind: .endpoints, model: model)
        serviceTable = TableState(kind: .services, model: model)
        refreshTree()
        refreshChecks()
    }

    /// Rebuilds the navigator rows after the expanded set or the filter changed, keeping
    /// the selected node selected when it is still shown.
    public mutating func refreshTree() {
        let current = treeRows.indices.contains(tree.selected) ? treeRows[tree.selected].node : nil
        if filter.isEmpty || view != .architecture {
            treeRows = model.rows(expanded: expanded)
            treeMatches = 0
        } else {
            (treeRows, treeMatches) = model.rows(filter: filter)
        }
        if let current, let index = treeRows.firstIndex(where: { $0.node == current }) {
            tree.selected = index
        } else {
            tree.selected = min(tree.selected, max(0, treeRows.count - 1))
        }
        tree.reveal(height: Screen.listHeight(self))
    }

    /// Rebuilds the checks view's rows for the filter.
    public mutating func refreshChecks() {
        let shown = filter.isEmpty ? Array(model.findings.indices) : model.findingSearch.matches(filter).map(\.key)
        checkRows = CheckRow.rows(shown.map { model.findings[$0] }, indices: shown)
        checks.select(checks.selected, count: checkRows.count, height: Screen.listHeight(self))
        if case .heading? = checkRows[safe: checks.selected], checkRows.count > 1 {
            checks.select(checks.selected + 1, count: checkRows.count, height: Screen.listHeight(self))
        }
    }

    /// The node selected in the navigator.
    public var selectedNode: TreeNode? {
        treeRows.indices.contains(tree.selected) ? treeRows[tree.selected].node : nil
    }

    /// The element the inspector and guide describe: the selection of the current list.
    public var selectedElement: (any Element)? {
        switch view {
        case .endpoints: return endpointTable.selectedID(in: model).flatMap(model.topology.element)
        case .services: return serviceTable.selectedID(in: model).flatMap(model.topology.element)
        case .checks:
            guard case .finding(let index)? = checkRows[safe: checks.selected] else { return nil }
            return model.topology.element(model.findings[index].element)
        default:
            switch selectedNode {
            case .element(let id)?, .account(let id)?: return model.topology.element(id)
            default: return nil
            }
        }
    }
}

/// The scroll offset and selected link of a text pane.
public struct PaneScroll: Equatable, Sendable {
    public var offset = 0
    /// The index of the selected link, or nil before the pane is entered.
    public var link: Int?
}

/// A place to return to with Backspace: a view, and the element selected there.
public struct Place: Equatable, Sendable {
    public let view: ViewID
    public let node: TreeNode?
    public let tableSelection: String?
    /// The selected row of the checks view, when that is where it was.
    public let checkRow: Int?
    public let focus: Pane
}

/// The one-line input at the bottom: a live filter or a jump to an id or name.
public struct Prompt: Equatable, Sendable {
    public enum Kind: Sendable { case filter, jump, compareFrom, compareTo }
    public var kind: Kind
    public var text = ""
    /// For a jump: the completions and the one selected.
    public var completions: [String] = []
    public var completion = ListState()
}

/// What covers the panes: the key help, or a guide note read full screen.
public enum Overlay: Equatable, Sendable {
    case help(offset: Int)
    case note(topic: String, offset: Int)
}
