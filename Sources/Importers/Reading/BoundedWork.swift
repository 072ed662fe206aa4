import Foundation
import Synchronization

/// Runs jobs on at most `width` threads at once, each thread taking the next job when it
/// finishes one. The caller picks the bound: the cores for work that computes (decoding a
/// snapshot's files), what the user allows for work that mostly waits (`aws` calls, `--jobs`).
public enum BoundedWork {
    /// The results of `job(0..<count)`, in job order whatever order they finished in.
    /// `finished` is told of each as it ends, on the thread that ran it.
    public static func run<Result: Sendable>(count: Int, width: Int, _ job: @escaping @Sendable (Int) -> Result,
                                      finished: @escaping @Sendable (Int, Result) -> Void = { _, _ in }) -> [Result] {
        let queue = JobQueue<Result>(count: count)
        let group = DispatchGroup()
        for _ in 0..<min(max(1, width), count) {
            group.enter()
            Thread {
                while let index = queue.take() {
                    let result = job(index)
                    queue.store(result, at: index)
                    finished(index, result)
                }
                group.leave()
            }.start()
        }
        group.wait()
        return queue.results()
    }
}

/// The next job to hand out and the results so far, shared by the worker threads.
private final class JobQueue<Result: Sendable>: Sendable {
    private let state: Mutex<(next: Int, results: [Result?])>

    init(count: Int) {
        state = Mutex((0, Array(repeating: nil, count: count)))
    }

    /// The next job's index, or nil when every job is taken.
    func take() -> Int? {
        state.withLock { state in
            guard state.next < state.results.count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
    }

    func store(_ result: Result, at index: Int) {
        state.withLock { $0.results[index] = result }
    }

    func results() -> [Result] {
        state.withLock { $0.results.map { $0! } }
    }
}
