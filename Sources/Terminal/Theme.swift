@preconcurrency import CNcurses
import Explorer

/// Turns the views' styles into ncurses attributes: colours on the terminal's own
/// background where the terminal has colours and `NO_COLOR` is unset, attributes alone otherwise.
struct Theme {
    private var attributes: [Style: attr_t] = [:]

    /// Sets up colour pairs (after `start_color`) and maps every style.
    init(colour: Bool) {
        let bold = ls_attr_bold(), dim = ls_attr_dim(), reverse = ls_attr_reverse(), underline = ls_attr_underline()
        var pairs: [Int16: attr_t] = [:]
        if colour {
            for (pair, fg) in [(1, COLOR_CYAN), (2, COLOR_RED), (3, COLOR_YELLOW), (4, COLOR_GREEN), (5, COLOR_BLUE),
                               (6, COLOR_MAGENTA)] {
                init_pair(Int16(pair), Int16(fg), -1)
                pairs[Int16(pair)] = ls_color_pair(Int16(pair))
            }
        }
        func color(_ pair: Int16) -> attr_t { pairs[pair] ?? 0 }
        attributes = [
            .normal: ls_attr_normal(),
            .dim: dim,
            .border: dim,
            .focusedBorder: bold | color(1),
            .title: bold,
            .heading: bold | color(6),
            .selected: reverse | bold,
            .selectedUnfocused: reverse | dim,
            .link: underline | color(1),
            .selectedLink: reverse | bold,
            .key: reverse | bold,
            .tab: reverse,
            .activeTab: bold,
            .statusBar: reverse,
            .input: bold,
            .error: bold | color(2),
            .warning: bold | color(3),
            .ok: color(4),
            .emphasis: bold,
            .linePrivate: color(1),
            .lineRouted: color(5),
            .lineHybrid: color(6),
        ]
    }

    func attribute(_ style: Style) -> attr_t { attributes[style] ?? 0 }
}
