import Foundation
import Testing

/// `scripts/install.sh` end to end: a release binary with the Swift runtime linked statically,
/// stripped, with man pages and completions, that runs where no Swift toolchain is. The release
/// build goes to `.build-install` (reused when present: the first run takes a few minutes, later
/// ones seconds). `JIXIAO_SKIP_INSTALL_TEST=1` skips it for a quick local run (CI sets nothing).
@Suite(.serialized, .disabled(if: ProcessInfo.processInfo.environment["JIXIAO_SKIP_INSTALL_TEST"] == "1", "JIXIAO_SKIP_INSTALL_TEST=1"))
struct InstallTests {
    static let toolchain = "/opt/swift"

    @Test(.timeLimit(.minutes(20)))
    func installedBinaryIsSelfContained() throws {
        let prefix = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let script = Binary.repo.appendingPathComponent("scripts/install.sh").path
        let install = try HardeningCLITests.shell("'\(script)' --prefix '\(prefix.path)'", guardSeconds: 1100)
        #expect(install.status == 0, "\(install.stdout)\n\(install.stderr)")
        let bin = prefix.appendingPathComponent("bin/jixiao").path
        let fm = FileManager.default
        #expect(fm.isExecutableFile(atPath: bin))
        for file in ["share/bash-completion/completions/jixiao", "share/zsh/site-functions/_jixiao",
                     "share/fish/vendor_completions.d/jixiao.fish", "share/man/man1/jixiao.1"] {
            let path = prefix.appendingPathComponent(file).path
            #expect((try? fm.attributesOfItem(atPath: path)[.size] as? Int).flatMap { $0 } ?? 0 > 100, "\(file) missing or empty")
        }
        let man = (try? String(contentsOfFile: prefix.appendingPathComponent("share/man/man1/jixiao.1").path, encoding: .utf8)) ?? ""
        #expect(man.contains(".Nm jixiao") || man.contains(".TH"), "not a man page: \(man.prefix(200))")
        // In English (the generator keeps ASCII only; the help is Chinese unless JIXIAO_LANG=en).
        #expect(man.contains("Browse and check") && man.contains("lang"), "man page not in English: \(man.prefix(400))")
        #expect((try? String(contentsOfFile: prefix.appendingPathComponent("share/bash-completion/completions/jixiao").path, encoding: .utf8))?.contains("complete") == true)

        // No Swift library needed: ldd names none, and nothing is missing.
        let ldd = try HardeningCLITests.shell("ldd '\(bin)'")
        #expect(ldd.status == 0)
        #expect(!ldd.stdout.contains("libswift") && !ldd.stdout.contains("libFoundation") && !ldd.stdout.contains("not found"), "\(ldd.stdout)")
        #expect(ldd.stdout.contains("libncursesw"))
        // Stripped: no symbol table left.
        let symbols = try HardeningCLITests.shell("nm '\(bin)' 2>&1 | head -1")
        #expect(symbols.stdout.contains("no symbols"), "\(symbols.stdout)")

        let version = try HardeningCLITests.shell("'\(bin)' --version")
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil, "\(version.stdout)")
        let list = try HardeningCLITests.shell("'\(bin)' list '\(Binary.sample)'")
        #expect(list.status == 0 && HardeningCLITests.formRows(list.stdout) == 7)
    }

    /// With the toolchain hidden (an empty tmpfs over it, in a mount namespace of its own: needs
    /// root, as in CI), the installed binary still runs — and the debug binary, which links the
    /// toolchain's libraries, does not (so the hiding is real).
    @Test(.enabled(if: getuid() == 0 && FileManager.default.fileExists(atPath: toolchain) && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
                   "needs root, unshare and the toolchain at /opt/swift"),
          .timeLimit(.minutes(20)))
    func installedBinaryRunsWithTheToolchainHidden() throws {
        let prefix = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let script = Binary.repo.appendingPathComponent("scripts/install.sh").path
        let install = try HardeningCLITests.shell("'\(script)' --prefix '\(prefix.path)'", guardSeconds: 1100)
        #expect(install.status == 0, "\(install.stderr)")
        let bin = prefix.appendingPathComponent("bin/jixiao").path
        let hidden = "unshare -m sh -c \"mount -t tmpfs none \(Self.toolchain) && ls -A \(Self.toolchain) | wc -l && \\\"\\$0\\\" list \\\"\\$1\\\"\""
        let installed = try HardeningCLITests.shell("\(hidden) '\(bin)' '\(Binary.sample)'")
        #expect(installed.status == 0, "\(installed.stderr)")
        let lines = installed.stdout.split(separator: "\n")
        #expect(lines.first == "0", "the toolchain folder was not hidden: \(installed.stdout)")
        #expect(HardeningCLITests.formRows(lines.dropFirst().joined(separator: "\n")) == 7 && installed.stdout.contains("公交政策性亏损补贴"), "\(installed.stdout)")
        let debug = try HardeningCLITests.shell("\(hidden) '\(Binary.path)' '\(Binary.sample)'")
        #expect(debug.status != 0 && debug.stderr.contains("libswift"), "the debug binary ran without the toolchain: \(debug.stderr)")
    }
}
