/// Shortening a value to a width while keeping the part that tells it apart: ids and
/// service names differ at their end (`…vpce-svc-091579abe22b96e29`, `…us-east-1.s3`),
/// so the cut goes in the middle, after a short head (ending at a separator where one is
/// near the start).
public enum MiddleCut {
    /// `text` if it fits in `width` columns, else its head, `…` and as much of its tail
    /// as fits.
    public static func fit(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        let budget = width - 1
        let aligned = separatorAlignedPrefix(text, within: budget / 3)
        let head = aligned.isEmpty ? prefix(text, within: budget / 3) : aligned
        return head + "…" + suffix(text, within: budget - DisplayWidth.of(head))
    }

    /// The longest prefix ending in `.`, `-` or `/` that fits, or nothing.
    static func separatorAlignedPrefix(_ text: String, within columns: Int) -> String {
        var used = 0, best = text.startIndex, index = text.startIndex
        while index < text.endIndex {
            used += DisplayWidth.of(text[index])
            guard used <= columns else { break }
            let character = text[index]
            index = text.index(after: index)
            if character == "." || character == "-" || character == "/" { best = index }
        }
        return String(text[..<best])
    }

    /// The longest prefix that fits in `columns`.
    static func prefix(_ text: String, within columns: Int) -> String {
        var used = 0, end = text.startIndex
        while end < text.endIndex, used + DisplayWidth.of(text[end]) <= columns {
            used += DisplayWidth.of(text[end])
            end = text.index(after: end)
        }
        return String(text[..<end])
    }

    /// The longest suffix that fits in `columns`.
    static func suffix(_ text: String, within columns: Int) -> String {
        var used = 0, start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let width = DisplayWidth.of(text[previous])
            guard used + width <= columns else { break }
            used += width
            start = previous
        }
        return String(text[start...])
    }
}
