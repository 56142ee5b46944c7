// swift-tools-version: 6.0
// Pustaka's libFuzzer harnesses (issue 10), built apart from the main package: `make fuzz`.
//
// The modules under test are the main package's own sources, seen through the symbolic links
// in Sources/ (CXLSXWriter, XLSXWriter, XLSXReader, PustakaCore, PustakaIngest -> ../../Sources).
// Building them again here, in a package of their own, keeps the harnesses and their compiler
// flags out of `swift build` and `make test`, and lets `@testable import` reach the internal
// parsers (CSVRecordParser, NumberParser, CalendarParser, MarkupParser) without widening their
// access. Build with `--sanitize=fuzzer --sanitize=address -Xswiftc -enable-testing`.
import PackageDescription

/// One libFuzzer executable: `LLVMFuzzerTestOneInput` in a single file, libFuzzer's own `main`.
func harness(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
  .executableTarget(
    name: name,
    dependencies: ["FuzzSupport"] + dependencies,
    swiftSettings: [.unsafeFlags(["-parse-as-library"])]
  )
}

let package = Package(
  name: "PustakaFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // The main package's modules, exactly as its Package.swift declares them.
    .systemLibrary(
      name: "CXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    .target(name: "XLSXWriter", dependencies: ["CXLSXWriter"]),
    .target(
      name: "XLSXReader",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .target(name: "PustakaCore"),
    .target(
      name: "PustakaIngest",
      dependencies: ["PustakaCore", "XLSXReader", .product(name: "Yams", package: "Yams")]
    ),

    // The harnesses, one per target of issue 10, and their invariant check that says what broke.
    .target(name: "FuzzSupport"),
    harness("FuzzCSV", ["PustakaIngest"]),
    harness("FuzzValues", ["PustakaIngest", "PustakaCore"]),
    harness(
      "FuzzXLSXReader",
      ["XLSXReader", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    harness("FuzzRubric", ["PustakaIngest", "PustakaCore"]),
    harness("FuzzWorkbook", ["XLSXWriter", "XLSXReader"]),
  ],
  swiftLanguageModes: [.v6]
)
