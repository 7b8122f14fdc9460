import Foundation
import JixiaoGen
import Testing

@testable import JixiaoKit

/// `list`'s footer counts departments with `DepartmentCount` (hashes found in parallel parts,
/// shared out over tables counted in parallel): the count is that of a grouping written here
/// (departments by their bytes) and of `YearSummary`'s rows, for any number of shares, with
/// the same department in many parts, empty and huge cells, and hashes that collide.
@Suite struct DepartmentCountTests {
    /// Generated forms with departments repeated far apart (so one department falls in several
    /// parts) and the hard cases: empty code or name or both, a huge name, the same code in
    /// composed and decomposed form, code and name that join to the same display text.
    static let forms: [Form] = {
        let (text, _) = FormGenerator.batch(count: 120, seed: 7)
        let generated = FormReader.read(bytes: Array(text.utf8), file: "generated.txt").forms
        let huge = String(repeating: "很长的部门名称", count: 20_000)
        let departments = [
            Department(), Department(code: "", name: "教育局"), Department(code: "101", name: ""),
            Department(code: "101", name: "教育局"), Department(code: "1", name: "01-教育局"), Department(code: "101-教育局", name: ""),
            Department(code: "\u{E9}01", name: "局"), Department(code: "e\u{301}01", name: "局"),
            Department(code: "ab", name: "c"), Department(code: "a", name: "bc"), Department(code: "abc", name: ""),
            Department(code: "777", name: huge), Department(code: "777", name: huge + "x"), Department(code: "0123456789abcdef", name: "01234567"),
        ]
        var out: [Form] = []
        for (i, f) in generated.enumerated() {
            out.append(f)
            var g = f
            g.department = departments[i % departments.count]
            out.append(g)
            if i % 5 == 0 {  // a generated department again, further on
                var h = generated[(i * 7) % generated.count]
                h.project = "重复部门 \(i)"
                out.append(h)
            }
        }
        return out
    }()

    /// Departments by their bytes, counted the plain way.
    static func reference(_ forms: [Form]) -> Int {
        Set(forms.map { Array($0.department.code.utf8) + [0xFF] + Array($0.department.name.utf8) }).count
    }

    @Test(arguments: [1, 2, 3, 7, 16])
    func countIsTheReference(shares: Int) {
        let forms = Self.forms
        let expected = Self.reference(forms)
        #expect(expected == YearSummary(forms).rows.count)
        #expect(expected > 40)
        let hashes = forms.map { DepartmentCount.hash($0.department) }
        // Real hashes; every hash the same (each department told apart by its bytes alone);
        // few hash values, spread over the shares by their top bits (long collision chains in
        // every share); the same with one form's hash changed (a department hashed two ways
        // would count twice: the test sees it).
        let few = forms.map { ($0.department.code.utf8.count + $0.department.name.utf8.count % 3) &* -7_046_029_254_386_353_131 }
        for (name, h) in [("hash", hashes), ("constant", forms.map { _ in 42 }), ("few", few)] {
            let n = forms.withUnsafeBufferPointer { DepartmentCount.count($0, hashes: h, shares: shares) }
            #expect(n == expected, "\(name) hashes, \(shares) shares")
        }
        var broken = hashes
        broken[1] &+= 1
        let n = forms.withUnsafeBufferPointer { DepartmentCount.count($0, hashes: broken, shares: shares) }
        #expect(n == expected + 1, "a department hashed two ways counts twice")
    }

    /// Prefixes of the forms (none, one, a few) in any number of shares.
    @Test func smallCounts() {
        for count in [0, 1, 2, 3, 10] {
            let forms = Array(Self.forms.prefix(count))
            let hashes = forms.map { DepartmentCount.hash($0.department) }
            for shares in [1, 2, 5] {
                let n = forms.withUnsafeBufferPointer { DepartmentCount.count($0, hashes: hashes, shares: shares) }
                #expect(n == Self.reference(forms), "\(count) forms, \(shares) shares")
            }
        }
    }

    /// The hash is a function of the department's bytes: equal bytes, equal hash, whatever the
    /// strings' storage (native, bridged from a substring, built by appends).
    @Test func hashFollowsTheBytes() {
        let a = Department(code: "101", name: "阳泉市教育局")
        var name = "阳泉市"
        name += "教育局"
        let b = Department(code: String("x101".dropFirst()), name: name)
        #expect(DepartmentCount.hash(a) == DepartmentCount.hash(b))
        let same = CheckText.bytes(a.code) { c in CheckText.bytes(a.name) { n in DepartmentCount.hash(code: c, name: n) } }
        #expect(same == DepartmentCount.hash(a))
    }

    /// The footer of `list` in parts of one form each (departments split across every part) and
    /// in one part: the reference list of `ListBytesTests`, whose footer counts `YearSummary`'s
    /// rows and sums its total, with huge and empty cells among the forms.
    @Test(arguments: [1, 5, 64, Int.max])
    func listFooterInParts(parallelMinimum: Int) {
        var forms = Self.forms
        forms[3].funds.annual.total = nil
        forms[9].project = ""
        forms[10].project = String(repeating: "项", count: 50_000)
        forms[11].funds.annual.total = 9.87654321e13
        forms[12].funds.annual.total = -123_456.7
        forms[13].funds.annual.total = 1e20
        let written = ListBytesTests.written(forms, width: 100, parallelMinimum: parallelMinimum)
        #expect(written == ListBytesTests.reference(forms, width: 100))
        #expect(written[written.count - 2].contains(SummaryTable.count(Self.reference(forms))))
    }
}
