import Synchronization

/// What a command loaded, kept alive until the process exits. A 100 MB snapshot is some
/// million small objects; releasing them one by one as `run()` returns costs a tenth of a
/// second and gives nothing back, because the process ends right after. Globals are not
/// destroyed at exit, so anything held here is simply dropped with the process.
enum KeptUntilExit {
    private static let values = Mutex<[any Sendable]>([])

    /// Returns `value`, after keeping a reference to it until exit.
    static func keep<T: Sendable>(_ value: T) -> T {
        values.withLock { $0.append(value) }
        return value
    }
}
