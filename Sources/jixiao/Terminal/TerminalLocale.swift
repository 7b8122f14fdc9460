#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The locale ncursesw needs to show Chinese: it converts every wide character through the
/// C library's multibyte conversion, which under `LANG=C` (ASCII) silently drops them.
enum TerminalLocale {
    /// Codesets that can show Chinese as they are. Anything else (ASCII under `LANG=C` or
    /// `POSIX`, a Latin-1 locale, a locale that is not installed) falls back to `C.UTF-8`, which
    /// is what nearly every terminal reached over SSH speaks.
    static let chineseCapable: Set<String> = ["UTF-8", "UTF8", "GB18030", "GBK", "GB2312", "BIG5", "BIG5-HKSCS", "EUC-CN", "EUC-TW"]

    /// Calls `setlocale(LC_ALL, "")`, then falls back to `C.UTF-8` for the character type when
    /// the environment's codeset cannot show Chinese. Returns the codeset in force.
    @discardableResult
    static func prepare() -> String {
        setlocale(LC_ALL, "")
        if chineseCapable.contains(codeset().uppercased()) { return codeset() }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil {
            break
        }
        return codeset()
    }

    static func codeset() -> String {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: cs)
    }
}
