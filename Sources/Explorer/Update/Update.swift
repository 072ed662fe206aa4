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
            let height = PaneLayout.listHeight(state)
            state.list?.reveal(height: height)
            if state.view == .map { state.revealMapSelection() }
        case .key(let key):
            state.message = nil
            if PaneLayout.tooSmall(state) {
                if key == .character("q") || key == .control("c") { state.quit = true }
            } else if state.overlay != nil {
                overlayKey(key, &state)
            } else if state.prompt != nil {
                promptKey(key, &state)
            } else if let command = KeyBindings.command(for: key, in: state) {
                run(command, &state)
            }
        case .click(let x, let y):
            guard !PaneLayout.tooSmall(state), state.overlay == nil, state.prompt == nil else { return state }
            click(x: x, y: y, &state)
        case .wheel(let x, let y, let delta):
            guard !PaneLayout.tooSmall(state) else { return state }
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
        case .traceFromSelection:
            guard let from = traceStart(state) else {
                state.message = "Select an element to trace from (an instance, subnet, VPC, endpoint…)"
                return
            }
            state.trace.from = from
            state.prompt = Prompt(kind: .traceTo)
        case .pickFrom: state.prompt = Prompt(kind: .compareFrom, text: state.compare.from ?? "")
        case .pickTo: state.prompt = Prompt(kind: .compareTo, text: state.compare.to ?? "")
        case .nextLine: cycleLine(1, &state)
        case .previousLine: cycleLine(-1, &state)
        case .widen: changeHops(widen: true, &state)
        case .narrow: changeHops(widen: false, &state)
        case .swapEnds:
            swap(&state.compare.from, &state.compare.to)
            state.message = state.compare.evaluate(with: state.model.advisor)
        case .readNote:
            if let topic = GuideContent.topic(state) { state.overlay = .note(topic: topic, offset: 0) }
        }
    }

    /// The end a comparison from `element` starts at: the element itself when the advisor
    /// compares its kind (VPC, subnet, service, network), else the VPC it lives in (an
    /// endpoint, a load balancer, a route table), else none.
    static func compareEnd(for element: AnyElement, _ state: AppState) -> String? {
        if (try? AdvisorEnd.end(for: element, in: state.model.topology)) != nil { return element.id }
        return element.vpcID
    }

    /// Moves the selection of the focused pane: rows in a list, links in a text pane.
    static func move(_ delta: Int, _ state: inout AppState) {
        let height = PaneLayout.listHeight(state)
        switch state.focus {
        case .list:
            if state.view == .map {
                if abs(delta) > 1 { mapEnd(last: delta > 0, &state) } else { mapStep(delta < 0 ? .up : .down, &state) }
                return
            }
            guard let path = AppState.listPath(state.view) else { return }
            state[keyPath: path].move(delta, count: state.rowCount, height: height)
            if state.view == .checks { state.checks.skipHeading(direction: delta, height: height) }
            selectionChanged(&state)
        case .inspector, .guide:
            moveLink(delta, &state)
        }
    }

    static func page(_ direction: Int, _ state: inout AppState) {
        if state.view == .map, state.focus == .list {
            let pane = PaneLayout.listArea(state).inner
            let limit = max(0, (state.map.layout?.height ?? 0) - pane.height)
            state.map.originY = max(0, min(limit, state.map.originY + direction * max(1, pane.height - 1)))
            return
        }
        switch state.focus {
        case .list: move(direction * max(1, PaneLayout.listHeight(state) - 1), &state)
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
        if state.view == .map { mapStep(.right, &state); return }
        guard state.view == .architecture, let row = state.navigator.rows[safe: state.navigator.list.selected],
              row.hasChildren else { return }
        if state.navigator.expanded.contains(row.node) || !state.filter.isEmpty {
            move(1, &state)
        } else {
            state.navigator.expanded.insert(row.node)
            state.refreshList()
        }
    }

    static func collapse(_ state: inout AppState) {
        if state.view == .map { mapStep(.left, &state); return }
        let nav = state.navigator
        guard state.view == .architecture, let row = nav.rows[safe: nav.list.selected] else { return }
        if nav.expanded.contains(row.node), state.filter.isEmpty {
            state.navigator.expanded.remove(row.node)
            state.refreshList()
        } else if row.depth > 0, let parent = nav.rows[..<nav.list.selected].lastIndex(where: { $0.depth == row.depth - 1 }) {
            state.navigator.list.select(parent, count: nav.rows.count, height: PaneLayout.listHeight(state))
            selectionChanged(&state)
        }
    }

    static func activate(_ state: inout AppState) {
        switch state.focus {
        case .list:
            switch state.view {
            case .architecture:
                let nav = state.navigator
                if let row = nav.rows[safe: nav.list.selected], row.hasChildren, state.filter.isEmpty {
                    if nav.expanded.contains(row.node) {
                        state.navigator.expanded.remove(row.node)
                    } else {
                        state.navigator.expanded.insert(row.node)
                    }
                    state.refreshList()
                } else {
                    focus(.inspector, &state)
                }
            case .checks, .trace:
                guard let element = state.selectedElement else { return }
                state.history.append(place(state))
                goTo(element.id, &state)
            case .endpoints, .services, .compare: focus(.inspector, &state)
            case .map: if !followLine(&state) { focus(.inspector, &state) }
            }
        case .inspector, .guide:
            followSelectedLink(&state)
        }
    }

    static func back(_ state: inout AppState) {
        if state.view == .map, state.focus == .list, state.map.edge != nil {
            state.map.edge = nil
        } else if state.focus == .guide, !state.guideTopics.isEmpty {
            state.guideTopics.removeLast()
            state.guidePanel = PaneScroll(offset: 0, link: 0)
        } else if let place = state.history.popLast() {
            restore(place, &state)
        } else if !state.filter.isEmpty {
            state.filter = ""
            state.refreshList()
        } else if state.focus != .list {
            state.focus = .list
        }
    }

    static func cycleFocus(_ step: Int, _ state: inout AppState) {
        let panes = Pane.allCases
        let next = panes[(state.focus.rawValue + step + panes.count) % panes.count]
        focus(next, &state)
    }

    /// Focuses a pane; a text pane starts with its first link selected.
    static func focus(_ pane: Pane, _ state: inout AppState) {
        state.focus = pane
        if pane != .list { state.sidePane = pane }
        switch pane {
        case .inspector: if state.inspector.link == nil { state.inspector.link = 0 }
        case .guide: if state.guidePanel.link == nil { state.guidePanel.link = 0 }
        case .list: break
        }
    }

    static func show(_ view: ViewID, _ state: inout AppState) {
        guard view != state.view else { return }
        let previous = state.selectedElement?.id
        state.view = view
        if view == .map { openMap(from: previous, &state) }
        state.focus = .list
        if !state.filter.isEmpty {
            state.filter = ""
        }
        state.refreshList()
        if view == .checks { state.checks.skipHeading(direction: 1, height: PaneLayout.listHeight(state)) }
        selectionChanged(&state)
    }

    static func sort(_ command: Command, _ state: inout AppState) {
        let height = PaneLayout.listHeight(state)
        let model = state.model, filter = state.filter
        let next = command == .sortNext
        switch state.view {
        case .endpoints:
            if next { state.endpointTable.sortByNextColumn(model: model, filter: filter, height: height) }
            else { state.endpointTable.reverse(model: model, filter: filter, height: height) }
        case .services:
            if next { state.serviceTable.sortByNextColumn(model: model, filter: filter, height: height) }
            else { state.serviceTable.reverse(model: model, filter: filter, height: height) }
        case .architecture, .compare, .checks, .map, .trace: break
        }
    }

    static func overlayKey(_ key: Key, _ state: inout AppState) {
        let height = PaneLayout.overlay(state).inner.height
        let limit = max(0, OverlayContent.lineCount(state) - height)
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
