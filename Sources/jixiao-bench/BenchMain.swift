import Foundation
import JixiaoKit

/// `jixiao-bench`: in-process measurements for bench/run.sh, separate from the user-facing CLI.
///
///     jixiao-bench read FILE…                 read + model only; prints one JSON line
///     jixiao-bench list FILE… [--runs N]      `jixiao list`'s writing alone, after the reading
///     jixiao-bench search FILE… --queries Q,Q  per-keystroke search latency over SearchIndex
///         [--screen N [--select F]]          … as the browser does it: N rows at once, the rest after
///                                            (F: the form selected while typing, 0 by default)
///     jixiao-bench review-writes …             grades written and timed one by one (BenchReview.swift)
///     jixiao-bench review-fill / review-load …  a decision per form; loading them (BenchReview.swift)
///     jixiao-bench review-key --db PATH FILE…   the browser's grade key, from key to 已保存
///     jixiao-bench browser-keys FILE… [--keys …]  the browser's keys, key to rendered grid (BenchBrowser.swift)
///
/// Exits with `exit(0)` once the figures are printed, so tearing down the forms (which
/// `jixiao list` pays at the end) is not counted — the reading is.
@main
struct BenchMain {
    static func main() {
        var args = Array(CommandLine.arguments.dropFirst())
        guard let command = args.first else { usage() }
        args.removeFirst()
        switch command {
        case "read": read(args)
        case "list": list(args)
        case "search": search(args)
        case "review-writes": reviewWrites(args)
        case "review-fill": reviewFill(args)
        case "review-load": reviewLoad(args)
        case "review-key": reviewKey(args)
        case "browser-keys": browserKeys(args)
        default: usage()
        }
    }

    static func usage() -> Never {
        FileHandle.standardError.write(Data("usage: jixiao-bench read FILE… | list FILE… [--runs N] | search FILE… --queries Q1,Q2,… | review-writes|review-fill|review-load --db PATH …\n".utf8))
        exit(64)
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// The inputs' sizes, through symlinks (`stat`, not the link's own size as `lstat` and
    /// FileManager's attributes give: the generated years in bench-data are often links).
    static func bytes(_ paths: [String]) -> Int {
        paths.reduce(0) { total, path in
            var st = stat()
            return total + (stat(path, &st) == 0 ? Int(st.st_size) : 0)
        }
    }

    static func read(_ paths: [String]) {
        guard !paths.isEmpty else { usage() }
        let t0 = now()
        let result = FormReader.read(paths: paths)
        let t1 = now()
        let indicators = result.forms.reduce(0) { $0 + $1.indicators.count }
        let size = bytes(paths)
        let seconds = t1 - t0
        print("{\"forms\":\(result.forms.count),\"indicators\":\(indicators),\"diagnostics\":\(result.diagnostics.count),"
            + "\"bytes\":\(size),\"read_s\":\(seconds),\"mb_per_s\":\(Double(size) / 1e6 / seconds),"
            + "\"form_bytes\":\(MemoryLayout<Form>.stride)\(heap())}")
        fflush(nil)
        if ProcessInfo.processInfo.environment["JIXIAO_MALLOC_STATS"] != nil { mallocStats() }
        withExtendedLifetime(result) { exit(0) }
    }

    /// glibc's `malloc_stats()` on stderr (each arena's system bytes and bytes in use), with
    /// JIXIAO_MALLOC_STATS set: where resident memory is held but not in use. Looked up at run
    /// time (<malloc.h> is not in the Glibc module).
    static func mallocStats() {
        #if canImport(Glibc)
        typealias Stats = @convention(c) () -> Void
        if let sym = dlsym(nil, "malloc_stats") { unsafeBitCast(sym, to: Stats.self)() }
        #endif
    }

    /// Memory figures from /proc/self/status (Linux): peak and current resident set, and the
    /// part of it that is anonymous memory (the model and the file buffer).
    static func heap() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
        var out = ""
        for line in status.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, ["VmHWM", "VmRSS", "RssAnon", "RssFile"].contains(String(parts[0])) else { continue }
            let kb = Double(parts[1].split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "0") ?? 0
            out += ",\"\(parts[0])_mb\":\(kb / 1024)"
        }
        return out
    }

    /// Types each query one character at a time, as a person does in the browser's `/` prompt,
    /// and times every keystroke (wall time, and CPU time of all threads). Like the prompt
    /// (`BrowserState.setPromptText`), a text typed before is a lookup in a per-query cache, and
    /// a new one is searched with `SearchIndex.matches(_:in:within:)` within the matches of its
    /// longest cached prefix of the same scope. A query may carry a scope prefix (`名:`, `部:`,
    /// `指:`, `值:`, typed as part of the query); `⌫` in a query is a Backspace. `--detail` adds
    /// every keystroke (text, ms, CPU ms, matches). Memory: resident anonymous memory before and
    /// after building the index. `--screen N`: the browser's keystroke instead
    /// (`BenchSearchScreen.swift`), with form `--select F` selected while typing.
    static func search(_ args: [String]) {
        var paths: [String] = []
        var queries: [String] = []
        var detail = false
        var screen: Int?
        var select = 0
        var k = 0
        while k < args.count {
            if args[k] == "--queries", k + 1 < args.count {
                queries = args[k + 1].split(separator: ",").map(String.init)
                k += 2
            } else if args[k] == "--detail" {
                detail = true
                k += 1
            } else if args[k] == "--screen", k + 1 < args.count, let rows = Int(args[k + 1]) {
                screen = rows
                k += 2
            } else if args[k] == "--select", k + 1 < args.count, let form = Int(args[k + 1]) {
                select = form
                k += 2
            } else {
                paths.append(args[k])
                k += 1
            }
        }
        guard !paths.isEmpty, !queries.isEmpty else { usage() }
        let result = FormReader.read(paths: paths)
        let forms = result.forms
        if let screen {
            searchScreen(forms, queries: queries, rows: screen, select: select, detail: detail)
            withExtendedLifetime(result) { exit(0) }
        }
        let anonBefore = status("RssAnon")
        let t0 = now()
        let index = SearchIndex(forms: forms)
        let t1 = now()
        let anonAfter = status("RssAnon")
        var latencies: [Double] = [], cpuTimes: [Double] = []
        var perQuery: [String] = []
        var keystrokes: [String] = []
        func quoted(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        for q in queries {
            var cache: [String: [Int]] = [:]
            var typed = ""
            var hits = 0
            for ch in q {
                if ch == "⌫" { typed = String(typed.dropLast()) } else { typed.append(ch) }
                let s = now(), c = cpu()
                let query = ScopedQuery(parsing: typed)
                var m: [Int]
                if query.text.isEmpty {
                    m = Array(forms.indices)
                } else if let cached = cache[typed] {
                    m = cached
                } else {
                    var base: (key: String, matches: [Int])?
                    for (key, found) in cache where typed.hasPrefix(key) && key.count > (base?.key.count ?? 0)
                        && ScopedQuery(parsing: key).scope == query.scope { base = (key, found) }
                    m = index.matches(query, in: forms, within: base?.matches)
                    cache[typed] = m
                }
                let t = now() - s, ct = cpu() - c
                latencies.append(t)
                cpuTimes.append(ct)
                hits = m.count
                if detail { keystrokes.append("{\"text\":\(quoted(typed)),\"ms\":\(t * 1000),\"cpu_ms\":\(ct * 1000),\"matches\":\(m.count)}") }
            }
            perQuery.append("{\"query\":\(quoted(q)),\"matches\":\(hits)}")
        }
        latencies.sort()
        cpuTimes.sort()
        func pct(_ p: Double, _ xs: [Double] = latencies) -> Double { xs[min(xs.count - 1, Int((Double(xs.count) * p).rounded(.up)) - 1)] * 1000 }
        print("{\"forms\":\(forms.count),\"index_s\":\(t1 - t0),\"index_mb\":\((anonAfter - anonBefore) / 1024),"
            + "\"keystrokes\":\(latencies.count),"
            + "\"p50_ms\":\(pct(0.5)),\"p95_ms\":\(pct(0.95)),\"max_ms\":\(latencies.last! * 1000),"
            + "\"cpu_p50_ms\":\(pct(0.5, cpuTimes)),\"cpu_p95_ms\":\(pct(0.95, cpuTimes)),\"cpu_max_ms\":\(cpuTimes.last! * 1000),"
            + "\"queries\":[\(perQuery.joined(separator: ","))]"
            + (detail ? ",\"keystroke\":[\(keystrokes.joined(separator: ","))]" : "") + "\(heap())}")
        fflush(nil)
        withExtendedLifetime((result, index)) { exit(0) }
    }

    /// Reads the files, then writes `jixiao list` (80 columns, as piped) `--runs` times (5 by
    /// default) into a sink that only counts the bytes, timing each run (wall and CPU of all
    /// threads): the list's own work, without the reading. Prints one JSON line: the runs in
    /// ms, their medians, the bytes of one list and the resident memory it added.
    static func list(_ args: [String]) {
        var paths: [String] = [], runs = 5, k = 0
        while k < args.count {
            if args[k] == "--runs", k + 1 < args.count, let n = Int(args[k + 1]), n > 0 {
                runs = n
                k += 2
            } else {
                paths.append(args[k])
                k += 1
            }
        }
        guard !paths.isEmpty else { usage() }
        let result = FormReader.read(paths: paths)
        let before = status("VmHWM")
        var walls: [Double] = [], cpus: [Double] = [], bytes = 0
        for _ in 0..<runs {
            bytes = 0
            let (t0, c0) = (now(), cpu())
            FormList.write(result.forms, width: 80) { bytes += $0.count }
            walls.append((now() - t0) * 1000)
            cpus.append((cpu() - c0) * 1000)
        }
        func median(_ v: [Double]) -> Double { v.sorted()[v.count / 2] }
        func list(_ v: [Double]) -> String { v.map { String(format: "%.1f", $0) }.joined(separator: ",") }
        print("{\"forms\":\(result.forms.count),\"bytes\":\(bytes),\"wall_ms\":[\(list(walls))],\"cpu_ms\":[\(list(cpus))],"
            + "\"wall_median_ms\":\(String(format: "%.1f", median(walls))),\"cpu_median_ms\":\(String(format: "%.1f", median(cpus))),"
            + "\"hwm_after_reading_mb\":\(before / 1024),\"hwm_mb\":\(status("VmHWM") / 1024)}")
        fflush(nil)
        withExtendedLifetime(result) { exit(0) }
    }

    /// CPU time of all the process's threads, in seconds: the work of a keystroke whatever the
    /// neighbours on the machine do.
    static func cpu() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// One figure of /proc/self/status in kB (0 when unreadable).
    static func status(_ key: String) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            return Double(line.dropFirst(key.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "0") ?? 0
        }
        return 0
    }
}
