import Foundation
import Testing

/// Every command's output on two samples, byte for byte, against files recorded from a
/// known-good build: a refactor that changes what users see fails here, not in review.
/// Record anew (after a deliberate change) with `LINKSCOPE_RECORD_GOLDEN=1 swift test
/// --filter GoldenOutputTests`, then read the diff.
@Suite struct GoldenOutputTests {
    static let samples = ["sample:default", "sample:saas-privatelink"]

    /// The commands, without the source; each names its golden file.
    static let commands: [(name: String, arguments: [String])] = {
        var list: [(String, [String])] = []
        for kind in ["accounts", "vpcs", "subnets", "route-tables", "endpoints", "services", "load-balancers",
                     "connections", "networks"] {
            list.append(("list-\(kind)", ["list", kind]))
            list.append(("list-\(kind)-json", ["list", kind, "--json"]))
        }
        list += [
            ("show-overview", ["show"]),
            ("check", ["check"]),
            ("check-json", ["check", "--json"]),
            ("check-sarif", ["check", "--format", "sarif"]),
            ("render-start", ["render", "--size", "120x40", "--keys", ""]),
            ("render-tree", ["render", "--size", "120x40", "--keys", "Down Down Enter Down Down Right Down"]),
            ("render-endpoints", ["render", "--size", "120x40", "--keys", "2 Down s"]),
            ("render-services", ["render", "--size", "120x40", "--keys", "3 Down Down Tab Down"]),
            ("render-compare", ["render", "--size", "120x40", "--keys", "4"]),
            ("render-checks", ["render", "--size", "120x40", "--keys", "5 Down Enter"]),
            ("render-map", ["render", "--size", "120x40", "--keys", "6"]),
            ("map-text", ["map", "--width", "400"]),
            ("map-mermaid", ["map", "--format", "mermaid"]),
            ("map-dot", ["map", "--format", "dot"]),
            ("render-help", ["render", "--size", "100x30", "--keys", "?"]),
            ("render-filter", ["render", "--size", "100x30", "--keys", "/ end Enter Down"]),
            ("render-guide-pane", ["render", "--size", "100x30", "--keys", "Down Down Tab Tab Down Enter"]),
        ]
        return list
    }()

    /// Commands that need no source, or name elements of one sample.
    static let fixed: [(name: String, arguments: [String])] = [
        ("samples", ["samples"]),
        ("guide-list", ["guide"]),
        ("guide-private-link", ["guide", "private-link"]),
        ("guide-interface-endpoint-json", ["guide", "interface-endpoint", "--json"]),
        ("default-show-storefront", ["show", "storefront", "--source", "sample:default"]),
        ("default-show-endpoint-json", ["show", "storefront-to-payments-api", "--json", "--source", "sample:default"]),
        ("default-compare", ["compare", "storefront", "payments-api", "--source", "sample:default"]),
        ("default-compare-json", ["compare", "storefront", "s3", "--json", "--gb-per-month", "500",
                                  "--source", "sample:default"]),
        ("default-render-compare-pair", ["render", "--size", "120x40", "--source", "sample:default",
                                         "--keys", ": storefront Enter c payments-api Enter Down"]),
        ("saas-show-vpc-json", ["show", "vpc-0d864d21550cbf8d5", "--json", "--source", "sample:saas-privatelink"]),
        ("compare-options", ["compare", "--options"]),
        ("default-map-storefront", ["map", "storefront", "--width", "120", "--source", "sample:default"]),
        ("default-map-storefront-2-hops", ["map", "storefront", "--hops", "2", "--width", "200", "--source", "sample:default"]),
    ]

    /// Every view, with a selection and the text panes in use, at the sizes people use:
    /// the smallest the explorer draws, a default terminal or tmux split, and a large one.
    static let frames: [(name: String, arguments: [String])] = {
        let views = [("architecture", "Down Down Enter Down Down Right Down"), ("endpoints", "2 Down Down"),
                     ("services", "3 Down"), ("compare", "4 Down"), ("checks", "5 Down"), ("map", ": vpc-0f5400cb341c90ca7 Enter 6 Tab")]
        return views.flatMap { view, keys in
            ["50x12", "80x24", "120x40"].map { size in
                ("frame-\(view)-\(size)", ["render", "--size", size, "--keys", keys])
            }
        }
    }()

    static var cases: [(name: String, arguments: [String])] {
        samples.flatMap { sample in
            commands.map { ("\(sample.dropFirst("sample:".count))-\($0.name)", $0.arguments + ["--source", sample]) }
        } + fixed + frames
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: cases.map(\.name))
    func outputIsUnchanged(_ name: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }).arguments
        let run = try linkscope(arguments: arguments)
        let actual = "$ linkscope \(arguments.joined(separator: " "))\nexit \(run.status)\n--- stdout\n\(run.stdout)--- stderr\n\(run.stderr)"
        let file = Self.folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["LINKSCOPE_RECORD_GOLDEN"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "output of `linkscope \(arguments.joined(separator: " "))` changed; see \(file.path)")
    }
}
