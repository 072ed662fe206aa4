@preconcurrency import CNcurses
import Explorer

/// Turns what `wget_wch` returns into explorer events.
enum KeyDecoder {
    /// A character read as text (`OK`).
    static func character(_ code: UInt32) -> Event? {
        switch code {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 32: return .key(.space)
        case 1...26: return .key(.control(Character(Unicode.Scalar(code + 96)!)))
        default:
            guard let scalar = Unicode.Scalar(code), code >= 32 else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// A function key (`KEY_CODE_YES`).
    static func function(_ code: Int32) -> Event? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_MOUSE: return mouse()
        default:
            for n in 1...12 where code == ls_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    private static func mouse() -> Event? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & ls_button4_pressed() != 0 { return .wheel(x: x, y: y, delta: -1) }
        if event.bstate & ls_button5_pressed() != 0 { return .wheel(x: x, y: y, delta: 1) }
        if event.bstate & (ls_button1_pressed() | ls_button1_clicked()) != 0 { return .click(x: x, y: y) }
        return nil
    }
}
