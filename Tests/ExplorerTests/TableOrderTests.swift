import Testing
@testable import Explorer

/// Filtering narrows the last match set and sorting walks cached orders: the rows must
/// be exactly those a full scan and a fresh sort would give.
@Suite struct TableOrderTests {
    /// The rows whose cells, joined and lower-cased, contain `filter`, sorted by `column`
    /// (key, then row), as the table ordered them before it cached anything.
    static func expected(_ filter: String, column: Int, ascending: Bool, kind: TableKind = .endpoints,
                         model m: ExplorerModel = sampleModel) -> [Int] {
        let columns = kind.columns
        let t = m.topology
        let rows = (0..<kind.count(in: t)).filter { row in
            filter.isEmpty || columns.map { $0.value(t, row) }.joined(separator: " ").lowercased().contains(filter.lowercased())
        }
        if column == 0 && ascending && filter.isEmpty { return rows }
        let c = columns[column]
        let sorted: [Int]
        if c.numeric {
            sorted = rows.sorted { (Int(c.value(t, $0)) ?? 0, $0) < (Int(c.value(t, $1)) ?? 0, $1) }
        } else {
            sorted = rows.sorted { (c.value(t, $0).lowercased(), $0) < (c.value(t, $1).lowercased(), $1) }
        }
        return ascending ? sorted : sorted.reversed()
    }

    @Test func aGrowingFilterNarrowsToWhatAFullScanFinds() {
        var s = state("2 /")
        for c in "vpce-0a" {
            s = Update.apply(.key(.character(c)), to: s)
            #expect(s.endpointTable.order == Self.expected(s.filter, column: 0, ascending: true), "filter \(s.filter)")
        }
        #expect(s.endpointTable.order.count < sampleModel.topology.endpoints.count)
    }

    @Test func aShrinkingFilterWidensAgain() {
        var s = state("2 / i n t e r f")
        let narrow = s.endpointTable.order
        for _ in 0..<4 {
            s = Update.apply(.key(.backspace), to: s)
            #expect(s.endpointTable.order == Self.expected(s.filter, column: 0, ascending: true), "filter \(s.filter)")
        }
        #expect(s.endpointTable.order.count > narrow.count)
    }

    @Test func aFilterThatIsNotAnExtensionStartsOver() {
        // "gate" then "gatx" (backspace, x): the second does not contain the first.
        let s = state("2 / g a t e BSpace x")
        #expect(s.filter == "gatx")
        #expect(s.endpointTable.order == Self.expected("gatx", column: 0, ascending: true))
        let t = state("2 / s t a t e BSpace BSpace BSpace BSpace BSpace a v a i")
        #expect(t.endpointTable.order == Self.expected("avai", column: 0, ascending: true))
    }

    @Test func everyColumnSortsStablyBothWaysWithAndWithoutAFilter() {
        var s = state("2")
        for column in 1..<TableKind.endpoints.columns.count {
            s = Update.apply(.key(.character("s")), to: s)
            #expect(s.endpointTable.sortColumn == column)
            #expect(s.endpointTable.order == Self.expected("", column: column, ascending: true), "column \(column)")
            let reversed = Update.apply(.key(.character("r")), to: s)
            #expect(reversed.endpointTable.order == Self.expected("", column: column, ascending: false), "column \(column) reversed")
        }
        let filtered = state("2 / e Enter s s r")
        #expect(filtered.endpointTable.order == Self.expected("e", column: 2, ascending: false))
    }

    @Test func numericColumnsSortByNumberWithTiesInSourceOrder() {
        // Services: column 6 is CONSUMERS; many services share a count.
        let s = state("3 s s s s s s")
        #expect(s.serviceTable.sortColumn == 6)
        #expect(s.serviceTable.order == Self.expected("", column: 6, ascending: true, kind: .services))
    }

    @Test func theSelectionFollowsItsRowThroughASort() {
        let s = state("2 Down Down")
        let id = s.selectedElement?.id
        #expect(state("2 Down Down s").selectedElement?.id == id)
        #expect(state("2 Down Down s r").selectedElement?.id == id)
    }

    @Test func searchIndexNarrowsOnlyAmongCandidates() {
        let index = SearchIndex(count: 4) { [["Alpha", "one"], ["beta", "ONE"], ["gamma", "two"], ["delta", "ône"]][$0] }
        #expect(index.matches("one").map(\.key) == [0, 1])
        #expect(index.keys(containing: "ONE", among: [1, 2, 3]) == [1])
        #expect(index.keys(containing: "ône", among: [0, 1, 2, 3]) == [3])
        #expect(index.keys(containing: "a o", among: [0, 1, 2, 3]) == [0, 1])
        #expect(SearchIndex.contains("vpce-0", "PCE"))
        #expect(!SearchIndex.contains("gatx", "gate"))
    }
}
