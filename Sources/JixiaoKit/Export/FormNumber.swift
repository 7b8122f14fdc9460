/// The one numbering of forms: a form's number is its 1-based position in file order across all
/// inputs (files in the order given, folders in path order) — the first column of `list`, what
/// `show '#3'` / `show --index 3` take, the browser's `3/7` and `:3`, and `check`'s form number.
public enum FormNumber {
    /// The number of the form at `index` in the array read.
    public static func of(index: Int) -> Int { index + 1 }

    /// The index of form `number` among `count` forms; nil when out of range.
    public static func index(of number: Int, count: Int) -> Int? {
        (1...max(1, count)).contains(number) && count > 0 ? number - 1 : nil
    }

    /// The number a query names explicitly: `#3` (or full-width `＃３`), surrounding spaces
    /// ignored. Plain digits are not a number (`3` may be part of a code or a name).
    public static func parse(_ query: String) -> Int? {
        let folded = FormLookup.fold(query)
        guard folded.first == "#" else { return nil }
        let digits = folded.dropFirst()
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// `3/7`, as the browser's status bar shows the selection.
    public static func position(index: Int, count: Int) -> String { "\(index + 1)/\(count)" }
}
