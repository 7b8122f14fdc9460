import Foundation
import JixiaoKit

/// Scratch files, the sample forms and the `jixiao-bench` binary for the review tests.
enum Fixture {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samplePath = repo.appendingPathComponent("Samples/yangquan-2026.txt").path

    /// The 7 sample forms.
    static func sample() -> [Form] { FormReader.read(paths: [samplePath]).forms }

    /// A fresh folder and a database path in it (the file does not exist yet).
    static func database() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("review.sqlite").path
    }

    /// The built `jixiao-bench` (beside the test bundle).
    static var bench: String {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir.appendingPathComponent("jixiao-bench"), dir.deletingLastPathComponent().appendingPathComponent("jixiao-bench")]
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate.path
        }
        return repo.appendingPathComponent(".build/debug/jixiao-bench").path
    }

    /// Starts `jixiao-bench` with `args`; stdout is a pipe the caller reads.
    static func startBench(_ args: [String]) throws -> (Process, FileHandle) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bench)
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return (p, out.fileHandleForReading)
    }

    /// Runs `jixiao-bench` to the end: status and stdout.
    static func runBench(_ args: [String]) throws -> (Int32, String) {
        let (p, out) = try startBench(args)
        let data = out.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The `saved I KEY GRADE` lines of a writer's output.
    static func savedLines(_ text: String) -> [(index: Int, key: String, grade: String)] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 4, parts[0] == "saved", let i = Int(parts[1]) else { return nil }
            return (i, String(parts[2]), String(parts[3]))
        }
    }
}
