import Foundation
import Glibc

/// A private tmux server with one window running a shell: the real terminal path of the
/// explorer, driven the way a person would (send-keys, capture-pane).
struct Tmux {
    let socket = "linkscope-test-\(UUID().uuidString.prefix(8))"

    @discardableResult
    func run(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Starts the server with a `width`×`height` window and runs the explorer in its shell;
    /// the shell prints `EXIT=<status>` when the explorer ends.
    func start(width: Int = 120, height: Int = 40, locale: String = "C.UTF-8", environment: String = "",
               arguments: [String] = []) throws {
        // The server outlives this call: it must not inherit a pipe we wait to see closed.
        try run(["new-session", "-d", "-x", String(width), "-y", String(height),
                 "env -i PATH=/usr/bin:/bin TERM=tmux-256color LANG=\(locale) bash --norc --noprofile"])
        let command = ([binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        try run(["send-keys", "\(environment) \(command); echo EXIT=$?", "Enter"])
    }

    func send(_ keys: String...) throws { try run(["send-keys"] + keys) }

    /// Runs tmux without Foundation's `Process`: a server forked by the client would inherit
    /// the descriptor `Process` watches for the child's exit and keep it waiting forever, so
    /// every descriptor above stderr is closed in the child.
    private func run(_ arguments: [String]) throws {
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        // The test runner's threads block some signals; a server inheriting that mask would
        // pass it on to the explorer, which could then never be resized or signalled.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ) == 0 else {
            throw CocoaError(.executableNotLoadable)
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    func screen() throws -> String { try run("capture-pane", "-p") }

    var alternateScreenOn: Bool {
        get throws { try run("display-message", "-p", "#{alternate_on}").hasPrefix("1") }
    }

    var cursorVisible: Bool {
        get throws { try run("display-message", "-p", "#{cursor_flag}").hasPrefix("1") }
    }

    /// Waits up to `seconds` for `text` on screen; returns whether it appeared.
    func waitFor(_ text: String, seconds: Double = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try screen().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Waits up to `seconds` for `text` to leave the screen; returns whether it did.
    func waitUntilGone(_ text: String, seconds: Double = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try !screen().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// The pid of the explorer, the shell's child.
    func explorerPid() throws -> Int32? {
        let shell = try run("display-message", "-p", "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pgrep", "-P", shell]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int32(String(decoding: data, as: UTF8.self).split(separator: "\n").first ?? "")
    }

    func stop() { _ = try? run("kill-server") }
}
