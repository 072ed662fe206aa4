import Foundation

/// A JSON array of many elements (`list endpoints --json`: 50,000 of them), formatted in
/// blocks on two threads while this one writes the finished blocks in order. Formatting
/// is most of the cost of the output, and a core is usually free for it; memory stays
/// bounded, since formatting runs at most `window` blocks ahead of what is written. The
/// bytes are exactly those of one `JSONWriter` writing every element in turn.
enum ArrayStream {
    static let blockSize = 512
    static let window = 6
    static let threads = 2

    /// Writes `[`, each of `count` elements as `element` writes it (one value, at depth
    /// 1), and `]`, as one document to `sink` (stdout through `Console`), from this thread.
    static func write(count: Int, to sink: @escaping (String) -> Void = Console.write,
                      _ element: @escaping @Sendable (Int, inout JSONWriter) -> Void) {
        guard count > 0 else {
            var writer = JSONWriter(sink: sink)
            writer.beginArray()
            writer.endArray()
            writer.finish()
            return
        }
        let blocks = (count + blockSize - 1) / blockSize
        let queue = BlockQueue(count: blocks, window: window)
        for _ in 0..<threads {
            Thread {
                while let block = queue.take() {
                    var chunks: [String] = []
                    var writer = JSONWriter(insideArrayAfterFirst: block > 0) { chunks.append($0) }
                    for index in block * blockSize..<min(count, (block + 1) * blockSize) { element(index, &writer) }
                    writer.flush()
                    queue.put(block, chunks)
                }
            }.start()
        }
        sink("[")
        for block in 0..<blocks {
            for chunk in queue.result(block) { sink(chunk) }
        }
        sink("\n]\n")
    }
}

/// The blocks to format and those formatted, shared by the formatting threads and the
/// writer. Every field is read and written with `condition` locked.
private final class BlockQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var written = 0
    private var ready: [Int: [String]] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next block to format; waits while formatting is `window` blocks ahead; nil
    /// when every block is taken.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count && next >= written + window { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func put(_ block: Int, _ chunks: [String]) {
        condition.lock()
        ready[block] = chunks
        condition.broadcast()
        condition.unlock()
    }

    /// Block `block`'s text, once formatted; frees room for formatting to go on.
    func result(_ block: Int) -> [String] {
        condition.lock()
        defer { condition.unlock() }
        while ready[block] == nil { condition.wait() }
        written = block + 1
        condition.broadcast()
        return ready.removeValue(forKey: block)!
    }
}
