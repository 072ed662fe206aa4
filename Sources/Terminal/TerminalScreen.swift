@preconcurrency import CNcurses
import Explorer
import Glibc

/// The ncurses screen: started once, stopped on every exit path. It writes only the cells
/// that changed since the frame before.
final class TerminalScreen {
    private var screen: OpaquePointer?
    private var theme = Theme(colour: false)
    private var previous: Frame?
    private(set) var glyphs = Glyphs.unicode
    private var running = false

    /// Why the explorer cannot start here.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    func start() throws {
        setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Unavailable(description: """
            linkscope explore needs a terminal (standard input and output must be one).
            Without one, use: linkscope render --size 120x40 --keys "…" (the screen as text),
            linkscope list KIND, or linkscope show ID.
            """)
        }
        Signals.saveModes()
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty,
              let screen = newterm(nil, stdout, stdin) else {
            throw Unavailable(description: "linkscope explore: the terminal type (TERM) is unset or unknown; set TERM, or use linkscope render, list or show.")
        }
        self.screen = screen
        running = true
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(stdscr, true)
        set_escdelay(25)
        curs_set(0)
        mousemask(ls_button1_pressed() | ls_button1_clicked() | ls_button4_pressed() | ls_button5_pressed(), nil)
        mouseinterval(0)
        let colour = has_colors() && getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true
        if colour {
            start_color()
            use_default_colors()
        }
        theme = Theme(colour: colour)
        glyphs = String(cString: ls_codeset()) == "UTF-8" ? .unicode : .ascii
    }

    /// What undoes the screen when `endwin` cannot run (in a signal handler): leave the
    /// alternate screen and keypad mode, show the cursor, plain attributes, mouse off;
    /// from the terminal's own terminfo entry.
    var resetBytes: [UInt8] {
        func capability(_ name: String) -> [UInt8] {
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
            return Array(String(cString: value).utf8)
        }
        var bytes = capability("rmcup") + capability("rmkx") + capability("sgr0") + capability("cnorm")
        if !capability("kmous").isEmpty { bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l".utf8) }
        return bytes
    }

    /// Restores the terminal; safe to call more than once.
    func stop() {
        guard running else { return }
        running = false
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    var size: (width: Int, height: Int) {
        (Int(getmaxx(stdscr)), Int(getmaxy(stdscr)))
    }

    /// Forgets what is on screen, so the next draw writes every cell (after a resize).
    func invalidate() {
        previous = nil
        clearok(stdscr, true)
    }

    /// What a read of the keyboard gave.
    enum Input {
        case event(Event)
        /// Nothing arrived within the time allowed.
        case timeout
        /// The end of input (the terminal went away) or a signal.
        case ended
    }

    /// The next event. With `milliseconds`, gives up after that long (the session redraws
    /// when background work finishes); without, waits for one.
    func nextInput(timeout milliseconds: Int32? = nil) -> Input {
        wtimeout(stdscr, milliseconds ?? -1)
        var failures = 0
        while Signals.received == nil {
            var wide: wint_t = 0
            errno = 0
            let status = wget_wch(stdscr, &wide)
            switch status {
            case OK:
                if let event = KeyDecoder.character(UInt32(wide)) { return .event(event) }
            case KEY_CODE_YES:
                if Int32(wide) == KEY_RESIZE {
                    return .event(.resize(width: size.width, height: size.height))
                }
                if let event = KeyDecoder.function(Int32(wide)) { return .event(event) }
            default:
                // ERR: the time ran out, interrupted by a signal (checked above), or input
                // is gone for good, in which case reading again would spin. A timed read
                // cannot tell the last from the first: the session reads without a time
                // limit once its background work is done, and notices then.
                if milliseconds != nil, errno != EINTR { return .timeout }
                failures += 1
                if errno != EINTR || failures > 100 { return .ended }
            }
        }
        return .ended
    }

    /// Writes the cells of `frame` that differ from the last frame, then updates the screen.
    func draw(_ frame: Frame) {
        if previous.map({ $0.width != frame.width || $0.height != frame.height }) ?? true {
            previous = nil
            erase()
        }
        for y in 0..<frame.height {
            var x = 0
            while x < frame.width {
                // A wide character's right half is written with its left half.
                guard changed(frame, x, y), !frame[x, y].isContinuation else { x += 1; continue }
                let style = frame[x, y].style
                var run: [wchar_t] = []
                let start = x
                while x < frame.width, frame[x, y].style == style, changed(frame, x, y) {
                    let character = frame[x, y].character
                    if let character {
                        run += character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                    }
                    x += 1
                    // The terminal's idea of a non-ASCII character's width may differ from
                    // ours: end the run there, so the next one is placed where the frame says.
                    if let character, !character.isASCII { break }
                }
                attrset(Int32(bitPattern: theme.attribute(style)))
                run.append(0)
                mvaddwstr(Int32(y), Int32(start), run)
            }
        }
        attrset(0)
        previous = frame
        refresh()
    }

    /// A cell must be written when it, or the right half of the wide character it starts, changed.
    private func changed(_ frame: Frame, _ x: Int, _ y: Int) -> Bool {
        guard let previous else { return true }
        if frame[x, y] != previous[x, y] { return true }
        return x + 1 < frame.width && frame[x + 1, y].isContinuation && frame[x + 1, y] != previous[x + 1, y]
    }
}
