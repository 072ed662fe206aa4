import ArgumentParser
import Dispatch
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
        // The built-in notes parse on another core while the sources load; the first frame needs both.
        DispatchQueue.global().async { _ = GuideLibrary.builtIn }
        let topology = try sources.load(adding: extraSources)
        var guide = GuideLibrary.builtIn
        if let notes { guide = try guide.merging(notesDirectory: notes) }
        return KeptUntilExit.keep(ExplorerModel(topology: topology, guide: guide))
    }
}
