/// A key press, decoded from the terminal or parsed from tmux key names.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case enter, tab, backTab, escape, backspace, space
    case pageUp, pageDown, home, end
    case function(Int)

    /// The name shown in help and the status line.
    public var label: String {
        switch self {
        case .character(let c): return String(c)
        case .control(let c): return "C-\(c)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .space: return "Space"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .function(let n): return "F\(n)"
        }
    }
}

/// Reads the `--keys` argument of `render`: tmux key names separated by spaces; any other
/// token is typed character by character (`/ vpc Enter` filters for "vpc").
public enum KeyNames {
    private static let named: [String: Key] = [
        "Up": .up, "Down": .down, "Left": .left, "Right": .right, "Enter": .enter, "Tab": .tab, "BTab": .backTab,
        "Escape": .escape, "Space": .space, "BSpace": .backspace, "PageUp": .pageUp, "PPage": .pageUp,
        "PageDown": .pageDown, "NPage": .pageDown, "Home": .home, "End": .end,
    ]

    public static func parse(_ text: String) -> [Key] {
        text.split(separator: " ").flatMap { token -> [Key] in
            let t = String(token)
            if let key = named[t] { return [key] }
            if t.hasPrefix("F"), let n = Int(t.dropFirst()), (1...12).contains(n) { return [.function(n)] }
            if t.hasPrefix("C-"), t.count == 3, let c = t.last { return [.control(Character(c.lowercased()))] }
            return t.map { $0 == " " ? .space : .character($0) }
        }
    }
}
