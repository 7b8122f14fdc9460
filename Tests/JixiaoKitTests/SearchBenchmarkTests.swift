import Foundation
import Testing
@testable import JixiaoKit

/// Search speed on a synthetic year of forms (10,000 forms, ~45 MB of folded text). Not a timed
/// test: it prints figures for docs/search.md, and runs only when asked:
///
///     JIXIAO_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter SearchBenchmark
@Suite(.enabled(if: ProcessInfo.processInfo.environment["JIXIAO_BENCH"] != nil))
struct SearchBenchmark {
    /// A deterministic generator (no seeding API in the standard library's).
    struct LCG {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
    }

    /// Text in the style of the sample: a character-level Markov chain over its fields, with a
    /// few random ideographs and numbers mixed in so that the forms differ.
    struct Babbler {
        var rng = LCG(state: 7)
        var chars: [Unicode.Scalar] = []
        var next: [Unicode.Scalar: [Unicode.Scalar]] = [:]

        init(corpus: String) {
            chars = Array(corpus.unicodeScalars)
            for (a, b) in zip(chars, chars.dropFirst()) { next[a, default: []].append(b) }
        }

        mutating func text(_ count: Int) -> String {
            var out = String.UnicodeScalarView()
            var c = chars[rng.next(chars.count)]
            for _ in 0..<count {
                let r = rng.next(1000)
                if r < 30 {
                    c = Unicode.Scalar(0x4E00 + UInt32(rng.next(0x51A5)))!
                } else if r < 40 {
                    out.append(contentsOf: String(rng.next(100_000)).unicodeScalars)
                } else if r < 970, let options = next[c] {
                    c = options[rng.next(options.count)]
                } else {
                    c = chars[rng.next(chars.count)]
                }
                out.append(c)
            }
            return String(out)
        }
    }

    static func sampleText() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Resources/yangquan-2026.expected.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var parts: [String] = []
        for form in json["forms"] as! [[String: Any]] {
            parts.append(form["project"] as! String)
            parts.append(form["implementingUnit"] as! String)
            // Dictionaries iterate in a different order every run: sort, so the forms are the same.
            parts.append(contentsOf: (form["narrative"] as! [String: String]).sorted { $0.key < $1.key }.map(\.value))
            parts.append(contentsOf: (form["goals"] as! [String: String]).sorted { $0.key < $1.key }.map(\.value))
            let indicators = form["indicators"] as! [String: Any]
            for side in ["implementation", "annual"] {
                for ind in indicators[side] as? [[String: Any]] ?? [] {
                    parts.append(ind["name"] as! String)
                    parts.append(ind["value"] as! String)
                }
            }
        }
        return parts.joined(separator: "。")
    }

    static func synthesize(_ count: Int) throws -> [Form] {
        var b = Babbler(corpus: try sampleText())
        let tiers = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"),
                     ("成本指标", "经济成本指标"), ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标")]
        let units = ["%", "％", "人", "万元", "个", "天", ""]
        let comparators = ["≥", "≤", "=", "＞", ""]
        return (0..<count).map { _ in
            var f = Form(
                project: b.text(5 + b.rng.next(16)),
                department: Department(code: String(format: "%03d", 1 + b.rng.next(999)), name: b.text(8)),
                implementingUnit: b.text(10),
                narrative: Narrative(
                    overview: b.text(50 + b.rng.next(320)), basis: b.text(50 + b.rng.next(320)),
                    necessity: b.text(50 + b.rng.next(320)), safeguards: b.text(50 + b.rng.next(320)),
                    plan: b.text(50 + b.rng.next(320))),
                goals: Goals(implementation: b.text(50 + b.rng.next(190)), annual: b.text(50 + b.rng.next(190))))
            for i in 0..<(10 + b.rng.next(21)) {
                let t = tiers[i % tiers.count]
                let value = comparators[b.rng.next(comparators.count)] + String(1 + b.rng.next(10_000))
                    + units[b.rng.next(units.count)]
                let ind = Indicator(tier1: t.0, tier2: t.1, name: b.text(4 + b.rng.next(9)), value: value)
                if i % 2 == 0 { f.indicators.implementation.append(ind) } else { f.indicators.annual.append(ind) }
            }
            return f
        }
    }

    static func clock(_ id: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(id, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// CPU time of all threads, in milliseconds, of the last `time` call: on a busy machine
    /// wall-clock time says more about the neighbours than about the search.
    nonisolated(unsafe) static var lastCPU = 0.0

    /// Best of `n` runs, wall clock, in milliseconds.
    static func time<R>(_ n: Int = 3, _ body: () -> R) -> (Double, R) {
        var best = Double.infinity
        var bestCPU = Double.infinity
        var result: R? = nil
        for _ in 0..<n {
            let t = clock(CLOCK_MONOTONIC), c = clock(CLOCK_PROCESS_CPUTIME_ID)
            result = body()
            best = min(best, clock(CLOCK_MONOTONIC) - t)
            bestCPU = min(bestCPU, clock(CLOCK_PROCESS_CPUTIME_ID) - c)
        }
        lastCPU = bestCPU * 1000
        return (best * 1000, result!)
    }

    static func percentile(_ xs: [Double], _ p: Double) -> Double {
        let s = xs.sorted()
        return s[min(s.count - 1, Int(Double(s.count) * p))]
    }

    @Test func yearOfForms() throws {
        let forms = try Self.synthesize(10_000)
        let (build, index) = Self.time { SearchIndex(forms: forms) }
        let mb = Double(index.storage.byteCount) / 1e6
        print(String(format: "search bench: %d forms, %.1f MB folded, build %.1f ms wall, %.1f ms CPU (best of 3, %d cores)",
                     forms.count, mb, build, Self.lastCPU, Parallel.cores))

        var queries = ["公交", "人才工作", "gj", "rcgz", "公j", "2024年y", "满意度", "城乡居民养老保险", "100%",
                       "≥95%", "鬼怪", "zzzz", "服务对象满意度", "ic卡", "阳泉市", "yqs", "shbzj", "社会保障"]
        var rng = LCG(state: 42)
        while queries.count < 120 {
            let text = Array(forms[rng.next(forms.count)].narrative.overview.unicodeScalars)
            let len = 2 + rng.next(5)
            guard text.count > len else { continue }
            let start = rng.next(text.count - len)
            let piece = text[start..<start + len]
            queries.append(String(String.UnicodeScalarView(piece)))
            if piece.allSatisfy({ SearchFolding.initials($0.value).nonzeroBitCount == 1 && $0.value >= 0x3400 }) {
                let initials = piece.map { Character(Unicode.Scalar(0x61 + UInt8(SearchFolding.initials($0.value).trailingZeroBitCount))) }
                queries.append(String(initials))
            }
        }
        var keystrokes: [Double] = [], keystrokesCPU: [Double] = []
        var cold: [Double] = [], coldCPU: [Double] = []
        for q in queries {
            var previous: [Int]? = nil
            var typed = ""
            for ch in q {
                typed.append(ch)
                let (ms, found) = Self.time { index.matches(typed, within: previous) }
                keystrokes.append(ms)
                keystrokesCPU.append(Self.lastCPU)
                previous = found
            }
            let (ms, found) = Self.time { index.matches(q) }
            cold.append(ms)
            coldCPU.append(Self.lastCPU)
            #expect(found == previous)
        }
        func summary(_ xs: [Double]) -> String {
            String(format: "p50 %.2f ms, p95 %.2f ms, max %.2f ms", Self.percentile(xs, 0.5), Self.percentile(xs, 0.95), xs.max()!)
        }
        print("search bench: \(keystrokes.count) keystrokes (\(queries.count) queries typed one character at a time, within the previous result)")
        print("search bench:   wall \(summary(keystrokes)); CPU \(summary(keystrokesCPU))")
        print("search bench: whole queries from scratch")
        print("search bench:   wall \(summary(cold)); CPU \(summary(coldCPU))")
        let sample = forms[0]
        let (hitsMs, _) = Self.time { SearchIndex.hits("公交", in: sample) }
        print(String(format: "search bench: hits in one form %.3f ms", hitsMs))
    }
}
