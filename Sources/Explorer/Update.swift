import Analysis
import Topology

/// The explorer's one state transition: a pure function from a state and an event to the
/// next state. No I/O happens here.
public enum Update {
    public static func apply(_ event: Event, to old: AppState) -> AppState {
        var state = old
        switch event {
        case .resize(let width, let height):
            state.width = max(1, width)
            state.height = max(1, height)
            state.tree.reveal(height: Screen.listHeight(state))
            state.endpointTable.list.reveal(height: Screen.listHeight(state))
            state.serviceTable.list.reveal(height: Screen.listHeight(state))
        case .key(let key):
            state.message = nil
            if Screen.tooSmall(state) {
                if key == .character("q") || key == .control("c") { state.quit = true }
            } else if state.overlay != nil {
                overlayKey(key, &state)
            } else if state.prompt != nil {
                promptKey(key, &state)
            } else if let command = KeyBindings.command(for: key, in: state) {
                run(command, &state)
            }
        case .click(let x, let y):
            guard !Screen.tooSmall(state), state.overlay == nil, state.prompt == nil else { return state }
            click(x: x, y: y, &state)
        case .wheel(let x, let y, let delta):
            guard !Screen.tooSmall(state) else { return state }
            wheel(x: x, y: y, delta: delta, &state)
        }
        return state
    }

    static func run(_ command: Command, _ state: inout AppState) {
        switch command {
        case .up: move(-1, &state)
        case .down: move(1, &state)
        case .pageUp: page(-1, &state)
        case .pageDown: page(1, &state)
        case .top: move(-Int.max / 2, &state)
        case .bottom: move(Int.max / 2, &state)
        case .expand: expand(&state)
        case .collapse: collapse(&state)
        case .activate: activate(&state)
        case .back: back(&state)
        case .nextPane: cycleFocus(1, &state)
        case .previousPane: cycleFocus(-1, &state)
        case .showView(let view): show(view, &state)
        case .filter: state.prompt = Prompt(kind: .filter, text: state.filter)
        case .jump: state.prompt = Prompt(kind: .jump)
        case .help: state.overlay = .help(offset: 0)
        case .quit: state.quit = true
        case .sortNext, .sortReverse: sort(command, &state)
        case .compareFromSelection:
            let from = state.view == .compare ? state.compare.from : state.selectedElement.flatMap { compareEnd(for: $0, state) }
            state.compare.from = from
            if state.view != .compare { show(.compare, &state) }
            state.prompt = Prompt(kind: from == nil ? .compareFrom : .compareTo)
        case .pickFrom: state.prompt = Prompt(kind: .compareFrom, text: state.compare.from ?? "")
        case .pickTo: state.prompt = Prompt(kind: .compareTo, text: state.compare.to ?? "")
        case .swapEnds:
            swap(&state.compare.from, &state.compare.to)
            state.message = state.compare.evaluate(with: state.model.advisor)
        case .readNote:
            if let topic = GuidePanel.topic(state) { state.overlay = .note(topic: topic, offset: 0) }
        }
    }

    /// The end a comparison from `element` starts at: the element itself when the advisor
    /// compares its kind (VPC, subnet, service, network), else the VPC it lives in (an
    /// endpoint, a load balancer, a route table), else none.
    static func compareEnd(for element: any Element, _ state: AppState) -> String? {
        let t = state.model.topology
        if (try? AdvisorEnd.end(for: element, in: t)) != nil { return element.id }
        switch element {
        case let e as Endpoint: return e.vpc
        case let lb as LoadBalancer: return lb.vpc
        case let r as RouteTable: return r.vpc
        default: return nil
        }
    }

    /// Moves the selection of the focused pane: rows in a list, links in a text pane.
    static func move(_ delta: Int, _ state: inout AppState) {
        let height = Screen.listHeight(state)
        switch state.focus {
        case .list:
            switch state.view {
            case .architecture: state.tree.move(delta, count: state.treeRows.count, height: height)
            case .endpoints: state.endpointTable.list.move(delta, count: state.endpointTable.order.count, height: height)
            case .services: state.serviceTable.list.move(delta, count: state.serviceTable.order.count, height: height)
            case .checks:
                state.checks.move(delta, count: state.checkRows.count, height: height)
                skipHeading(direction: delta, &state)
            case .compare: state.compare.list.move(delta, count: state.compare.rowCount, height: height)
            default: return
            }
            selectionChanged(&state)
        case .inspector, .guide:
            moveLink(delta, &state)
        }
    }

    /// Headings in the checks view are not selectable: step past them.
    static func skipHeading(direction: Int, _ state: inout AppState) {
        guard case .heading? = state.checkRows[safe: state.checks.selected] else { return }
        let height = Screen.listHeight(state)
        let step = direction < 0 && state.checks.selected > 0 ? -1 : 1
        state.checks.move(step, count: state.checkRows.count, height: height)
        if case .heading? = state.checkRows[safe: state.checks.selected] {
            state.checks.move(-step, count: state.checkRows.count, height: height)
        }
        if state.checks.selected == 1 { state.checks.offset = 0 }
    }

    static func page(_ direction: Int, _ state: inout AppState) {
        switch state.focus {
        case .list: move(direction * max(1, Screen.listHeight(state) - 1), &state)
        case .inspector, .guide: scrollText(direction * max(1, textHeight(state) - 1), &state)
        }
    }

    /// A new row is selected: the inspector and guide start from the top of its content.
    static func selectionChanged(_ state: inout AppState) {
        state.inspector = PaneScroll()
        state.guidePanel = PaneScroll()
        state.guideTopics = []
    }

    static func expand(_ state: inout AppState) {
        guard state.view == .architecture, let row = state.treeRows[safe: state.tree.selected], row.hasChildren else { return }
        if state.expanded.contains(row.node) || !state.filter.isEmpty {
            move(1, &state)
        } else {
            state.expanded.insert(row.node)
            state.refreshTree()
        }
    }

    static func collapse(_ state: inout AppState) {
        guard state.view == .architecture, let row = state.treeRows[safe: state.tree.selected] else { return }
        if state.expanded.contains(row.node), state.filter.isEmpty {
            state.expanded.remove(row.node)
            state.refreshTree()
        } else if row.depth > 0,
                  let parent = state.treeRows[..<state.tree.selected].lastIndex(where: { $0.depth == row.depth - 1 }) {
            state.tree.select(parent, count: state.treeRows.count, height: Screen.listHeight(state))
            selectionChanged(&state)
        }
    }

    static func activate(_ state: inout AppState) {
        switch state.focus {
        case .list:
            if state.view == .architecture, let row = state.treeRows[safe: state.tree.selected], row.hasChildren,
               state.filter.isEmpty {
                if state.expanded.contains(row.node) { state.expanded.remove(row.node) } else { state.expanded.insert(row.node) }
                state.refreshTree()
            } else if state.view == .checks {
                guard let element = state.selectedElement else { return }
                state.history.append(place(state))
                goTo(element.id, &state)
            } else if state.view.isAvailable {
                focus(.inspector, &state)
            }
        case .inspector, .guide:
            followSelectedLink(&state)
        }
    }

    static func back(_ state: inout AppState) {
        if state.focus == .guide, !state.guideTopics.isEmpty {
            state.guideTopics.removeLast()
            state.guidePanel = PaneScroll(offset: 0, link: 0)
        } else if let place = state.history.popLast() {
            restore(place, &state)
        } else if !state.filter.isEmpty {
            state.filter = ""
            refreshList(&state)
        } else if state.focus != .list {
            state.focus = .list
        }
    }

    static func cycleFocus(_ step: Int, _ state: inout AppState) {
        guard state.view.isAvailable else { return }
        let panes = Pane.allCases
        let next = panes[(state.focus.rawValue + step + panes.count) % panes.count]
        focus(next, &state)
    }

    /// Focuses a pane; a text pane starts with its first link selected.
    static func focus(_ pane: Pane, _ state: inout AppState) {
        state.focus = pane
        switch pane {
        case .inspector: if state.inspector.link == nil { state.inspector.link = 0 }
        case .guide: if state.guidePanel.link == nil { state.guidePanel.link = 0 }
        case .list: break
        }
    }

    static func show(_ view: ViewID, _ state: inout AppState) {
        guard view != state.view else { return }
        state.view = view
        state.focus = .list
        if !state.filter.isEmpty {
            state.filter = ""
        }
        refreshList(&state)
        if view == .checks { skipHeading(direction: 1, &state) }
        selectionChanged(&state)
    }

    static func sort(_ command: Command, _ state: inout AppState) {
        let height = Screen.listHeight(state)
        let model = state.model, filter = state.filter
        switch (state.view, command) {
        case (.endpoints, .sortNext): state.endpointTable.sortByNextColumn(model: model, filter: filter, height: height)
        case (.endpoints, _): state.endpointTable.reverse(model: model, filter: filter, height: height)
        case (.services, .sortNext): state.serviceTable.sortByNextColumn(model: model, filter: filter, height: height)
        case (.services, _): state.serviceTable.reverse(model: model, filter: filter, height: height)
        default: break
        }
    }

    /// Re-applies the filter to the current view's list.
    static func refreshList(_ state: inout AppState) {
        let height = Screen.listHeight(state)
        switch state.view {
        case .endpoints: state.endpointTable.refresh(model: state.model, filter: state.filter, height: height)
        case .services: state.serviceTable.refresh(model: state.model, filter: state.filter, height: height)
        case .checks: state.refreshChecks()
        default: state.refreshTree()
        }
    }

    static func overlayKey(_ key: Key, _ state: inout AppState) {
        let height = Overlays.area(state).inner.height
        let limit = max(0, Overlays.lineCount(state) - height)
        func scrolled(_ offset: Int, by delta: Int) -> Int { max(0, min(limit, offset + delta)) }
        let delta: Int
        switch key {
        case .escape, .backspace, .character("q"), .character("?"), .enter: state.overlay = nil; return
        case .up, .character("k"): delta = -1
        case .down, .character("j"): delta = 1
        case .pageUp, .control("b"): delta = -(height - 1)
        case .pageDown, .control("f"), .space: delta = height - 1
        case .home, .character("g"): delta = -Int.max / 2
        case .end, .character("G"): delta = Int.max / 2
        default: return
        }
        switch state.overlay {
        case .help(let offset)?: state.overlay = .help(offset: scrolled(offset, by: delta))
        case .note(let topic, let offset)?: state.overlay = .note(topic: topic, offset: scrolled(offset, by: delta))
        case nil: break
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
