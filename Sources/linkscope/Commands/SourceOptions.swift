import ArgumentParser
import Importers
import Topology

/// The `--source` option every command that reads an architecture takes.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "An architecture file (.yaml, .yml, .json), a folder of AWS CLI JSON, or sample:NAME; repeat to merge several. Default: the built-in sample.",
        valueName: "SOURCE"))
    var source: [String] = []

    func load() throws -> NetworkModel {
        KeptUntilExit.keep(try ImporterRegistry.load(source))
    }
}
