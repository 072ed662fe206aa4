/// Flattening the navigator tree into visible rows. It runs when the tree's shape changes
/// (a node opens or closes, the filter changes), never on a mere move, so a keystroke
/// costs the rows on screen, not the size of the architecture.
extension ExplorerModel {
    /// The rows of the tree with `expanded` nodes open.
    func rows(expanded: Set<TreeNode>) -> [TreeRow] {
        var out: [TreeRow] = []
        func visit(_ node: TreeNode, depth: Int) {
            let open = expanded.contains(node)
            let cheap = hasChildrenCheap(node)
            let kids = open || cheap == nil ? children(of: node) : []
            let has = cheap ?? !kids.isEmpty
            out.append(TreeRow(node: node, depth: depth, hasChildren: has))
            if open { for child in kids { visit(child, depth: depth + 1) } }
        }
        for node in topLevel { visit(node, depth: 0) }
        return out
    }

    /// Beyond this many matches the tree shows the first ones and says how many there are:
    /// a filter is for narrowing down, and the rows must stay cheap to build per keystroke.
    static let filterRowLimit = 2_000

    /// The rows showing the elements whose id or name contains `filter` (ignoring case),
    /// with the nodes above them, all open; and the number of matches in all.
    func rows(filter: String) -> (rows: [TreeRow], matches: Int) {
        let matches = search.matches(filter)
        var keep = Set<TreeNode>()
        for match in matches.prefix(Self.filterRowLimit) {
            for node in path(to: searchIDs[match.key]) ?? [] { keep.insert(node) }
        }
        var out: [TreeRow] = []
        func visit(_ node: TreeNode, depth: Int) {
            let kids = children(of: node).filter(keep.contains)
            out.append(TreeRow(node: node, depth: depth, hasChildren: !kids.isEmpty))
            for child in kids { visit(child, depth: depth + 1) }
        }
        for node in topLevel where keep.contains(node) { visit(node, depth: 0) }
        return (out, matches.count)
    }

    /// Whether a node has children, known without listing them (nil: list them).
    private func hasChildrenCheap(_ node: TreeNode) -> Bool? {
        switch node {
        case .account, .region, .group, .root: return true
        case .element(let id):
            // Only a VPC has children, and which ones do is known from the model's start:
            // the tree has thousands of VPC rows to rebuild when a node opens.
            return vpcsWithChildren.contains(id)
        }
    }
}
