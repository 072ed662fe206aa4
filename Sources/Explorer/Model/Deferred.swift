import Synchronization

/// A value computed at most once: on first use, or earlier on another thread so that it
/// is ready before anyone asks. The explorer's first frame needs only the tree; checks,
/// search keys and table sort orders are `Deferred`, computed in the background while the
/// user reads that frame.
///
/// Asking for `value` while another thread computes it waits for that result rather than
/// computing it twice. The value depends only on what the closure captured, so whoever
/// computes it, every reader sees the same value: state that holds a model stays a value.
final class Deferred<Value: Sendable>: Sendable {
    private let compute: @Sendable () -> Value
    /// Held while computing, so a second asker waits for the first.
    private let stored = Mutex<Value?>(nil)
    private let done = Atomic<Bool>(false)

    init(_ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
    }

    /// The value, computed now if no one has yet.
    var value: Value {
        stored.withLock { stored in
            if let value = stored { return value }
            let value = compute()
            stored = value
            done.store(true, ordering: .releasing)
            return value
        }
    }

    /// True once the value is computed; never waits.
    var isReady: Bool { done.load(ordering: .acquiring) }
}
