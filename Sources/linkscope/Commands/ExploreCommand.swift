import ArgumentParser
import Terminal

/// `linkscope explore [SOURCE…]`: the interactive explorer (the default command).
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore", abstract: "Walk the architecture in the terminal (the default command).")

    @Argument(help: ArgumentHelp("Architecture files or sample:NAME, as with --source.", valueName: "SOURCE"))
    var positionalSources: [String] = []
    @OptionGroup var options: ExplorerOptions

    func run() throws {
        try reportingFailures {
            let model = try options.model(extraSources: positionalSources)
            do {
                let outcome = try ExplorerSession.run(model: model)
                if case .signal(let signal) = outcome { throw ExitCode(128 + signal) }
            } catch let error as ExplorerSession.CannotStart {
                Console.err(error.description)
                throw ExitCode(2)
            }
        }
    }
}
