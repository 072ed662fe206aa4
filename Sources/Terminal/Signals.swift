import CTerminalGuard
import Glibc

/// The explorer's way out of anything. SIGINT, SIGTERM and SIGHUP ask the input loop to
/// stop, so the terminal is restored on the normal path; a second one while the first is
/// not yet handled (a stuck update) restores it from the handler and exits 130. Crash
/// signals restore it and then kill the process as before. The handlers are C
/// (`CTerminalGuard`): only async-signal-safe calls run in them.
enum Signals {
    /// Installs the handlers; `resetBytes` undo what the screen did to the terminal.
    static func install(resetBytes: [UInt8]) {
        // A parent may have started us with these blocked; resizing and stopping need them.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&wanted, signal) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        resetBytes.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { ltg_set_reset_bytes($0.baseAddress, $0.count) }
        }
        ltg_install_stop_handlers()
        ltg_install_crash_handlers()
    }

    /// Puts the handlers that were there before back, once the screen is closed.
    static func remove() { ltg_remove_handlers() }

    /// Saves the terminal's modes before the screen changes them.
    static func saveModes() { ltg_save_modes() }

    /// The signal that asked us to stop, if any.
    static var received: Int32? {
        let signal = ltg_pending_stop()
        return signal == 0 ? nil : signal
    }
}
