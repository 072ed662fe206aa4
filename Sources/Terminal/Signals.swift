@preconcurrency import CNcurses
import Glibc

/// The last terminating signal received, set by the handler and read by the input loop.
/// A plain global is what a C signal handler can safely store to.
nonisolated(unsafe) private var pendingSignal: Int32 = 0

/// SIGINT, SIGTERM and SIGHUP end the explorer through its normal exit path, so the
/// terminal is always restored. Installed without `SA_RESTART`, so a blocked read returns.
enum Signals {
    static let handled = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        // A parent may have started us with these blocked; resizing and stopping need them.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in handled + [SIGWINCH] { sigaddset(&wanted, signal) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for signal in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { pendingSignal = $0 }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// A crash (a Swift runtime trap, a bad access) would otherwise leave the terminal in the
    /// alternate screen with echo off: restore it, then die of the same signal as before.
    static func installCrashRestore() {
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                endwin()
                Glibc.signal(signal, SIG_DFL)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// The signal that asked us to stop, if any.
    static var received: Int32? { pendingSignal == 0 ? nil : pendingSignal }
}
