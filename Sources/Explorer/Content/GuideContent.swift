import Guide
import Topology

/// What the right pane says: when, where and why to use the selected kind of thing,
/// related topics, and the elements of this architecture it relates to. A digest that fits
/// beside the other panes; `o` opens the whole note.
enum GuideContent {
    static let sections = ["When", "Where", "Why"]

    /// The topic the panel shows: a note opened from a link, else the selection's kind.
    static func topic(_ state: AppState) -> String? {
        if let opened = state.guideTopics.last { return opened }
        switch state.view {
        case .compare: return state.compare.selectedOption.map { GuideTopic.topic(forOption: $0.id) }
        case .endpoints, .services, .checks, .map: return state.selectedElement.map(GuideTopic.topic(for:))
        case .trace: return state.trace.selectedHop?.topic
        case .architecture: break
        }
        if let element = state.selectedElement { return GuideTopic.topic(for: element) }
        switch state.selectedNode {
        case .region?: return "vpc"
        case .group(_, let kind)?:
            switch kind {
            case .subnets: return "subnet"
            case .routeTables: return "route-table"
            case .endpoints: return "private-link"
            case .loadBalancers: return "network-load-balancer"
            case .instances, .networkInterfaces: return "network-interface"
            case .securityGroups: return "security-group"
            case .networkAcls: return "network-acl"
            case .gateways: return "internet-gateway"
            }
        case .root(let kind)?:
            switch kind {
            case .endpointServices: return "endpoint-service"
            case .awsServices: return "aws-service"
            case .connections: return "transit-gateway"
            case .networks: return "on-premises-network"
            case .transitGatewayRouteTables: return "transit-gateway"
            case .prefixLists: return "prefix-list"
            case .detachedGateways: return "site-to-site-vpn"
            }
        case .account?, .element?, nil: return nil
        }
    }

    static func text(_ state: AppState, width: Int) -> RichText {
        var text = RichText(width: width)
        let library = state.model.guide
        guard let topic = topic(state) else {
            text.add([Span("Select something to see when, where and why to use it.", .dim)])
            return text
        }
        guard let note = library.note(topic) else {
            text.add([Span("No guide note for \(topic).", .dim)])
            return text
        }
        text.add([Span(note.title, .title, link: text.link(.reader(topic)))])
        if !note.summary.isEmpty { text.add([Span(note.summary, .dim)]) }
        for heading in sections {
            guard let section = note.section(startingWith: heading) else { continue }
            text.blank()
            text.add([Span(heading, .heading)])
            NoteRendering.digest(section.blocks, library: library, glyphs: state.glyphs, into: &text)
        }
        let related = library.related(note)
        if !related.isEmpty {
            text.blank()
            text.add([Span("Related", .heading)])
            var spans: [Span] = []
            for (i, (label, topic)) in related.enumerated() {
                let link = library.note(topic) == nil ? nil : text.link(.topic(topic))
                spans.append(Span(label, link == nil ? .dim : .link, link: link))
                if i < related.count - 1 { spans.append(Span(", ")) }
            }
            text.add(spans)
        }
        if state.guideTopics.isEmpty, let element = state.selectedElement {
            inThisArchitecture(element, state.model.topology, into: &text)
        }
        text.blank()
        if let builtIn = library.replacedNote(topic) {
            text.add([Span("Your note; it replaces linkscope's own" + (builtIn.asOf.map { " (facts as of \($0))" } ?? "") + ".",
                           .warning)])
        }
        let asOf = note.asOf.map { "Facts as of \($0). " } ?? ""
        text.add([Span("\(asOf)o: the whole note with its sources.", .dim)])
        return text
    }

    /// The concrete elements the selection relates to, as links.
    private static func inThisArchitecture(_ element: AnyElement, _ t: NetworkModel, into text: inout RichText) {
        var groups: [(String, [String])] = []
        for field in t.fields(of: element) {
            switch field.value {
            case .ref(let id) where t.element(id) != nil: groups.append((field.label, [id]))
            case .refs(let ids) where !ids.isEmpty: groups.append((field.label, ids))
            case .ref, .refs, .text, .bool, .texts, .lines, .routes: break
            }
        }
        groups += t.relations(of: element).map { ($0.label, $0.ids) }
        guard !groups.isEmpty else { return }
        text.blank()
        text.add([Span("In this architecture", .heading)])
        for (label, ids) in groups {
            text.add([Span("  " + label, .emphasis)])
            for id in ids.prefix(12) {
                text.add([Span("    ")] + InspectorContent.reference(id, t, room: text.width - 4, into: &text), indent: 6)
            }
            if ids.count > 12 { text.add([Span("    … and \(ids.count - 12) more", .dim)]) }
        }
    }
}
