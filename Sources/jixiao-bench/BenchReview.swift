import Foundation
import JixiaoKit
import JixiaoReview

/// The review database's figures and the real processes its tests kill and race:
///
///     jixiao-bench review-writes --db PATH [--reviewer R] [--count N] [--forms M] [--expect-total T]
///         N grades on M synthetic forms (`2026|999|项目k`), each its own committed transaction;
///         prints `saved I KEY GRADE` after each commit, then one JSON line of write latencies.
///         With --expect-total, then waits (≤ 20 s) until the file holds T decisions and
///         prints `seen T` (another writer's rows are visible).
///     jixiao-bench review-fill --db PATH FILE…   one decision and note per form of FILE…
///     jixiao-bench review-load --db PATH FILE…   times identities + loading every review
extension BenchMain {
    static func options(_ args: [String]) -> (named: [String: String], rest: [String]) {
        var named: [String: String] = [:]
        var rest: [String] = []
        var k = 0
        while k < args.count {
            if args[k].hasPrefix("--"), k + 1 < args.count {
                named[String(args[k].dropFirst(2))] = args[k + 1]
                k += 2
            } else {
                rest.append(args[k])
                k += 1
            }
        }
        return (named, rest)
    }

    static func reviewWrites(_ args: [String]) {
        let (o, _) = options(args)
        guard let db = o["db"] else { usage() }
        let count = Int(o["count"] ?? "") ?? 1000
        let forms = max(1, Int(o["forms"] ?? "") ?? 100)
        let store = ReviewStore.open(path: db)
        guard store.isWritable else {
            FileHandle.standardError.write(Data("\(store.problem ?? "")\n".utf8))
            exit(3)
        }
        let session = ReviewSession(store: store, reviewer: o["reviewer"] ?? "bench")
        var latencies: [Double] = []
        latencies.reserveCapacity(count)
        for i in 0..<count {
            let k = i % forms
            let id = FormIdentity(
                key: "2026|999|项目\(k)", fingerprint: "f\(k)", fiscalYear: 2026, departmentCode: "999",
                department: "999-测试部门", project: "项目\(k)")
            let grade = Grade.given[i % 4]
            let t0 = now()
            do {
                _ = try session.setGrade(grade, of: id)
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                exit(3)
            }
            latencies.append(now() - t0)
            print("saved \(i) \(id.key) \(grade.rawValue)")
            fflush(nil)
        }
        print(latencyJSON(latencies, extra: "\"writes\":\(count)"))
        if let expected = Int(o["expect-total"] ?? "") {
            let deadline = now() + 20
            while now() < deadline {
                let n = (try? store.decisionCount()) ?? 0
                if n >= expected {
                    print("seen \(n)")
                    break
                }
                usleep(20_000)
            }
        }
        fflush(nil)
        exit(0)
    }

    static func reviewFill(_ args: [String]) {
        let (o, paths) = options(args)
        guard let db = o["db"], !paths.isEmpty else { usage() }
        let forms = FormReader.read(paths: paths).forms
        let store = ReviewStore.open(path: db)
        let t0 = now()
        do {
            try store.record(FormIdentity.of(forms).enumerated().map { i, id in (id, Grade.given[i % 4], "意见 \(i)") }, reviewer: "bench")
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(3)
        }
        print("{\"forms\":\(forms.count),\"fill_s\":\(now() - t0)}")
        exit(0)
    }

    static func reviewLoad(_ args: [String]) {
        let (o, paths) = options(args)
        guard let db = o["db"], !paths.isEmpty else { usage() }
        let forms = FormReader.read(paths: paths).forms
        var times: [Double] = []
        var reviewed = 0
        for _ in 0..<10 {
            let t0 = now()
            let session = ReviewSession(store: ReviewStore.open(path: db), reviewer: "bench")
            let ids = FormIdentity.of(forms)
            let reviews = session.reviews(of: ids)
            times.append(now() - t0)
            reviewed = reviews.filter { $0.grade != .unreviewed }.count
        }
        print(latencyJSON(times, extra: "\"forms\":\(forms.count),\"reviewed\":\(reviewed)"))
        exit(0)
    }

    static func latencyJSON(_ seconds: [Double], extra: String) -> String {
        let s = seconds.sorted()
        func pct(_ p: Double) -> Double { s[min(s.count - 1, max(0, Int((Double(s.count) * p).rounded(.up)) - 1))] * 1000 }
        return "{\(extra),\"p50_ms\":\(pct(0.5)),\"p95_ms\":\(pct(0.95)),\"max_ms\":\((s.last ?? 0) * 1000)}"
    }
}
