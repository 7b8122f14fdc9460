// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "jixiao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
        .library(name: "JixiaoKit", targets: ["JixiaoKit"]),
        .executable(name: "jixiao-gen", targets: ["jixiao-gen"]),
        .executable(name: "jixiao-bench", targets: ["jixiao-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The forms: model, reading (text exports and .xlsx workbooks), search, checks, export.
        // Never imports curses.
        .target(name: "JixiaoKit", dependencies: ["ZIPFoundation", "CJixiaoMemory", "CJixiaoUTF8"]),
        // One C builtin Swift lacks: the search's software prefetch (header-only, inlined).
        .target(name: "CJixiaoMemory"),
        // The reader's UTF-8 check, sixteen bytes at a time with SSE2 (header-only, inlined).
        .target(name: "CJixiaoUTF8"),
        // The browser as pure code: state, update, render to a cell grid.
        .target(name: "JixiaoTUI", dependencies: ["JixiaoKit"]),
        // The review record: decisions, notes, verdicts in one SQLite file (docs/review.md).
        .target(name: "JixiaoReview", dependencies: ["JixiaoKit", .product(name: "GRDB", package: "GRDB.swift")]),
        // ncursesw, for the executable's terminal backend only.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .executableTarget(
            name: "jixiao",
            dependencies: [
                "JixiaoKit", "JixiaoTUI", "JixiaoReview", "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Generated forms with their expected reading, for benchmarks and tests (bench/, docs/benchmarks.md).
        .target(name: "JixiaoGen", dependencies: ["ZIPFoundation"]),
        .executableTarget(
            name: "jixiao-gen",
            dependencies: ["JixiaoGen", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // In-process figures for bench/run.sh: reading alone, search latency per keystroke.
        .executableTarget(name: "jixiao-bench", dependencies: ["JixiaoKit", "JixiaoReview", "JixiaoTUI"]),
        .testTarget(
            name: "JixiaoKitTests",
            dependencies: ["JixiaoKit", "JixiaoGen"],
            resources: [.copy("Resources")]
        ),
        // JixiaoReview only for a real review database behind the browser in ReviewTests.
        .testTarget(name: "JixiaoTUITests", dependencies: ["JixiaoTUI", "JixiaoKit", "JixiaoReview", "JixiaoGen"], exclude: ["Snapshots"]),
        // A real SQLite file; real processes (jixiao-bench review-writes) killed and racing.
        .testTarget(
            name: "JixiaoReviewTests",
            dependencies: ["JixiaoReview", "JixiaoKit", "jixiao-bench", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The real binary: command line, exit codes, and the browser driven through tmux.
        .testTarget(name: "JixiaoCLITests", dependencies: ["jixiao"]),
    ],
    swiftLanguageModes: [.v6]
)
