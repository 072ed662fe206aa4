import ArgumentParser
import Explorer

/// `linkscope render --size COLSxROWS --keys "…"`: the explorer without a terminal. It
/// applies the keys with the same update and view code and prints the final screen.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the explorer's screen as text after applying keys (tmux key names).",
        discussion: """
        KEYS are tmux key names separated by spaces: Up Down Left Right Enter Tab BTab Escape Space \
        BSpace PageUp PageDown Home End F1…F12, C-x for control keys; any other token is typed \
        character by character ("/ vpc Enter" filters for "vpc").
        """)

    /// A terminal size written `COLSxROWS`.
    struct Size: ExpressibleByArgument {
        let columns: Int
        let rows: Int

        init?(argument: String) {
            let parts = argument.lowercased().split(separator: "x")
            guard parts.count == 2, let c = Int(parts[0]), let r = Int(parts[1]), (1...1000).contains(c), (1...1000).contains(r)
            else { return nil }
            columns = c
            rows = r
        }
    }

    @Option(help: ArgumentHelp("The screen size, COLSxROWS (1 to 1000 each).", valueName: "COLSxROWS"))
    var size = Size(argument: "120x40")!
    @Option(help: ArgumentHelp("Keys to press first, as tmux names them.", valueName: "KEYS"))
    var keys = ""
    @OptionGroup var options: ExplorerOptions

    func run() throws {
        try reportingFailures {
            var state = AppState(model: try options.model(), width: size.columns, height: size.rows)
            for key in KeyNames.parse(keys) where !state.quit {
                state = Update.apply(.key(key), to: state)
            }
            Console.out(Screen.draw(state).text)
        }
    }
}
