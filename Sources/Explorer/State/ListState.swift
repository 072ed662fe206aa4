/// The selection and scroll position of a list of rows, kept so the selection is always
/// on screen. Shared by the navigator, the tables and the completion list.
public struct ListState: Equatable, Sendable {
    public var selected = 0
    public var offset = 0

    /// Moves the selection by `delta` within `count` rows and scrolls to keep it in `height`.
    public mutating func move(_ delta: Int, count: Int, height: Int) {
        select(selected + delta, count: count, height: height)
    }

    public mutating func select(_ index: Int, count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(0, index), count - 1)
        reveal(height: height)
    }

    /// Scrolls the view by `delta` rows without moving past the ends, keeping the selection visible.
    public mutating func scroll(_ delta: Int, count: Int, height: Int) {
        offset = max(0, min(offset + delta, max(0, count - height)))
        if selected < offset { selected = offset }
        if height > 0, selected >= offset + height { selected = offset + height - 1 }
    }

    mutating func reveal(height: Int) {
        guard height > 0 else { return }
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
    }
}
