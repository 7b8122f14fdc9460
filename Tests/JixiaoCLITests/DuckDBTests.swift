import Foundation
import Testing

/// docs/scale.md: the exports load as they are into DuckDB. Every SQL block of the page runs on
/// the sample's `export -f jsonl` / `-f csv`, and the per-department figures equal `jixiao
/// summary --format json`. Needs python3 with the `duckdb` package (`.ci/run` installs it).
@Suite(.enabled(if: DuckDB.available, "needs python3 with the duckdb package (pip install duckdb; .ci/run installs it)"))
struct DuckDBTests {
    @Test func docsQueriesMatchTheSummary() throws {
        let dir = try Binary.tempDir()
        let jsonl = try Binary.run(["export", "-f", "jsonl", Binary.sample])
        let csv = try Binary.run(["export", "-f", "csv", "--lang", "en", Binary.sample])
        try Data(jsonl.stdoutBytes).write(to: dir.appendingPathComponent("forms.jsonl"))
        try Data(csv.stdoutBytes).write(to: dir.appendingPathComponent("indicators.csv"))
        let doc = try String(contentsOf: Binary.repo.appendingPathComponent("docs/scale.md"), encoding: .utf8)
        let blocks = doc.components(separatedBy: "```sql\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count == 4)
        let results = try DuckDB.run(blocks, in: dir)
        #expect(results.count == blocks.count)

        let summary = try Binary.run(["summary", "--format", "json", Binary.sample])
        let s = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let departments = try #require(s["departments"] as? [[String: Any]])
        func yuan(_ row: [String: Any], _ side: String) -> Double? { ((row[side] as? [String: Any])?["yuan"] as? NSNumber)?.doubleValue }
        func given(_ row: [String: Any], _ side: String) -> Int? { ((row[side] as? [String: Any])?["given"] as? NSNumber)?.intValue }

        // Block 1: funds per department.
        let funds = results[0]
        #expect(funds.count == departments.count)
        for (row, d) in zip(funds, departments) {
            #expect(row[0] as? String == d["code"] as? String)
            #expect(row[1] as? String == d["name"] as? String)
            #expect((row[2] as? NSNumber)?.intValue == (d["forms"] as? NSNumber)?.intValue)
            #expect((row[3] as? NSNumber)?.doubleValue == yuan(d, "annual"))
            #expect((row[4] as? NSNumber)?.intValue == given(d, "annual"))
            #expect((row[5] as? NSNumber)?.doubleValue == yuan(d, "implementation"))
            #expect((row[6] as? NSNumber)?.intValue == given(d, "implementation"))
        }
        // Block 2: indicators per department.
        #expect(results[1].map { $0[0] as? String } == departments.map { $0["code"] as? String })
        #expect(results[1].map { ($0[1] as? NSNumber)?.intValue } == departments.map { ($0["indicators"] as? NSNumber)?.intValue })
        // Block 3: satisfaction targets below 95 %, counted here from the JSON export.
        var low = 0
        for line in jsonl.stdout.split(separator: "\n") {
            let form = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let annual = ((form["indicators"] as? [String: Any])?["annual"] as? [[String: Any]]) ?? []
            low += annual.filter { ($0["tier2"] as? String)?.contains("满意度") == true && ((($0["parsed"] as? [String: Any])?["number"] as? NSNumber)?.doubleValue ?? 100) < 95 }.count
        }
        #expect(results[2].count == low)
        #expect(low > 0)
        // Block 4: the CSV's rows per department and side add up to the indicators.
        let csvTotal = results[3].compactMap { ($0[2] as? NSNumber)?.intValue }.reduce(0, +)
        #expect(csvTotal == ((s["total"] as? [String: Any])?["indicators"] as? NSNumber)?.intValue)
    }
}

/// Runs SQL in DuckDB through python3.
enum DuckDB {
    static let available: Bool = {
        (try? python(["-c", "import duckdb"]).status) == 0
    }()

    /// Each statement's rows (as JSON values), run with `dir` as the working folder.
    static func run(_ statements: [String], in dir: URL) throws -> [[[Any]]] {
        let script = """
            import duckdb, json, sys
            con = duckdb.connect()
            out = [[list(r) for r in con.sql(q).fetchall()] for q in json.load(sys.stdin)]
            print(json.dumps(out, ensure_ascii=False, default=float))
            """
        let input = try JSONSerialization.data(withJSONObject: statements)
        let r = try python(["-c", script], stdin: input, cwd: dir)
        guard r.status == 0 else { throw DuckDBError(message: r.stderr) }
        guard let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[[Any]]] else {
            throw DuckDBError(message: "unexpected output: \(r.stdout.prefix(200))")
        }
        return rows
    }

    struct DuckDBError: Error, CustomStringConvertible { var message: String; var description: String { message } }

    static func python(_ args: [String], stdin: Data = Data(), cwd: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + args
        if let cwd { p.currentDirectoryURL = cwd }
        let i = Pipe(), o = Pipe(), e = Pipe()
        p.standardInput = i
        p.standardOutput = o
        p.standardError = e
        try p.run()
        i.fileHandleForWriting.write(stdin)
        try i.fileHandleForWriting.close()
        let out = o.fileHandleForReading.readDataToEndOfFile()
        let err = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
