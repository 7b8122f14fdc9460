import Foundation
import Testing
import JixiaoGen
@testable import JixiaoKit

/// Thousands of seeded mutations of the sample: no crash, no hang, and every time either a
/// form or a diagnostic.
@Suite struct RobustnessTests {
    static func mutate(_ sample: [UInt8], seed: UInt64) -> [UInt8] {
        var rng = SeededRandom(seed: seed)
        var lines = sample.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            guard !lines.isEmpty else { break }
            let i = Int.random(in: 0..<lines.count, using: &rng)
            switch Int.random(in: 0..<8, using: &rng) {
            case 0: lines.removeSubrange(i..<min(lines.count, i + Int.random(in: 1...40, using: &rng)))  // cut
            case 1: lines.insert(contentsOf: lines[i..<min(lines.count, i + 8)], at: i)  // duplicate
            case 2: lines.shuffle(using: &rng)  // shuffle
            case 3:  // random bytes into a line
                for _ in 0..<Int.random(in: 1...8, using: &rng) {
                    let at = lines[i].isEmpty ? 0 : Int.random(in: 0..<lines[i].count, using: &rng)
                    lines[i].insert(UInt8.random(in: 1...255, using: &rng), at: at)
                }
            case 4: lines[i].removeAll { $0 == 0x09 }  // deleted tabs
            case 5: lines[i] = lines[i].map { $0 == 0x09 && Bool.random(using: &rng) ? 0x20 : $0 }
            case 6:  // cut a line mid-character
                if !lines[i].isEmpty { lines[i] = Array(lines[i].prefix(Int.random(in: 0..<lines[i].count, using: &rng))) }
            default: lines.swapAt(i, Int.random(in: 0..<lines.count, using: &rng))
            }
        }
        return Array(lines.joined(separator: [0x0A]))
    }

    @Test func seededMutationsNeverCrashOrGoSilent() {
        let sample = TestData.sampleBytes
        let count = 2000
        var formsRead = 0
        for seed in 0..<UInt64(count) {
            let bytes = Self.mutate(sample, seed: seed)
            let r = FormReader.read(bytes: bytes, file: "mutant-\(seed).txt")
            #expect(!r.forms.isEmpty || !r.diagnostics.isEmpty, "seed \(seed) gave neither a form nor a diagnostic")
            formsRead += r.forms.count
            // Every export of what was read stays valid JSON.
            if seed % 50 == 0 {
                #expect((try? JSONSerialization.jsonObject(with: Data(FormJSON.document(r.forms).utf8))) != nil, "seed \(seed)")
            }
        }
        #expect(formsRead > count)  // most mutants still hold forms
    }

    @Test func pathologicalInputs() {
        let cases: [[UInt8]] = [
            [], [0x0A], [0x0D], Array(repeating: 0x09, count: 100_000), Array(repeating: 0x0A, count: 100_000),
            Array("项目名称".utf8), Array("绩效指标\t产出指标\n".utf8), Array(repeating: 0xE5, count: 10),
            Array(String(repeating: "产出指标\t", count: 5000).utf8),
            Array(("阳泉市项目支出绩效目标表\n" + String(repeating: "\t成本指标\t成本指标\t成本指标\n", count: 2000)).utf8),
        ]
        for bytes in cases {
            let r = FormReader.read(bytes: bytes, file: "p.txt")
            #expect(!r.forms.isEmpty || !r.diagnostics.isEmpty)
        }
    }
}
