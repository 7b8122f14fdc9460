/// Finding a form by what a reviewer types: a project name (or part), a department name, or a
/// department code. Whitespace is ignored and full-width forms fold to half-width.
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

    /// Whitespace removed, full-width ASCII forms folded, ASCII lowercased.
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where !u.properties.isWhitespace {
            var v = u.value
            if v >= 0xFF01, v <= 0xFF5E { v -= 0xFEE0 }
            if v >= 0x41, v <= 0x5A { v += 0x20 }
            out.append(Unicode.Scalar(v)!)
        }
        return String(out)
    }
}
