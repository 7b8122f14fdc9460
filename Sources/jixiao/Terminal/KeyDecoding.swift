import CNcursesw
import JixiaoTUI

/// Reading keys: `get_wch` codes become `KeyEvent`s.
///
/// Characters: printable characters (wide ones included) → `.char`; 9 → `.tab`; 10/13 →
/// `.enter`; 8/127 → `.backspace`; 27 → `.escape` (after the short escape delay); the other
/// control codes 1…26 → `.ctrl(letter)`; 0 and 28…31, C1 controls → ignored.
/// KEY_ codes: arrows, Home/End (also KEY_FIND/KEY_SELECT/KEY_BEG and keypad corners A1/C1),
/// PgUp/PgDn (also keypad A3/C3), KEY_BTAB → `.backTab`, KEY_ENTER, KEY_BACKSPACE, KEY_DC →
/// `.delete`, KEY_RESIZE → `.resize(width:height:)`, KEY_MOUSE → `.wheel` (buttons 4/5) or
/// `.click` (button 1 press). Other codes (function keys, modified keys) are ignored.
/// An escape sequence ncurses did not recognise (`ESC [ … final` or `ESC O x`) is swallowed
/// whole instead of arriving as Esc followed by stray characters.
extension CursesTerminal {
    /// Waits for the next event. `nil` when input has ended (the terminal went away).
    func readEvent() -> KeyEvent? {
        readTimeout = -1
        var failures = 0
        while true {
            switch nextRaw() {
            case .event(let e):
                return e
            case .skip:
                failures = 0
            case .nothing:
                // A blocking read gives ERR on end of input, and now and then when a signal
                // interrupts it; only a run of them means the terminal is gone.
                failures += 1
                if failures >= 32 { return nil }
            }
        }
    }

    /// The next event, waiting at most `milliseconds` for it; `nil` when none came (or input
    /// has ended: `readEvent()` tells the two apart).
    func readEvent(waitingAtMost milliseconds: Int32) -> KeyEvent? {
        readTimeout = max(0, milliseconds)
        while true {
            switch nextRaw() {
            case .event(let e): return e
            case .skip: continue
            case .nothing: return nil
            }
        }
    }

    /// The next event if one is already waiting, else `nil` at once.
    func pollEvent() -> KeyEvent? {
        let saved = readTimeout
        readTimeout = 0
        defer { readTimeout = saved }
        while true {
            switch nextRaw() {
            case .event(let e): return e
            case .skip: continue
            case .nothing: return nil
            }
        }
    }

    private enum Raw {
        case event(KeyEvent)
        case skip
        case nothing
    }

    private func nextRaw() -> Raw {
        var code: Int32 = 0
        switch jx_get_wch(&code) {
        case 0: return decodeCharacter(code)
        case 1: return decodeKey(code)
        default: return .nothing
        }
    }

    private func decodeCharacter(_ code: Int32) -> Raw {
        switch code {
        case 9: return .event(.tab)
        case 10, 13: return .event(.enter)
        case 8, 127: return .event(.backspace)
        case 27: return decodeEscape()
        case 1...26:
            let letter = Character(Unicode.Scalar(UInt8(96 + code)))
            return .event(.ctrl(letter))
        case 0...31, 0x80..<0xA0:
            return .skip
        default:
            guard code > 0, let scalar = Unicode.Scalar(UInt32(code)) else { return .skip }
            return .event(.char(Character(scalar)))
        }
    }

    /// Esc on its own (ncurses has already waited the escape delay for more), or the start of a
    /// sequence keypad did not know, which is read to its end and dropped. Esc followed at once
    /// by a character (Alt-x) is Esc, and the character is read next.
    private func decodeEscape() -> Raw {
        let saved = readTimeout
        readTimeout = 0
        defer { readTimeout = saved }
        var code: Int32 = 0
        let kind = jx_get_wch(&code)
        guard kind == 0 else {
            if kind == 1 { _ = ungetch(code) }  // Esc then a key at once (Alt-arrow): both count
            return .event(.escape)
        }
        switch code {
        case 0x5B:  // "[": CSI parameters and intermediates, then a final byte 0x40…0x7E
            for _ in 0..<32 {
                guard jx_get_wch(&code) == 0 else { break }
                if (0x40...0x7E).contains(code) { break }
            }
            return .skip
        case 0x4F:  // "O": SS3 and one more character
            _ = jx_get_wch(&code)
            return .skip
        default:
            _ = unget_wch(wchar_t(code))
            return .event(.escape)
        }
    }

    private func decodeKey(_ code: Int32) -> Raw {
        switch code {
        case jx_key_up(): return .event(.up)
        case jx_key_down(): return .event(.down)
        case jx_key_left(): return .event(.left)
        case jx_key_right(): return .event(.right)
        case jx_key_home(), jx_key_find(), jx_key_beg(), jx_key_a1(): return .event(.home)
        case jx_key_end(), jx_key_select(), jx_key_c1(): return .event(.end)
        case jx_key_ppage(), jx_key_a3(): return .event(.pageUp)
        case jx_key_npage(), jx_key_c3(): return .event(.pageDown)
        case jx_key_btab(): return .event(.backTab)
        case jx_key_enter(): return .event(.enter)
        case jx_key_backspace(): return .event(.backspace)
        case jx_key_dc(): return .event(.delete)
        case jx_key_resize():
            return .event(.resize(width: width, height: height))
        case jx_key_mouse():
            return decodeMouse()
        default:
            return .skip
        }
    }

    private func decodeMouse() -> Raw {
        var x: Int32 = 0, y: Int32 = 0
        var state: mmask_t = 0
        guard jx_getmouse(&x, &y, &state) == 1 else { return .skip }
        if state & jx_button4_pressed() != 0 { return .event(.wheel(x: Int(x), y: Int(y), delta: -1)) }
        if state & jx_button5_pressed() != 0 { return .event(.wheel(x: Int(x), y: Int(y), delta: 1)) }
        if state & jx_button1_pressed() != 0 { return .event(.click(x: Int(x), y: Int(y))) }
        return .skip
    }
}
