import CNcursesw
import JixiaoTUI

/// How `Style` becomes curses attributes and a colour pair.
///
/// A restrained palette on the terminal's own background (`use_default_colors`): colour marks
/// meaning (search hits, errors, warnings), never decoration. Selection and the status line are
/// reverse video, which reads well on every theme. Under `NO_COLOR` (set and non-empty) or on a
/// monochrome terminal there are no colours at all: each role falls back to an attribute, so a
/// search hit or an error is still visible.
struct CursesPalette {
    /// Colours are in use (the terminal has them and `NO_COLOR` is not set).
    let usesColor: Bool
    /// Attributes and pair per `ColorRole.rawValue`.
    private var roleAttrs: [attr_t]
    private var rolePairs: [Int32]

    /// `NO_COLOR` as https://no-color.org says: present and not empty.
    static func noColorRequested(_ env: [String: String]) -> Bool {
        guard let v = env["NO_COLOR"] else { return false }
        return !v.isEmpty
    }

    /// Starts colour when wanted and possible, and sets up the pairs. Call after `newterm`.
    init(wantColor: Bool) {
        let count = ColorRole.allCases.count
        roleAttrs = Array(repeating: jx_a_normal(), count: count)
        rolePairs = Array(repeating: 0, count: count)

        var color = wantColor && has_colors()
        if color, start_color() == ERR { color = false }
        usesColor = color

        func set(_ role: ColorRole, _ attrs: attr_t, pair: Int32 = 0) {
            roleAttrs[Int(role.rawValue)] = attrs
            rolePairs[Int(role.rawValue)] = pair
        }

        guard color else {
            // Monochrome: attributes only.
            set(.accent, jx_a_bold())
            set(.muted, jx_a_dim())
            set(.highlight, jx_a_bold() | jx_a_underline())
            set(.selection, jx_a_reverse())
            set(.error, jx_a_bold())
            set(.warning, jx_a_bold())
            set(.title, jx_a_bold())
            set(.status, jx_a_reverse())
            return
        }

        // -1 is the terminal's own background when use_default_colors works.
        let defaults = use_default_colors() == OK
        let bg: Int16 = defaults ? -1 : Int16(COLOR_BLACK)
        var next: Int16 = 1
        func pair(_ f: Int16, _ b: Int16) -> Int32 {
            let n = next
            next += 1
            init_pair(n, f, b)
            return Int32(n)
        }
        let manyColors = jx_colors() >= 16
        set(.accent, jx_a_normal(), pair: pair(Int16(COLOR_CYAN), bg))
        if manyColors {
            set(.muted, jx_a_normal(), pair: pair(8, bg))  // bright black: grey on most themes
        } else {
            set(.muted, jx_a_dim())
        }
        set(.highlight, jx_a_normal(), pair: pair(Int16(COLOR_BLACK), Int16(COLOR_YELLOW)))
        set(.selection, jx_a_reverse())
        set(.error, jx_a_bold(), pair: pair(Int16(COLOR_RED), bg))
        set(.warning, jx_a_normal(), pair: pair(Int16(COLOR_YELLOW), bg))
        set(.info, jx_a_normal(), pair: pair(Int16(COLOR_GREEN), bg))
        set(.title, jx_a_bold())
        set(.status, jx_a_reverse())
    }

    /// Attributes and colour pair for a cell's style.
    func attributes(for style: Style) -> (attrs: attr_t, pair: Int32) {
        let i = Int(style.color.rawValue)
        var a = roleAttrs[i]
        if style.bold { a |= jx_a_bold() }
        if style.dim { a |= jx_a_dim() }
        if style.reverse { a |= jx_a_reverse() }
        if style.underline { a |= jx_a_underline() }
        return (a, rolePairs[i])
    }
}
