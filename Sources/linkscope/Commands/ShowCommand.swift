import ArgumentParser
import Topology

/// `linkscope show [ID_OR_NAME]`: one element with every field and what it links to;
/// without an argument, an overview of the whole architecture.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one element, all its fields and what it links to (no argument: an overview).")

    @Argument(help: ArgumentHelp("An element id, or a name (ignoring case).", valueName: "ID_OR_NAME"))
    var query: String?
    @OptionGroup var sources: SourceOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingFailures {
            let topology = try sources.load()
            guard let query else {
                if json { Overview.json(topology).emit() } else { Console.out(Overview.text(topology)) }
                return
            }
            let element = try Self.find(query, in: topology)
            if json { ElementDetail.writeJSON(element, in: topology) } else { Console.out(ElementDetail.text(element, in: topology)) }
        }
    }

    /// The one element `query` names, or a failure that suggests close ids and names.
    static func find(_ query: String, in topology: NetworkModel) throws -> AnyElement {
        let matches = topology.resolve(query)
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            let list = matches.map { "  \($0.id)  \($0.kind.noun)  \($0.name)" }.joined(separator: "\n")
            throw Failure.input("'\(query)' names \(matches.count) elements; give one id:\n\(list)")
        }
        let candidates = topology.allElements.flatMap { [$0.id, $0.name] }
        let near = Suggestion.near(query, in: Set(candidates))
        let hint = near.isEmpty ? "" : "; did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?"
        throw Failure.input("no element has the id or name '\(query)'\(hint)")
    }
}
