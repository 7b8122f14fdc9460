/// Finding a form by what a reviewer types: a project name (or part), a department name, or a
/// department code, compared the way search compares text.
public enum FormLookup {
    /// Indices of matching forms. An exact project name or code wins over partial matches.
    public static func find(_ query: String, in forms: [Form]) -> [Int] {
        let q = fold(query)
        guard !q.isEmpty else { return [] }
        let exact = forms.indices.filter { fold(forms[$0].project) == q || fold(forms[$0].department.code) == q }
        if !exact.isEmpty { return exact }
        return forms.indices.filter { i in
            let f = forms[i]
            return fold(f.project).contains(q) || fold(f.department.name).contains(q) || fold(f.department.display).contains(q)
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
