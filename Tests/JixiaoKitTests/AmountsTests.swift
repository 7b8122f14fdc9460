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

    /// Thousands separators written digit by digit are those of the rule on the decimal text:
    /// a comma before every third digit from the right, a negative's `-` in front of them all.
    @Test func groupedIsTheRuleOnTheDecimalText() {
        func reference(_ n: Int) -> String {
            let text = String(n)
            let s = Array(text.drop { $0 == "-" })
            var out = n < 0 ? "-" : ""
            for (i, c) in s.enumerated() {
                if i > 0, (s.count - i) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return out
        }
        var values = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 12_345, 123_456, 1_234_567, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var p = 1
        for _ in 0..<18 {
            p *= 10
            values += [p - 1, p, p + 1, -p, -(p - 1)]
        }
        var g = SystemRandomNumberGenerator()
        values += (0..<2000).map { _ in Int.random(in: Int.min...Int.max, using: &g) >> Int.random(in: 0..<63, using: &g) }
        for n in values {
            #expect(Amounts.grouped(n) == reference(n), "\(n)")
        }
        #expect(Amounts.grouped(1_234_567) == "1,234,567")
        #expect(Amounts.grouped(-123) == "-123")
        #expect(Amounts.grouped(-123_456) == "-123,456")
    }
}
