/// The records of every file of a snapshot, as the assembler reads them: each file's
/// records stay as its decoder left them (files decode on several threads, and copying
/// them into one set of arrays would cost the time and the memory twice), and
/// `records.endpoints` walks the endpoints of every file in file order.
@dynamicMemberLookup
struct SnapshotRecordSet {
    /// Every file looked at, in load order; a record's origin is an index into it.
    let files: [SnapshotRecords.FileInfo]
    /// Each file's records, in the same order (empty for a file left out).
    let parts: [SnapshotRecords]

    subscript<Record>(dynamicMember kind: KeyPath<SnapshotRecords, [Record]>)
        -> FlattenSequence<LazyMapSequence<[SnapshotRecords], [Record]>> {
        parts.lazy.map { $0[keyPath: kind] }.joined()
    }
}
