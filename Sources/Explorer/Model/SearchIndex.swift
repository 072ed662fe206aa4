import Glibc

/// Lower-cased search keys packed into one byte buffer, searched with `memchr`: a filter
/// keystroke over 100,000 elements scans a few megabytes once instead of comparing
/// 100,000 Swift strings.
public struct SearchIndex: Sendable {
    private let bytes: [UInt8]
    /// Where each key starts in `bytes`; keys are separated by a NUL byte.
    private let starts: [Int]

    public init(_ keys: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(keys.count)
        for key in keys {
            starts.append(bytes.count)
            bytes += key.lowercased().utf8
            bytes.append(0)
        }
        self.bytes = bytes
        self.starts = starts
    }

    public var count: Int { starts.count }

    /// The keys containing `needle` (ignoring case), in order, each with whether the match
    /// starts the key or a word of it; at most `limit` of them.
    public func matches(_ needle: String, limit: Int = .max) -> [(key: Int, atWordStart: Bool)] {
        let pattern = Array(needle.lowercased().utf8)
        guard !pattern.isEmpty, !pattern.contains(0) else { return [] }
        var out: [(Int, Bool)] = []
        bytes.withUnsafeBytes { haystack in
            pattern.withUnsafeBytes { needle in
                var offset = 0
                while offset < haystack.count, out.count < limit,
                      let position = find(needle, in: haystack, from: offset) {
                    let key = keyIndex(containing: position)
                    let before = position > 0 ? haystack[position - 1] : 0
                    out.append((key, before == 0 || before == 0x20 || before == 0x2D || before == 0x2E))
                    // Next key: one hit per key is enough.
                    offset = key + 1 < starts.count ? starts[key + 1] : haystack.count
                }
            }
        }
        return out
    }

    /// The first offset at or after `start` where `needle` occurs: `memchr` finds each
    /// candidate first byte, `memcmp` checks the rest.
    private func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
        let first = Int32(needle[0])
        var offset = start
        while haystack.count - offset >= needle.count {
            guard let hit = memchr(base + offset, first, haystack.count - offset - needle.count + 1) else { return nil }
            let position = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(hit, pattern, needle.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    private func keyIndex(containing position: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= position { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
