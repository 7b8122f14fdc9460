import Foundation
import Testing

/// `jixiao review …` end to end: the real binary on a real SQLite file, one process per command.
@Suite struct ReviewCommandTests {
    func run(_ args: [String], db: String, env: [String: String] = [:]) throws -> Binary.Output {
        try Binary.run(["review"] + args + ["--db", db], env: env)
    }

    func database() throws -> String { try Binary.tempDir().appendingPathComponent("review.sqlite").path }

    @Test func gradesNotesAndVerdictsReachStatusLogStatsAndExport() throws {
        let db = try database()
        let s = Binary.sample
        var r = try run(["set", "公交", s, "--grade", "中", "--note", "年度目标被截断。\n请补全后重报。", "--accept", "goal-truncated-copy", "--reviewer", "张三"], db: db)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("已保存：公交政策性亏损补贴 → 中 修改后重报"))
        r = try run(["set", "农村饮水", s, "--grade", "4", "--dismiss", "narrative-duplicate", "--reason", "模板要求如此", "--reviewer", "李四"], db: db)
        #expect(r.status == 0, "\(r.stderr)")
        r = try run(["set", "农村饮水", s, "--indicator", "受益群众满意度", "--note", "满意度目标宜≥95%", "--reviewer", "李四"], db: db)
        #expect(r.stdout.contains("指标意见已记录（年度 · 服务对象满意度 · 受益群众满意度）"))

        let status = try run(["status", s], db: db)
        #expect(status.status == 0)
        let lines = status.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "已审 2/7（28.6%）")
        #expect(lines[1] == "优 0 · 良 0 · 中 1 · 差 1 · 未审 5")
        let water = try #require(lines.first { $0.hasPrefix("049-阳泉市水利局") })
        #expect(water.split(separator: " ").map(String.init) == ["049-阳泉市水利局", "1", "1", "0", "0", "0", "1", "0", "0"])

        let log = try run(["log", "公交"], db: db)
        #expect(log.status == 0)
        #expect(log.stdout.contains("张三  评定 中 修改后重报"))
        #expect(log.stdout.contains("张三  审核意见：年度目标被截断。\n"))
        #expect(log.stdout.contains("张三  采纳问题 [goal-truncated-copy]"))

        let stats = try run(["stats"], db: db)
        let statLines = stats.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(statLines.contains(["goal-truncated-copy", "1", "0", "100%"]))
        #expect(statLines.contains(["narrative-duplicate", "0", "1", "0%"]))

        let csv = try run(["export", "-f", "csv", "--bom", s], db: db)
        #expect(csv.stdoutBytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let text = String(csv.stdout.drop { $0 == "\u{FEFF}" })
        #expect(text.hasPrefix("项目名称,主管部门,年度资金（万元）,等级,含义,审核人,审核日期,审核意见,存在问题（已采纳）,状态\r\n"))
        let bus = try #require(text.components(separatedBy: "\r\n").first { $0.hasPrefix("公交政策性亏损补贴,") })
        #expect(bus.hasPrefix("公交政策性亏损补贴,040-阳泉市工业和信息化局,\"3,077.08\",中,修改后重报,张三,20"))
        #expect(text.contains(",\"年度目标被截断。\n请补全后重报。\",[goal-truncated-copy] "))
        #expect(text.contains("农村饮水安全项目（市本级）,049-阳泉市水利局,20.00,差,退回，不予安排,李四,"))

        let md = try run(["export", "-f", "md", s], db: db)
        #expect(md.stdout.components(separatedBy: "# 项目支出绩效目标审核意见书").count == 8)
        #expect(md.stdout.contains("| 审核结论 | 中 修改后重报 |"))
        #expect(md.stdout.contains("- 年度 · 服务对象满意度 · 受益群众满意度：满意度目标宜≥95%"))

        let json = try run(["export", "-f", "json", s], db: db)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let opinions = try #require(doc["opinions"] as? [[String: Any]])
        #expect(opinions.count == 7)
        #expect(opinions[2]["grade"] as? String == "中" && opinions[2]["reviewer"] as? String == "张三")
        #expect((opinions[2]["acceptedFindings"] as? [[String: Any]])?.first?["rule"] as? String == "goal-truncated-copy")
        #expect(opinions[0]["grade"] as? String == "未审" && opinions[0]["reviewer"] == nil)
    }

    @Test func csvCellsNeverHoldALiveFormula() throws {
        let db = try database()
        #expect(try run(["set", "公交", Binary.sample, "--grade", "良", "--note", "=HYPERLINK(\"http://x\",\"点击\")"], db: db).status == 0)
        let csv = try run(["export", Binary.sample], db: db)
        #expect(csv.stdout.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\","))
        #expect(!csv.stdout.contains(",=HYPERLINK"))
        #expect(try run(["set", "公交", Binary.sample, "--note=-1+2"], db: db).status == 0)
        #expect(try run(["export", Binary.sample], db: db).stdout.contains(",'-1+2,"))
    }

    @Test func aFormChangedSinceItWasGradedNeedsARecheckWherEverItIsRead() throws {
        let db = try database()
        let dir = try Binary.tempDir()
        let original = try String(contentsOfFile: Binary.sample, encoding: .utf8)
        let first = dir.appendingPathComponent("2026-first.txt").path
        try original.write(toFile: first, atomically: true, encoding: .utf8)
        #expect(try run(["set", "公交", first, "--grade", "优"], db: db).status == 0)
        // The same forms under another name, one narrative changed: still the same form, now 需复审.
        let second = dir.appendingPathComponent("re-export.txt").path
        try original.replacingOccurrences(of: "市公交公司作为成立61年", with: "市公交公司作为成立62年").write(toFile: second, atomically: true, encoding: .utf8)
        let same = try run(["status", first], db: db)
        #expect(!same.stdout.contains("需复审："))
        let status = try run(["status", second], db: db)
        #expect(status.stdout.hasPrefix("已审 1/7"))
        #expect(status.stdout.contains("表已修改，需复审：1"))
        let csv = try run(["export", second], db: db)
        #expect(csv.stdout.contains(",优,通过,") && csv.stdout.contains(",表已修改，需复审\r\n"))
        let log = try run(["log", "公交", second], db: db)
        #expect(log.stdout.contains("评定 优 通过 *"))
    }

    @Test func theDefaultDatabaseIsUnderXDGDataHome() throws {
        let home = try Binary.tempDir()
        let r = try Binary.run(["review", "set", "人才", Binary.sample, "--grade", "良"], env: ["XDG_DATA_HOME": home.path])
        #expect(r.status == 0)
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("jixiao/review.sqlite").path))
    }

    @Test func usageErrorsAndMisses() throws {
        let db = try database()
        #expect(try run(["set", "公交", Binary.sample, "--grade", "甲"], db: db).status == 64)
        #expect(try run(["set", "公交", Binary.sample], db: db).status == 64)
        let miss = try run(["set", "没有这个项目", Binary.sample, "--grade", "优"], db: db)
        #expect(miss.status == 1 && miss.stderr.contains("没有匹配“没有这个项目”的项目"))
        let several = try run(["set", "阳泉市", Binary.sample, "--grade", "优"], db: db)
        #expect(several.status == 1)
        #expect(try run(["set", "公交", Binary.sample, "--accept", "no-such-rule"], db: db).status == 1)
    }

    /// A database the user may not write (another user's team file): the commands name it, still
    /// show what it holds, and `set` exits 3 with nothing written. As root (CI), the commands run
    /// as `nobody` through setpriv, since root may write any file.
    @Test func aDatabaseWeMayNotWriteIsNamedAndStillRead() throws {
        let db = try database()
        #expect(try run(["set", "公交", Binary.sample, "--grade", "中"], db: db).status == 0)
        let dir = (db as NSString).deletingLastPathComponent
        var prefix: [String] = []
        if getuid() == 0 {
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Binary.path]
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir)
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir)
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir) }
        func runAsOther(_ args: [String]) throws -> Binary.Output {
            if prefix.isEmpty { return try run(args, db: db) }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: prefix[0])
            p.arguments = Array(prefix.dropFirst()) + ["review"] + args + ["--db", db]
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            try p.run()
            let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return Binary.Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), stdoutBytes: [UInt8](o))
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let status = try runAsOther(["status", Binary.sample])
        #expect(status.status == 0)
        #expect(status.stderr.contains("审核数据库 \(db) 只读（没有写权限）"))
        #expect(status.stdout.hasPrefix("已审 1/7"))
        let set = try runAsOther(["set", "公交", Binary.sample, "--grade", "优"])
        #expect(set.status == 3)
        #expect(set.stderr.contains("未保存：审核数据库 \(db) 只读。"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func aDamagedDatabaseIsNamedAndLeftAlone() throws {
        let db = try database()
        try Data("this is not a database, just text".utf8).write(to: URL(fileURLWithPath: db))
        let status = try run(["status", Binary.sample], db: db)
        #expect(status.status == 0 && status.stdout.hasPrefix("已审 0/7"))
        #expect(status.stderr.contains("审核数据库 \(db) 已损坏或不是 jixiao 的数据库"))
        #expect(try run(["set", "公交", Binary.sample, "--grade", "优"], db: db).status == 3)
        #expect(try String(contentsOfFile: db, encoding: .utf8) == "this is not a database, just text")
    }
}
