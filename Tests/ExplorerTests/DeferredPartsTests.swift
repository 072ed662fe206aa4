import Synchronization
import Testing
@testable import Explorer

/// The first frame draws before the checks, search keys and table orders exist; they are
/// computed once, whoever asks first, and the screen says while they are pending.
@Suite struct DeferredPartsTests {
    @Test func aNewModelHasComputedNothingDeferred() throws {
        let m = try model(.saasLike)
        for part in ModelPart.allCases { #expect(!m.isReady(part), "\(part)") }
        _ = AppState(model: m, width: 120, height: 40)
        _ = Screen.draw(AppState(model: m, width: 120, height: 40).pending(Set(ModelPart.allCases)))
        for part in ModelPart.allCases { #expect(!m.isReady(part), "the first frame computed \(part)") }
        m.prepare(.checks)
        #expect(m.isReady(.checks))
        #expect(!m.isReady(.search))
    }

    /// `render` waits for what its screen shows, and the first screen (accounts,
    /// regions, VPCs, an account in the inspector) shows nothing the checks decide.
    @Test func theFirstScreenNeedsNoDeferredPart() throws {
        let m = ExplorerModel(topology: sampleModel.topology, guide: sampleModel.guide)
        let lines = Screen.draw(AppState(model: m, width: 120, height: 40)).lines
        #expect(lines.contains(text: "orders-data"))
        for part in ModelPart.allCases { #expect(!m.isReady(part), "the first screen computed \(part)") }
        #expect(Screen.draw(state(": analytics-sts Enter", model: m)).lines.contains(text: "✗ analytics-sts"))
        #expect(m.isReady(.checks), "endpoints in the tree carry markers: their screen runs the checks")
    }

    @Test func whileTheChecksArePendingMarkersWaitAndTheStatusLineSaysSo() throws {
        let m = try model(.saasLike)
        let keys = "2"
        var pending = state(keys, model: m)
        pending.pending = [.checks, .search]
        let waiting = Screen.draw(pending).lines
        #expect(waiting.last?.hasSuffix("… preparing checks, search") == true)
        #expect(!waiting.contains { $0.hasPrefix("│✗ep-a") })
        #expect(waiting.contains { $0.hasPrefix("│ ep-a") })
        let ready = Screen.draw(state(keys, model: m)).lines
        #expect(ready.contains { $0.hasPrefix("│✗ep-a") })
        #expect(ready.last?.contains("preparing") == false)
    }

    @Test func aValueIsComputedOnceWhenManyAskAtOnce() async {
        let calls = Atomic<Int>(0)
        let deferred = Deferred<Int> {
            calls.add(1, ordering: .relaxed)
            return 42
        }
        await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { deferred.value } }
            for await value in group { #expect(value == 42) }
        }
        #expect(calls.load(ordering: .relaxed) == 1)
        #expect(deferred.isReady)
    }
}

extension AppState {
    /// The state with `parts` pending, for a test.
    func pending(_ parts: Set<ModelPart>) -> AppState {
        var copy = self
        copy.pending = parts
        return copy
    }
}
