import Foundation
import Testing
@testable import JixiaoTUI
import JixiaoKit

/// How the browser is built: state code never names drawing code, and derived values are made
/// once, not on every key.
@Suite struct ShapeTests {
    /// The drawing types; no file under State/ or Input/ may name one.
    static let drawingTypes = [
        "ListPane", "DetailPane", "TreePane", "HelpOverlay", "IndicatorCard", "StatusBar", "TitleBar",
        "SummaryView", "DepartmentPickerView", "OverlayBox", "ScrollBar", "Theme.",
    ]

    @Test func stateCodeNamesNoPane() throws {
        let root = Sample.repository.appendingPathComponent("Sources/JixiaoTUI")
        var checked = 0
        for folder in ["State", "Input"] {
            let dir = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".swift") {
                let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                checked += 1
                for t in ShapeTests.drawingTypes {
                    #expect(!text.contains(t), "\(folder)/\(name) names \(t)")
                }
            }
        }
        #expect(checked >= 10)
    }

    @Test func detailDocumentIsBuiltOncePerFormAndWidth() {
        var b = makeBrowser(120, 40, checked: true)
        b.press(.char("j"), .char("j"), .tab)
        #expect(b.state.focus == .detail)
        _ = b.grid()
        let built = b.state.derived.detailBuilds
        for _ in 0..<5 {
            b.press(.char("j"))
            _ = b.grid()
        }
        b.press(.char("]"), .char("["), .char("G"))
        _ = b.grid()
        #expect(b.state.detailTop > 0)
        #expect(b.state.derived.detailBuilds == built)
        // Another form, another document; the width changes it too.
        b.press(.tab, .tab, .char("j"))
        #expect(b.state.focus == .list)
        _ = b.grid()
        #expect(b.state.derived.detailBuilds == built + 1)
        b.press(.resize(width: 130, height: 40))
        _ = b.grid()
        #expect(b.state.derived.detailBuilds == built + 2)
    }
}
