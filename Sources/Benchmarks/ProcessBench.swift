import Dispatch
import Glibc

/// Runs the `linkscope` binary as a user would and reads what it cost: wall time and the
/// peak resident memory the kernel reports for the child (`wait4`'s `ru_maxrss`).
struct ProcessBench {
    let binary: String
    let runs: Int

    struct Cost {
        var seconds: Double
        var peakMB: Double
    }

    /// The medians of `runs` runs of `linkscope arguments…`, its output sent to /dev/null.
    func measure(_ arguments: [String]) -> Cost? {
        var times: [Double] = [], peaks: [Double] = []
        for _ in 0..<max(1, runs) {
            guard let cost = once(arguments) else { return nil }
            times.append(cost.seconds)
            peaks.append(cost.peakMB)
        }
        return Cost(seconds: Timing.median(of: times), peakMB: Timing.median(of: peaks))
    }

    private func once(_ arguments: [String]) -> Cost? {
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Cost(seconds: seconds, peakMB: Double(usage.ru_maxrss) * 1024 / 1e6)
    }
}
