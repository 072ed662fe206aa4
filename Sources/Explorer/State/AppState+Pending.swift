import Analysis
import Topology

/// What the screen shows while model parts are still being computed in the background.
/// `AppState.pending` names them; the views read the findings through here, so they
/// leave out what is not ready instead of waiting for it. With nothing pending (the
/// default: `render`, the tests) the views compute what they show, and wait for it.
extension AppState {
    /// The severity of an element's marker; none while the checks are pending. Only the
    /// kinds rules report on can carry one, so a screen of others (accounts, regions,
    /// VPCs: the first screen) neither waits for nor starts the checks.
    func marker(_ id: String) -> Severity? {
        guard !pending.contains(.checks), let kind = model.topology.element(id)?.kind, Rules.subjects.contains(kind)
        else { return nil }
        return model.worstFinding(id)
    }

    /// The findings per element for the inspector of `element`; none while the checks
    /// are pending, or when no rule reports on its kind (so showing it needs no checks).
    func findingsByElement(for element: AnyElement) -> [String: [Finding]] {
        pending.contains(.checks) || !Rules.subjects.contains(element.kind) ? [:] : model.findingsByElement
    }

    /// The status line's progress mark: what is still being prepared, most visible first.
    var pendingNote: String? {
        let parts = ModelPart.allCases.filter(pending.contains)
        guard !parts.isEmpty else { return nil }
        return "\(glyphs.ellipsis) preparing \(parts.map(\.label).joined(separator: ", "))"
    }
}
