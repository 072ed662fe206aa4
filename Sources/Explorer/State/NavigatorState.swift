/// View 1's state: which nodes of the tree are open, the rows that shows, and the selection.
public struct NavigatorState: Sendable {
    public var expanded: Set<TreeNode>
    /// The visible rows, rebuilt only when the tree's shape or the filter changes.
    public private(set) var rows: [TreeRow] = []
    /// How many elements the filter matches (the tree shows at most the first 2,000).
    public private(set) var matches = 0
    public var list = ListState()

    /// Accounts and their regions start open.
    init(model: ExplorerModel) {
        expanded = Set(model.accountOrder.flatMap { id in
            [TreeNode.account(id)] + (model.regionsOfAccount[id] ?? []).map { TreeNode.region(account: id, region: $0) }
        })
    }

    /// The node of the selected row.
    public var selectedNode: TreeNode? { rows[safe: list.selected]?.node }

    /// Rebuilds the rows after the open nodes or the filter changed, keeping the selected
    /// node selected when it is still shown.
    mutating func refresh(model: ExplorerModel, filter: String, height: Int) {
        let current = selectedNode
        if filter.isEmpty {
            rows = model.rows(expanded: expanded)
            matches = 0
        } else {
            (rows, matches) = model.rows(filter: filter)
        }
        if let current, let index = rows.firstIndex(where: { $0.node == current }) {
            list.selected = index
        } else {
            list.selected = min(list.selected, max(0, rows.count - 1))
        }
        list.reveal(height: height)
    }

    /// Selects the row showing `node`, if it is shown.
    mutating func select(_ node: TreeNode, height: Int) {
        guard let row = rows.firstIndex(where: { $0.node == node }) else { return }
        list.select(row, count: rows.count, height: height)
    }
}
