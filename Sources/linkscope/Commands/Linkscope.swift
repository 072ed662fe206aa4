import ArgumentParser

/// The `linkscope` command: explore AWS private networking from the terminal.
@main
struct Linkscope: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linkscope",
        abstract: "Explore AWS private networking: VPCs, endpoints, endpoint services and the links between networks.",
        discussion: """
        SOURCE is an architecture file (.yaml, .yml, .json), a folder of AWS CLI JSON output \
        (see `linkscope snapshot`), or sample:NAME. With no source, the built-in default sample \
        is used.

        Exit codes: 0 success; 1 findings at or above --fail-on (check), or not reachable \
        (trace); 2 explore without a \
        terminal; 64 usage; 65 malformed or inconsistent input, or an unknown element; 66 a \
        source that does not exist or cannot be read; 69 snapshot: the aws CLI is missing or \
        every call failed; 73 snapshot: the output folder is not empty (without --force) or \
        cannot be written.
        """,
        subcommands: [ExploreCommand.self, RenderCommand.self, ListCommand.self, ShowCommand.self, SamplesCommand.self, GuideCommand.self, CheckCommand.self, CompareCommand.self, TraceCommand.self, MapCommand.self, SnapshotCommand.self],
        defaultSubcommand: ExploreCommand.self
    )
}
