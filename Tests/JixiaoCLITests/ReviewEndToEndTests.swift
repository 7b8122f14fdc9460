import Foundation
import Testing

/// The review in the real browser in tmux: grade, write a note (the line editor with Chinese
/// input, and an external `$EDITOR`), quit, reopen — everything is still there.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct ReviewEndToEndTests {
    @Test func gradeWriteQuitReopen() throws {
        let dir = try Binary.tempDir()
        let db = dir.appendingPathComponent("review.sqlite").path
        let tmux = try Tmux(width: 120, height: 40)
        defer { tmux.kill() }
        tmux.launch("--db \(db) --reviewer 张三 \(Binary.sample)")
        #expect(tmux.waitFor("已审 0/7"), "\(tmux.screen())")
        tmux.key("j")
        tmux.key("j")
        tmux.key("3")
        #expect(tmux.waitFor("已保存：中 修改后重报"), "\(tmux.screen())")
        #expect(tmux.waitFor("已审 1/7"), "\(tmux.screen())")
        #expect(tmux.waitFor("3 中 !"), "\(tmux.screen())")
        // No $EDITOR in this shell: the line editor on the status line, Chinese typed in.
        tmux.key("c")
        #expect(tmux.waitFor("意见："), "\(tmux.screen())")
        tmux.type("年度目标被截断，请补全")
        tmux.key("Enter")
        #expect(tmux.waitFor("已保存审核意见"), "\(tmux.screen())")
        #expect(tmux.waitFor("意见  年度目标被截断，请补全"), "\(tmux.screen())")
        tmux.key("q")
        #expect(tmux.waitFor("JIXIAO-PROMPT$", lastLine: true), "\(tmux.screen())")

        // Reopened: the badge, the progress, the note, and the form where the reviewer was.
        tmux.launch("--db \(db) --reviewer 张三 \(Binary.sample)")
        #expect(tmux.waitFor("已审 1/7"), "\(tmux.screen())")
        let screen = tmux.screen()
        #expect(tmux.waitFor("3 中 !"), "\(tmux.screen())")
        #expect(screen.contains("3/7 · 公交政策性亏损补贴"), "\(screen)")
        #expect(screen.contains("意见  年度目标被截断，请补全"), "\(screen)")
        tmux.key("q")
        #expect(tmux.waitFor("JIXIAO-PROMPT$", lastLine: true), "\(tmux.screen())")
        let log = try Binary.run(["review", "log", "公交", "--db", db])
        #expect(log.stdout.contains("张三  评定 中 修改后重报"))
        #expect(log.stdout.contains("张三  审核意见：年度目标被截断，请补全"))
    }

    @Test func aNoteWrittenInTheReviewersEditor() throws {
        let dir = try Binary.tempDir()
        let db = dir.appendingPathComponent("review.sqlite").path
        // The "editor": keeps what it was given (the # lines) and writes the note above it.
        let editor = dir.appendingPathComponent("editor.sh").path
        try "#!/bin/sh\nsed -i '1i 外部编辑器写的意见' \"$1\"\ngrep -q '^# 审核意见：公交政策性亏损补贴' \"$1\" || exit 3\n"
            .write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let tmux = try Tmux(width: 100, height: 30)
        defer { tmux.kill() }
        tmux.type("EDITOR=\(editor) \(Binary.path) --db \(db) --project 公交 \(Binary.sample)")
        tmux.key("Enter")
        #expect(tmux.waitFor("公交政策性亏损补贴"), "\(tmux.screen())")
        tmux.key("c")
        #expect(tmux.waitFor("已保存审核意见"), "\(tmux.screen())")
        #expect(tmux.waitFor("外部编辑器写的意见"), "\(tmux.screen())")
        tmux.key("q")
        #expect(tmux.waitFor("JIXIAO-PROMPT$", lastLine: true), "\(tmux.screen())")
        let export = try Binary.run(["review", "export", "--db", db, "-f", "json", Binary.sample])
        #expect(export.stdout.contains("\"note\" : \"外部编辑器写的意见\""))
    }
}
