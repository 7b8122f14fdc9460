import Testing
@testable import JixiaoKit

@Suite struct AmountsTests {
    @Test func yuanAndWan() {
        #expect(Amounts.yuan(58_372_000) == "58,372,000")
        #expect(Amounts.yuan(1_234_567.5) == "1,234,567.50")
        #expect(Amounts.yuan(0) == "0")
        #expect(Amounts.yuan(nil) == "—")
        #expect(Amounts.yuan(.nan) == "—")
        #expect(Amounts.yuan(-1200) == "-1,200")
        #expect(Amounts.wan(30_770_800) == "3,077.08")
        #expect(Amounts.wan(200_000) == "20.00")
        #expect(Amounts.wan(nil) == "—")
        #expect(Amounts.wan(.infinity) == "—")
    }
}
