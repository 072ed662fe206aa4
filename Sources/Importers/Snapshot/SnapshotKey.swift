import Topology

/// The name of an object member, left in the file's bytes: decoders match it against
/// string literals (`switch key { case "VpcId": … }`) with a length check and a byte
/// comparison, so the millions of member names in a large snapshot never become `String`s.
struct SnapshotKey {
    private let start: UnsafePointer<UInt8>
    private let count: Int
    /// The decoded name, for the rare name written with escapes (`"Vpc\u0049d"`).
    private let decoded: String?

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        start = bytes.baseAddress! + range.lowerBound
        count = range.count
        decoded = nil
    }

    init(decoded: String, at bytes: UnsafeBufferPointer<UInt8>) {
        start = bytes.baseAddress!
        count = 0
        self.decoded = decoded
    }

    /// The name as a `String`.
    var string: String {
        decoded ?? String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    static func == (key: SnapshotKey, literal: StaticString) -> Bool {
        if let decoded = key.decoded { return decoded == literal.description }
        guard key.count == literal.utf8CodeUnitCount else { return false }
        let other = literal.utf8Start
        for i in 0..<key.count where key.start[i] != other[i] { return false }
        return true
    }

    static func != (key: SnapshotKey, literal: StaticString) -> Bool { !(key == literal) }

    /// Lets a `switch` over a key match string literals.
    static func ~= (literal: StaticString, key: SnapshotKey) -> Bool { key == literal }
}
