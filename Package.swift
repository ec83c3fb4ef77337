// swift-tools-version:6.3;(experimentalCGen)
// experimentalCGen: the dictionary tables are generated as a C file (see CSuminuriTables).
import PackageDescription

/// Linker flags for Foundation with `-static-stdlib` on Linux: its archives refer to one another
/// (and to the ICU copy that Foundation bundles, unrelated to the system ICU the library uses),
/// so they are searched as one group.
let staticFoundation = ["--start-group", "-lFoundation", "-lFoundationEssentials", "-lFoundationInternationalization",
                        "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections",
                        "-lswiftSynchronization", "-lswiftCore", "-lswift_Concurrency", "-lswiftDispatch", "-ldispatch",
                        "-lBlocksRuntime", "-lstdc++", "--end-group"].flatMap { ["-Xlinker", $0] }

let package = Package(
    name: "Suminuri",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Suminuri", targets: ["Suminuri"]),
        .library(name: "SuminuriPolicy", targets: ["SuminuriPolicy"]),
        .executable(name: "suminuri", targets: ["suminuri"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // `swift package generate-documentation --target Suminuri` (DocC); no build-time cost.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // System ICU (libicu-dev). Only CSuminuriICU sees it: no ICU type reaches Swift,
        // because system ICU headers clash with Foundation's bundled _FoundationICU.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(
            name: "CSuminuriICU",
            dependencies: ["CICU"],
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata"), .linkedLibrary("stdc++")]
        ),
        // Aho-Corasick over UTF-8 bytes; no Foundation.
        .target(name: "PatternSearch"),
        // ICU normalisation plus Japanese folding, with an exact offset map back to the original.
        .target(name: "TextNormalization", dependencies: ["CSuminuriICU"]),
        // Dictionary records and the tables compiled from them (automata, sets, record tables),
        // shared by the build tool and the library.
        .target(name: "SuminuriTables", dependencies: ["TextNormalization", "PatternSearch"]),
        // Tool that compiles Dictionaries/ into those tables at build time, so that a copied
        // binary carries its data and a scanner starts without parsing or compiling it. It
        // normalises dictionary keys with the library's own normaliser.
        .executableTarget(name: "DictionaryEmbedder", dependencies: ["SuminuriTables", "TextNormalization"]),
        .plugin(
            name: "EmbedDictionariesPlugin",
            capability: .buildTool(),
            dependencies: ["DictionaryEmbedder"],
            path: "Sources/EmbedDictionariesPlugin"
        ),
        // The tables as a blob in a generated C file (C, because it embeds bytes in the binary
        // at no compile-time cost, where a Swift array literal of megabytes compiles slowly).
        .target(name: "CSuminuriTables", plugins: ["EmbedDictionariesPlugin"]),
        // The library for the case store: the pipeline facade, detection, policy, redaction.
        .target(
            name: "Suminuri",
            dependencies: ["TextNormalization", "PatternSearch", "SuminuriTables", "CSuminuriTables"]
        ),
        // Policy files (TOML profiles, allow-lists) and keyed pseudonyms (HMAC-SHA-256): kept out
        // of the core library so that its only dependency stays system ICU.
        .target(
            name: "SuminuriPolicy",
            dependencies: ["Suminuri", .product(name: "TOMLKit", package: "TOMLKit"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        // JSON Lines batches: lines, charsets, entries, numbered problems, in-order results on
        // several threads. Out of the CLI so that it can be tested and fuzzed.
        .target(name: "SuminuriJSONLines", dependencies: ["TextNormalization"]),
        // Corpus reader and scorer behind `suminuri eval`: a user of the library does not need it.
        .target(name: "SuminuriEvaluation", dependencies: ["Suminuri", "SuminuriJSONLines", "SuminuriTables", "TextNormalization"]),
        // `suminuri mail`: a byte-level RFC 5322/MIME parser with limits, and the writer that
        // puts a redacted message back together. No Foundation.
        .target(name: "SuminuriMail", dependencies: ["Suminuri", "TextNormalization"]),
        .executableTarget(
            name: "suminuri",
            dependencies: ["Suminuri", "SuminuriEvaluation", "SuminuriJSONLines", "SuminuriMail", "SuminuriPolicy", "TextNormalization",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // The Swift runtime and Foundation linked statically: loading and relocating their
            // shared libraries took half of a short run (a mail filter starts once per message).
            // The driver's static list lacks Foundation's own C parts, hence the group. Release
            // only: debug, sanitizer and fuzzing builds keep the shared libraries.
            linkerSettings: [.unsafeFlags(["-static-stdlib"] + staticFoundation, .when(configuration: .release))]
        ),
        // libFuzzer targets (.ci/fuzz.sh); an ordinary build makes a replayer of saved inputs.
        .executableTarget(
            name: "suminuri-fuzz",
            dependencies: ["Suminuri", "SuminuriJSONLines", "SuminuriMail", "SuminuriPolicy", "TextNormalization"]
        ),
        .executableTarget(name: "suminuri-bench", dependencies: ["Suminuri", "SuminuriEvaluation", "TextNormalization"]),
        .testTarget(
            name: "SuminuriTests",
            dependencies: ["Suminuri", "SuminuriEvaluation", "SuminuriJSONLines", "SuminuriMail", "SuminuriPolicy", "TextNormalization", "PatternSearch"],
            exclude: ["MailFixtures"]
        ),
    ]
)
