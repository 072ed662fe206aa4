import ArgumentParser
import Explorer
import Guide
import Importers
import Topology

/// What the explorer needs loaded: the sources, and the user's own guide notes.
struct ExplorerOptions: ParsableArguments {
    @OptionGroup var sources: SourceOptions
    @Option(name: .long, help: ArgumentHelp("A folder of your own notes (.md, searched recursively) to add to the guide.",
                                            valueName: "DIR"))
    var notes: String?

    func model(extraSources: [String] = []) throws -> ExplorerModel {
        let topology = try sources.load(adding: extraSources)
        var guide = GuideLibrary.builtIn
        if let notes { guide = try guide.merging(notesDirectory: notes) }
        return KeptUntilExit.keep(ExplorerModel(topology: topology, guide: guide))
    }
}
