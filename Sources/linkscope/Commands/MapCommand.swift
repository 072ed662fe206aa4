import Analysis
import ArgumentParser
import Explorer
import Foundation
import Topology

/// `linkscope map [ID_OR_NAME]`: the map of view 6 as text, or exported for documents.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw the architecture's map (the neighbourhood of an element, or all), or export it as Mermaid or DOT.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, mermaid, dot
    }

    @Argument(help: ArgumentHelp("Centre on this element (an id or a name); without it, the whole architecture.",
                                 valueName: "ID_OR_NAME"))
    var query: String?
    @Option(help: "How many lines away from the element to show (default 1).") var hops: Int?
    @Option(help: "text (the drawing), mermaid or dot.") var format: Format = .text
    @Option(help: "Columns for text (default: the terminal's, else 120).") var width: Int?
    @OptionGroup var sources: SourceOptions

    func validate() throws {
        if let hops, hops < 0 { throw ValidationError("--hops must be 0 or more") }
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
        if query == nil, hops != nil { throw ValidationError("--hops needs an element to count from") }
    }

    func run() throws {
        try reportingFailures {
            let topology = try sources.load()
            let whole = MapGraph(topology)
            var graph = whole
            var focus: String?
            if let query {
                let element = try ShowCommand.find(query, in: topology)
                guard let centre = whole.focus(for: element, in: topology) else {
                    throw Failure.input("'\(query)' is not on the map (a \(element.kind.noun) with no links drawn)")
                }
                focus = centre
                graph = whole.neighbourhood(of: centre, hops: hops ?? 1)
            }
            switch format {
            case .text:
                let worst = Checks.byElement(Checks.run(topology)).mapValues { $0.map(\.severity).max() }
                MapText.write(graph, focus: focus, width: width ?? Self.terminalWidth(), finding: { worst[$0] ?? nil })
            case .mermaid: MapExport.mermaid(graph, line: Console.out)
            case .dot: MapExport.dot(graph, line: Console.out)
            }
        }
    }

    /// The terminal's width when standard output is one, else 120.
    static func terminalWidth() -> Int {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 else {
            return 120
        }
        return Int(size.ws_col)
    }
}

/// The map drawn as plain text, the same drawing as view 6.
enum MapText {
    static func write(_ graph: MapGraph, focus: String?, width: Int, finding: @escaping (String) -> Severity?) {
        let layout = MapLayout(graph)
        let shown = min(width, max(1, layout.width))
        var frame = Frame(width: shown, height: max(1, layout.height))
        MapCanvas(layout: layout, selectedNode: focus, finding: finding).draw(into: &frame, area: frame.area, origin: (0, 0))
        Console.out(frame.lines.joined(separator: "\n"))
        if layout.width > width {
            Console.out("(the map is \(layout.width) columns wide; --width \(layout.width) shows it all)")
        }
    }
}
