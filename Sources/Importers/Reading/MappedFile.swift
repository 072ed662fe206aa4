import Topology
import Foundation

/// The bytes of one snapshot file, mapped rather than read: the pages the parser has
/// passed are handed back to the kernel as it goes, so a 100 MB file never needs 100 MB
/// of memory at once (peak memory must stay well under the input's size).
final class MappedFile {
    let path: String
    private let base: UnsafeMutableRawPointer?
    let count: Int
    /// Bytes read the ordinary way, when the file cannot be mapped (a pipe, a special file).
    private var fallback: [UInt8] = []
    private var released = 0

    init(path: String) throws(LoadError) {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw LoadError(.unreadable, "\(path): cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw LoadError(.unreadable, "\(path): cannot be read (\(String(cString: strerror(errno))))")
        }
        let size = Int(info.st_size)
        if size > 0, let mapped = mmap(nil, size, PROT_READ, Self.flags(size), fd, 0), mapped != MAP_FAILED {
            base = mapped
            count = size
            _ = madvise(mapped, size, MADV_SEQUENTIAL)
        } else {
            base = nil
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LoadError(.unreadable, "\(path): cannot be read (check its permissions)")
            }
            fallback = [UInt8](data)
            count = fallback.count
        }
    }

    /// Small files are mapped in one go (one system call instead of a page fault every few
    /// pages); large ones page in as the parser reaches them.
    private static func flags(_ size: Int) -> Int32 {
        #if os(Linux)
        return size <= 32 << 20 ? MAP_PRIVATE | MAP_POPULATE : MAP_PRIVATE
        #else
        return MAP_PRIVATE
        #endif
    }

    deinit {
        if let base { munmap(base, count) }
    }

    /// Runs `body` with the bytes; they are valid only inside it.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws(LoadError) -> R) throws(LoadError) -> R {
        if let base {
            return try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
        }
        return try fallback.withUnsafeBufferPointer { (buffer) throws(LoadError) -> R in try body(buffer) }
    }

    /// Lets the kernel drop the pages before `offset`; reading them again reloads them from the file.
    func release(below offset: Int) {
        guard let base else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = offset / page * page
        guard end > released else { return }
        _ = madvise(base + released, end - released, MADV_DONTNEED)
        released = end
    }
}
