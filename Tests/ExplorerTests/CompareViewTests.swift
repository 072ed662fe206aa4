import Testing
import Guide
@testable import Importers
import Topology
@testable import Explorer

@Suite struct CompareViewTests {
    static let saas: ExplorerModel = {
        let topology = try! ImporterRegistry.load(["sample:saas-privatelink"])
        return ExplorerModel(topology: topology, guide: GuideLibrary.builtIn)
    }()

    @Test func withoutAPairTheCatalogueIsComparedSideBySide() {
        let lines = screen("4")
        #expect(lines.contains(text: "Connectivity options"))
        for column in ["OPTION", "DIRECTION", "TRANSITIVE", "OVERLAP", "X-ACCOUNT", "X-REGION", "LAYER"] {
            #expect(lines[2].contains(column), "\(column)")
        }
        #expect(lines.contains(text: "vpc-peering"))
        #expect(lines.contains(text: "nat-gateway-internet"))
    }

    @Test func cOnAnElementComparesFromItAndRanksTheOptions() {
        let s = state(": globex-platform Enter c metricly-ingest Enter", width: 140, model: Self.saas)
        #expect(s.view == .compare)
        let comparison = try! #require(s.compare.comparison)
        #expect(comparison.from.name == "globex-platform" && comparison.to.name == "metricly-ingest")
        let lines = Screen.draw(s).lines
        #expect(lines.contains(text: "Compare globex-platform → metricly-ingest"))
        let peering = try! #require(lines.first { $0.contains("│ vpc-peering ") })
        #expect(peering.contains("✗"))
        let interface = try! #require(lines.first { $0.contains("│ interface-endpoint ") })
        #expect(interface.contains("✓ built"))
        #expect(lines.firstIndex { $0.contains("│ interface-endpoint ") }! < lines.firstIndex { $0.contains("│ vpc-peering ") }!)
    }

    @Test func theInspectorGivesTheReasonsAndTheGuideFollowsTheRow() {
        let keys = ": globex-platform Enter c metricly-ingest Enter"
        var s = state(keys, width: 140, height: 60, model: Self.saas)
        let peeringRow = s.compare.comparison!.assessments.firstIndex { $0.id == .vpcPeering }!
        s.compare.list.selected = peeringRow
        let lines = Screen.draw(s).lines
        #expect(lines.contains(text: "not possible for this pair"))
        #expect(lines.contains(text: "✗ overlapping-cidrs"))
        #expect(GuideContent.topic(s) == "vpc-peering")
        #expect(lines.contains(text: "VPC Peering"))
    }

    @Test func swapAndPickEnds() {
        let s = state(": globex-platform Enter c metricly-ingest Enter x", width: 140, model: Self.saas)
        #expect(s.compare.comparison?.from.name == "metricly-ingest")
        let unknown = state("4 f zzz-nothing Enter", model: Self.saas)
        #expect(unknown.message?.hasPrefix("no VPC, subnet, service or network has the id or name 'zzz-nothing'") == true)
        let picked = state("4 f globex-platform Enter", model: Self.saas)
        #expect(picked.compare.from == "vpc-0ba9a6b45c52308fc")
        #expect(picked.prompt?.kind == .compareTo)
    }
}

@Suite struct CompareFromSelectionTests {
    @Test func anEndpointComparesFromItsVPC() {
        let s = state(": initech-to-metricly Enter c metricly-ingest Enter", width: 140, model: CompareViewTests.saas)
        #expect(s.compare.from == "vpc-0a04d17700b8f5e89")
        #expect(s.compare.comparison?.from.name == "initech-reporting")
    }

    @Test func anAccountAsksForTheSource() {
        let s = state("c", model: CompareViewTests.saas)
        #expect(s.compare.from == nil)
        #expect(s.prompt?.kind == .compareFrom)
    }
}
