/// What a key asks the explorer to do, whatever key it was.
public enum Command: Equatable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    case expand, collapse, activate, back
    case nextPane, previousPane
    case showView(ViewID)
    case filter, jump, help, quit
    case sortNext, sortReverse
    case readNote
    /// Compare from the selection: view 4, asking for the destination.
    case compareFromSelection
    case pickFrom, pickTo, swapEnds
    /// Trace from the selection: view 7, asking for the destination and traffic.
    case traceFromSelection
    /// The map: the next or previous line of the selected box; more or fewer hops shown.
    case nextLine, previousLine, widen, narrow
}

/// Where a binding applies.
public enum Scope: String, Sendable, CaseIterable {
    case global = "Everywhere"
    case navigator = "Navigator"
    case table = "Tables"
    case checks = "Checks"
    case compare = "Compare"
    case map = "Map"
    case text = "Inspector and guide"
}

/// One entry of the key table: the keys, the command, the help text, where it applies,
/// and the word the status line offers it with (none: only in help).
public struct Binding: Sendable {
    public let keys: [Key]
    public let command: Command
    public let help: String
    public let scope: Scope
    public let hint: String?
}

/// The one key table. Dispatch, the status-line hints and the `?` help all read it, so
/// they cannot disagree.
public enum KeyBindings {
    public static let all: [Binding] = [
        Binding(keys: [.up, .character("k")], command: .up, help: "move up", scope: .global, hint: nil),
        Binding(keys: [.down, .character("j")], command: .down, help: "move down", scope: .global, hint: nil),
        Binding(keys: [.pageUp, .control("b")], command: .pageUp, help: "page up", scope: .global, hint: nil),
        Binding(keys: [.pageDown, .control("f")], command: .pageDown, help: "page down", scope: .global, hint: nil),
        Binding(keys: [.home, .character("g")], command: .top, help: "first row", scope: .global, hint: nil),
        Binding(keys: [.end, .character("G")], command: .bottom, help: "last row", scope: .global, hint: nil),
        Binding(keys: [.right, .character("l")], command: .expand, help: "open the node", scope: .navigator, hint: nil),
        Binding(keys: [.left, .character("h")], command: .collapse, help: "close the node, or go to its parent",
                scope: .navigator, hint: nil),
        Binding(keys: [.enter], command: .activate, help: "open / follow the link", scope: .global, hint: "open"),
        Binding(keys: [.backspace, .escape], command: .back, help: "go back", scope: .global, hint: "back"),
        Binding(keys: [.tab], command: .nextPane, help: "next pane", scope: .global, hint: "pane"),
        Binding(keys: [.backTab], command: .previousPane, help: "previous pane", scope: .global, hint: nil),
    ] + ViewID.allCases.map { view in
        Binding(keys: [.character(Character(String(view.rawValue)))], command: .showView(view),
                help: "view: \(view.title.lowercased())", scope: .global, hint: nil)
    } + [
        Binding(keys: [.character("/")], command: .filter, help: "filter the list", scope: .global, hint: "filter"),
        Binding(keys: [.character(":")], command: .jump, help: "jump to an id or name", scope: .global, hint: "jump"),
        Binding(keys: [.character("s")], command: .sortNext, help: "sort by the next column", scope: .table, hint: "sort"),
        Binding(keys: [.character("r")], command: .sortReverse, help: "reverse the sort", scope: .table, hint: "reverse"),
        Binding(keys: [.character("c")], command: .compareFromSelection,
                help: "compare connectivity options from the selection", scope: .global, hint: "compare"),
        Binding(keys: [.character("p")], command: .traceFromSelection,
                help: "trace traffic from the selection to an element, address or internet (db :3306, 10.0.1.5 udp:53)",
                scope: .global, hint: "trace"),
        Binding(keys: [.character("f")], command: .pickFrom, help: "pick the source", scope: .compare, hint: "from"),
        Binding(keys: [.character("t")], command: .pickTo, help: "pick the destination", scope: .compare, hint: "to"),
        Binding(keys: [.character("x")], command: .swapEnds, help: "swap source and destination", scope: .compare,
                hint: "swap"),
        Binding(keys: [.right, .character("l")], command: .expand, help: "the nearest box to the right", scope: .map,
                hint: nil),
        Binding(keys: [.left, .character("h")], command: .collapse, help: "the nearest box to the left", scope: .map,
                hint: nil),
        Binding(keys: [.tab], command: .nextLine, help: "next line of the selected box", scope: .map, hint: "line"),
        Binding(keys: [.backTab], command: .previousLine, help: "previous line of the selected box", scope: .map,
                hint: nil),
        Binding(keys: [.character("+"), .character("=")], command: .widen, help: "show more hops around the centre",
                scope: .map, hint: "more"),
        Binding(keys: [.character("-")], command: .narrow, help: "show fewer hops", scope: .map, hint: "fewer"),
        Binding(keys: [.character("o")], command: .readNote, help: "read the guide note full screen", scope: .global,
                hint: "note"),
        Binding(keys: [.character("?"), .function(1)], command: .help, help: "help", scope: .global, hint: "help"),
        Binding(keys: [.character("q"), .control("c")], command: .quit, help: "quit", scope: .global, hint: "quit"),
    ]

    /// The scopes active in a state, most specific first.
    static func scopes(_ state: AppState) -> [Scope] {
        switch state.focus {
        case .list:
            switch state.view {
            case .architecture: return [.navigator, .global]
            case .endpoints, .services: return [.table, .global]
            case .checks: return [.checks, .global]
            case .trace: return [.global]
            case .compare: return [.compare, .global]
            case .map: return [.map, .global]
            }
        case .inspector, .guide: return [.text, .global]
        }
    }

    /// The command a key means in this state.
    public static func command(for key: Key, in state: AppState) -> Command? {
        for scope in scopes(state) {
            if let binding = all.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return binding.command }
        }
        return nil
    }

    /// The bindings the status line offers here.
    static func hints(_ state: AppState) -> [Binding] {
        let active = scopes(state)
        // A key a more specific scope takes over is offered once, for what it does here.
        return all.filter { binding in
            guard binding.hint != nil, let rank = active.firstIndex(of: binding.scope) else { return false }
            return binding.keys.contains { key in command(for: key, in: state) == binding.command }
                && active.prefix(rank).allSatisfy { scope in !all.contains { $0.scope == scope && $0.keys == binding.keys } }
        }
    }
}
