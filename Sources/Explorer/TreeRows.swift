/// Flattening the navigator tree into visible rows. It runs when the tree's shape changes
/// (a node opens or closes, the filter changes), never on a mere move, so a keystroke
/// costs the rows on screen, not the size of the architecture.
extension ExplorerModel {
    /// The rows of the tree with `expanded` nodes open.
    func rows(expanded: Set<TreeNode>) -> [TreeRow] {
        var out: [TreeRow] = []
        func visit(_ node: TreeNode, depth: Int) {
            let open = expanded.contains(node)
            let kids = open || hasChildrenCheap(node) == nil ? children(of: node) : []
            let has = hasChildrenCheap(node) ?? !kids.isEmpty
            out.append(TreeRow(node: node, depth: depth, hasChildren: has))
            if open { for child in kids { visit(child, depth: depth + 1) } }
        }
        for node in topLevel { visit(node, depth: 0) }
        return out
    }

    /// The rows showing every element whose id or name contains `filter` (ignoring case),
    /// with the nodes above them, all open.
    func rows(filter: String) -> [TreeRow] {
        let needle = filter.lowercased()
        var keep = Set<TreeNode>()
        for (id, key) in searchKeys where key.contains(needle) {
            for node in path(to: id) ?? [] { keep.insert(node) }
        }
        var out: [TreeRow] = []
        func visit(_ node: TreeNode, depth: Int) {
            let kids = children(of: node).filter(keep.contains)
            out.append(TreeRow(node: node, depth: depth, hasChildren: !kids.isEmpty))
            for child in kids { visit(child, depth: depth + 1) }
        }
        for node in topLevel where keep.contains(node) { visit(node, depth: 0) }
        return out
    }

    /// Whether a node has children, when that is known without listing them (nil: list them).
    private func hasChildrenCheap(_ node: TreeNode) -> Bool? {
        switch node {
        case .account, .region, .group, .root: return true
        case .element(let id): return topology.vpc(id) == nil ? false : nil
        }
    }
}
