/// One terminal cell: a character and its style. A wide character fills its cell and
/// marks the next as its continuation, so every row is exactly as wide as the frame.
public struct Cell: Equatable, Sendable {
    /// The grapheme shown; empty for the right half of a wide character.
    public var character: Character?
    public var style: Style

    public static let blank = Cell(character: " ", style: .normal)
    static let continuation = Cell(character: nil, style: .normal)

    /// True for the right half of a wide character, which the terminal must not write.
    public var isContinuation: Bool { character == nil }
}
