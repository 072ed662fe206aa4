import Glibc

/// Lower-cased search keys packed into one byte buffer, searched with `memchr`: a filter
/// keystroke over 100,000 elements scans a few megabytes once instead of comparing
/// 100,000 Swift strings.
public struct SearchIndex: Sendable {
    private let bytes: [UInt8]
    /// Where each key starts in `bytes`; keys are separated by a NUL byte.
    private let starts: [Int]

    public init(_ keys: [String]) {
        self.init(count: keys.count) { [keys[$0]] }
    }

    /// Key `i` is `parts(i)` joined by spaces, lower-cased straight into the buffer (a
    /// table row's cells, without building the joined string).
    public init(count: Int, parts: (Int) -> [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(count)
        for i in 0..<count {
            starts.append(bytes.count)
            for (n, part) in parts(i).enumerated() {
                if n > 0 { bytes.append(0x20) }
                Self.appendLowercased(part, to: &bytes)
            }
            bytes.append(0)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// `text.lowercased()`'s bytes; ASCII is mapped byte by byte, without a new string.
    static func appendLowercased(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        let ascii = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return false }
            for byte in utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
            return true
        }
        if !ascii { bytes += text.lowercased().utf8 }
    }

    public var count: Int { starts.count }

    /// True when `text`'s lower-cased bytes contain `part`'s: then every key containing
    /// `text` contains `part`, and a search for `text` may start from `part`'s answer.
    public static func contains(_ text: String, _ part: String) -> Bool {
        let haystack = Array(text.lowercased().utf8), needle = Array(part.lowercased().utf8)
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<start + needle.count].elementsEqual(needle)
        }
    }

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

    /// The keys among `candidates` (ascending key numbers) that contain `needle`, ignoring
    /// case. A filter that grows narrows its last answer this way: a key that lacks
    /// "vpc" lacks "vpce" too, so only the keys that matched before are searched again.
    /// Without `candidates`, every key is searched, each within its own bytes: a filter's
    /// first letter matches most rows, and this finds them without locating each hit.
    public func keys(containing needle: String, among candidates: [Int]? = nil) -> [Int] {
        let pattern = Array(needle.lowercased().utf8)
        guard !pattern.isEmpty, !pattern.contains(0) else { return [] }
        var out: [Int] = []
        out.reserveCapacity(candidates?.count ?? starts.count)
        bytes.withUnsafeBytes { haystack in
            pattern.withUnsafeBytes { needle in
                func test(_ key: Int) {
                    let end = key + 1 < starts.count ? starts[key + 1] : haystack.count
                    if find(needle, in: haystack, from: starts[key], before: end) != nil { out.append(key) }
                }
                if let candidates {
                    for key in candidates { test(key) }
                } else {
                    for key in starts.indices { test(key) }
                }
            }
        }
        return out
    }

    /// The first offset in `start..<end` (all of the haystack by default) where `needle`
    /// occurs: `memchr` finds each candidate first byte, `memcmp` checks the rest.
    private func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from start: Int,
                      before end: Int? = nil) -> Int? {
        guard let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
        let first = Int32(needle[0])
        let limit = end ?? haystack.count
        var offset = start
        while limit - offset >= needle.count {
            guard let hit = memchr(base + offset, first, limit - offset - needle.count + 1) else { return nil }
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
