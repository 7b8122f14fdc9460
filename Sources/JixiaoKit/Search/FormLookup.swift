/// Finding a form by what a reviewer types: a project name (or part), a department name, or a
/// department code, compared the way search compares text. A query of digits only matches a
/// code only when equal to it.
public enum FormLookup {
    /// Indices of matching forms. An exact project name or code wins over partial matches.
    public static func find(_ query: String, in forms: [Form]) -> [Int] {
        let q = fold(query)
        guard !q.isEmpty else { return [] }
        let exact = forms.indices.filter { fold(forms[$0].project) == q || fold(forms[$0].department.code) == q }
        if !exact.isEmpty { return exact }
        // Digits match a department code only when equal to it (above), never inside one:
        // `3` is not 033's form (a list number is `#3`, `FormNumber`).
        let digitsOnly = q.allSatisfy { $0.isASCII && $0.isNumber }
        return forms.indices.filter { i in
            let f = forms[i]
            return fold(f.project).contains(q) || fold(f.department.name).contains(q)
                || (!digitsOnly && fold(f.department.display).contains(q))
        }
    }

    /// The text as search compares it (`SearchFolding`): whitespace and invisible characters
    /// dropped, full-width forms folded to half-width, ASCII lowercased.
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if let v = SearchFolding.fold(u.value), let folded = Unicode.Scalar(v) { out.append(folded) }
        }
        return String(out)
    }
}
