import Testing
@testable import JixiaoKit

@Suite struct FormLookupTests {
    let forms = FormReader.read(file: TestData.sampleURL.path).forms

    @Test func byNameCodeAndDepartment() {
        #expect(FormLookup.find("公交", in: forms) == [2])
        #expect(FormLookup.find("040", in: forms) == [2])
        #expect(FormLookup.find("水利局", in: forms) == [6])
        #expect(FormLookup.find("(市本级)", in: forms) == [6])  // half-width query, full-width name
        #expect(FormLookup.find("人才 工作", in: forms) == [1])  // whitespace ignored
        #expect(FormLookup.find("阳泉市", in: forms).count > 1)
        #expect(FormLookup.find("", in: forms).isEmpty)
    }

    @Test func exactNameWinsOverPartial() {
        var two = forms
        two.append(Form(project: "公交政策性亏损补贴（续）"))
        #expect(FormLookup.find("公交政策性亏损补贴", in: two) == [2])
        #expect(FormLookup.find("公交政策", in: two) == [2, 7])
    }
}
