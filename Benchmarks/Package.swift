// swift-tools-version: 6.1
// Pustaka's benchmarks: a package of its own, so `make test` never builds the benchmark harness.
//
// Our targets share code with `package` access, which another package cannot see. So this
// package does not depend on the main one: it declares targets of the same names whose folders
// are symbolic links to the main package's (`Sources/PustakaCore -> ../../Sources/PustakaCore`),
// compiling the very same files as part of this package. See README.md.
import PackageDescription

let package = Package(
  name: "PustakaBenchmarks",
  platforms: [.macOS(.v15)],  // Synchronization.Mutex
  dependencies: [
    // Only the malloc interposer: the runtime interposer that 1.38.1 adds by default on
    // Linux with Swift 6.3 is not a package this project's machines have.
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // The main package's targets, through the symbolic links in Sources/.
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
    .target(name: "PustakaSample", dependencies: ["PustakaCore"]),
    .target(
      name: "PustakaIngest",
      dependencies: ["PustakaCore", "XLSXReader", .product(name: "Yams", package: "Yams")]
    ),

    // The benchmarks (the plugin finds them under Benchmarks/).
    .executableTarget(
      name: "PustakaBenchmarks",
      dependencies: [
        "PustakaCore", "PustakaIngest", "PustakaSample", "XLSXWriter",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      path: "Benchmarks/PustakaBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    // Prints the table of scripts/benchmark.sh from the exported results.
    .executableTarget(name: "BenchmarkTable", path: "Tools/BenchmarkTable"),
  ],
  swiftLanguageModes: [.v6]
)
