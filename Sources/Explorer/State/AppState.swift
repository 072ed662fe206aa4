import Topology

/// Everything the explorer shows, as one value: the update function makes a new one for
/// every action, and the views draw it. Nothing here touches a terminal.
public struct AppState: Sendable {
    public let model: ExplorerModel
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs
    public var view: ViewID = .architecture
    public var focus: Pane = .list
    /// The text pane shown beside the list when only two panes fit: the last one focused.
    public var sidePane: Pane = .inspector

    /// One state per view; `ViewLists` says which list each view has.
    public var navigator: NavigatorState
    public var endpointTable: TableState
    public var serviceTable: TableState
    /// View 4: the pair being compared, the result, and the selected option row.
    public var compare = CompareState()
    public var checks = ChecksState()
    public var map = MapState()
    /// View 7: a hop-by-hop trace from the selection (`p`).
    public var trace = TraceState()

    /// The link selected in the inspector and the guide panel, and their scroll offsets.
    public var inspector = PaneScroll()
    public var guidePanel = PaneScroll()
    /// A note opened from a link, shown instead of the selection's note; Backspace returns.
    public var guideTopics: [String] = []

    public var filter = ""
    public var prompt: Prompt?
    public var overlay: Overlay?
    public var history: [Place] = []
    public var message: String?
    public var quit = false
    /// Model parts the screen does not wait for (see `AppState+Pending`); a terminal
    /// session sets it while it computes them in the background.
    public var pending: Set<ModelPart> = []

    public init(model: ExplorerModel, width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.model = model
        self.width = width
        self.height = height
        self.glyphs = glyphs
        navigator = NavigatorState(model: model)
        endpointTable = TableState(kind: .endpoints, model: model)
        serviceTable = TableState(kind: .services, model: model)
        let height = PaneLayout.listHeight(self)
        navigator.refresh(model: model, filter: "", height: height)
        // The checks view's rows are built when it is shown: the checks need not have
        // run for the first frame.
    }

    /// The node selected in the navigator.
    public var selectedNode: TreeNode? { navigator.selectedNode }
}

/// The scroll offset and selected link of a text pane.
public struct PaneScroll: Equatable, Sendable {
    public var offset = 0
    /// The index of the selected link, or nil before the pane is entered.
    public var link: Int?
}

/// A place to return to with Backspace: a view, and the element selected there.
public struct Place: Equatable, Sendable {
    public let view: ViewID
    public let node: TreeNode?
    public let tableSelection: String?
    /// The selected row of the checks or trace view, when that is where it was.
    public let listRow: Int?
    public let focus: Pane
}

/// The one-line input at the bottom: a live filter or a jump to an id or name.
public struct Prompt: Equatable, Sendable {
    public enum Kind: Sendable { case filter, jump, compareFrom, compareTo, traceTo }
    public var kind: Kind
    public var text = ""
    /// For a jump: the completions and the one selected.
    public var completions: [String] = []
    public var completion = ListState()
}

/// What covers the panes: the key help, or a guide note read full screen.
public enum Overlay: Equatable, Sendable {
    case help(offset: Int)
    case note(topic: String, offset: Int)
}
