import Dispatch
import Explorer
import Glibc

/// Runs the explorer in the terminal until the user quits, a signal arrives or input
/// ends; the terminal is restored on every one of those paths.
public enum ExplorerSession {
    /// How the session ended.
    public enum Outcome: Equatable {
        case quit
        case inputEnded
        case signal(Int32)
    }

    /// Why the explorer could not start, ready to print.
    public struct CannotStart: Error, CustomStringConvertible {
        public let description: String
    }

    public static func run(model: ExplorerModel) throws -> Outcome {
        let screen = TerminalScreen()
        do {
            try screen.start()
        } catch let error as TerminalScreen.Unavailable {
            throw CannotStart(description: error.description)
        }
        Signals.install(resetBytes: screen.resetBytes)
        defer {
            screen.stop()
            Signals.remove()
        }
        var state = AppState(model: model, width: screen.size.width, height: screen.size.height, glyphs: screen.glyphs)
        // The first frame needs only the tree: the checks, search keys and table orders
        // are computed on another thread meanwhile, and the frame is redrawn as each is
        // ready. A key that needs one sooner computes it (or waits for it) in update.
        state.pending = Set(ModelPart.allCases)
        DispatchQueue.global(qos: .userInitiated).async {
            for part in ModelPart.allCases { model.prepare(part) }
        }
        screen.draw(Screen.draw(state))
        let stall = stallKey()
        while true {
            switch screen.nextInput(timeout: state.pending.isEmpty ? nil : Self.redrawInterval) {
            case .ended:
                return Signals.received.map(Outcome.signal) ?? .inputEnded
            case .timeout:
                let ready = state.pending.filter(model.isReady)
                guard !ready.isEmpty else { continue }
                state.pending.subtract(ready)
            case .event(let event):
                if case .resize = event { screen.invalidate() }
                if case .key(let key) = event, key == stall { while true { pause() } }
                state = Update.apply(event, to: state)
                if state.quit { return .quit }
                state.pending = state.pending.filter { !model.isReady($0) }
            }
            screen.draw(Screen.draw(state))
        }
    }

    /// How often, while parts are being prepared, the session looks whether one is ready.
    private static let redrawInterval: Int32 = 100

    /// For the terminal tests only: `LINKSCOPE_TEST_STALL_KEY=!` makes that key hang the
    /// loop as a stuck update would, so a test can check that a second Ctrl-C still gets out.
    private static func stallKey() -> Key? {
        guard let value = getenv("LINKSCOPE_TEST_STALL_KEY").map({ String(cString: $0) }),
              let character = value.first, value.count == 1 else { return nil }
        return .character(character)
    }
}
