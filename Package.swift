// swift-tools-version: 6.0
// Pustaka: batch KPI scoring and Excel reporting for Indonesia's village libraries.
import PackageDescription

let package = Package(
  name: "Pustaka",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "pustaka", targets: ["pustaka"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // The C library libxlsxwriter (Debian: libxlsxwriter-dev 1.1.4), seen only by XLSXWriter/Backend.
    .systemLibrary(
      name: "CXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    // Safe, domain-agnostic xlsx writer: value types in, a finished file out.
    .target(name: "XLSXWriter", dependencies: ["CXLSXWriter"]),
    // Small pure-Swift xlsx reader for submissions and for checking what we wrote.
    .target(
      name: "XLSXReader",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    // Domain model, validation rules, periods, rubric, scoring, statistics, IPLM. No I/O.
    .target(name: "PustakaCore"),
    // The sample generator (`pustaka sample`): realistic data sets built on the domain.
    .target(name: "PustakaSample", dependencies: ["PustakaCore"]),
    // CSV / TSV / xlsx files -> typed records + diagnostics.
    .target(
      name: "PustakaIngest",
      dependencies: [
        "PustakaCore", "XLSXReader", .product(name: "Yams", package: "Yams"),
      ]
    ),
    // Engine results -> workbook specifications (layouts, formats, charts, labels).
    .target(
      name: "PustakaReports",
      dependencies: ["PustakaCore", "XLSXWriter"]
    ),
    // The command-line tool: commands, resolved configuration, pipeline, exit codes.
    .executableTarget(
      name: "pustaka",
      dependencies: [
        "PustakaCore", "PustakaIngest", "PustakaReports", "PustakaSample", "XLSXReader",
        "XLSXWriter", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // Helpers shared by the test targets: workbook dumps, golden files, temporary folders.
    .target(name: "TestSupport", dependencies: ["XLSXReader", "PustakaCore"]),

    .testTarget(
      name: "XLSXWriterTests", dependencies: ["XLSXWriter", "XLSXReader", "TestSupport"]),
    .testTarget(
      name: "XLSXReaderTests",
      dependencies: [
        "XLSXReader", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(name: "PustakaCoreTests", dependencies: ["PustakaCore", "TestSupport"]),
    .testTarget(
      name: "PustakaSampleTests", dependencies: ["PustakaSample", "PustakaCore", "TestSupport"]),
    .testTarget(
      name: "PustakaIngestTests",
      dependencies: [
        "PustakaIngest", "PustakaCore", "PustakaSample", "XLSXWriter", "TestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // Unit tests of the tool's run pieces, and end-to-end runs of the built `pustaka` binary.
    .testTarget(
      name: "PustakaCLITests",
      dependencies: ["pustaka", "PustakaCore", "XLSXReader", "TestSupport"]
    ),
    // The monthly submission cycle end to end: templates written, filled, returned, loaded.
    .testTarget(
      name: "PustakaSubmissionTests",
      dependencies: [
        "pustaka", "PustakaReports", "PustakaIngest", "PustakaCore", "XLSXWriter", "XLSXReader",
        "TestSupport",
      ]
    ),
    .testTarget(
      name: "PustakaReportsTests",
      dependencies: [
        "PustakaReports", "PustakaCore", "PustakaSample", "XLSXWriter", "XLSXReader",
        "TestSupport",
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
