import Benchmark
import Foundation
import PustakaCore
import PustakaIngest
import PustakaSample
import Synchronization
import XLSXWriter

/// The in-process benchmarks of issue targets: sample generation, scoring, loading, writing.
///
/// Names are the keys `Tools/BenchmarkTable` looks up to print its table: change them there too.
/// Inputs are made in each benchmark's `setup`, which is not timed. Whole `pustaka` runs are
/// timed as processes by the script.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: metrics,
    timeUnits: .microseconds,
    warmupIterations: 1,
    maxDuration: .seconds(5),
    maxIterations: 1000
  )
  sampleBenchmarks()
  scoringBenchmarks()
  loadingBenchmarks()
  xlsxLoadingBenchmarks()
  writingBenchmarks()
}

/// Wall and CPU time and peak memory.
private var metrics: [BenchmarkMetric] { [.wallClock, .cpuTotal, .peakMemoryResident] }

/// Few iterations for the inputs of a province, which take seconds each (so milliseconds are
/// precise enough; the others are kept in microseconds).
private var provinceConfiguration: Benchmark.Configuration {
  Benchmark.Configuration(
    metrics: metrics, timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(60),
    maxIterations: 5)
}

// MARK: - Sample generation

/// `SampleGenerator` and CSV rendering into memory, as `pustaka sample` does without the disk.
private func sampleBenchmarks() {
  for (name, options, configuration) in [
    ("Sample generation 217 libraries", BenchmarkFixtures.ngawiOptions, nil),
    ("Sample generation 8500 libraries", BenchmarkFixtures.provinceOptions, provinceConfiguration),
  ] {
    Benchmark(name, configuration: configuration ?? Benchmark.defaultConfiguration) { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(renderSampleCSV(options))
      }
    }
  }
}

/// Generates the sample of `options` on all cores, 64 libraries at a time, and renders the six
/// CSV tables, flushing (here: dropping) a table's buffer past 4 MiB as the file writer does.
///
/// - Returns: The number of CSV bytes rendered.
private func renderSampleCSV(_ options: SampleOptions) -> Int {
  let renderer = SampleCSVRenderer(dialect: .comma)
  var buffers = TableName.allCases.map { renderer.header(for: $0) }
  var total = 0
  BenchmarkFixtures.forEachChunk(of: SampleGenerator(options: options)) { samples in
    for sample in samples {
      for (index, table) in TableName.allCases.enumerated() {
        renderer.append(sample, table: table, to: &buffers[index])
      }
    }
    for index in buffers.indices where buffers[index].count > 1 << 22 {
      total += buffers[index].count
      buffers[index].removeAll(keepingCapacity: true)
    }
  }
  return buffers.reduce(total) { $0 + $1.count }
}

// MARK: - Scoring

/// `KPIScorer(dataSet:rubric:)` and `PeriodReport(scorer:period:)` for the latest month, on a
/// data set generated in memory during setup.
private func scoringBenchmarks() {
  for (name, options, configuration) in [
    ("Scoring 217 libraries", BenchmarkFixtures.ngawiOptions, nil),
    ("Scoring 8500 libraries", BenchmarkFixtures.provinceOptions, provinceConfiguration),
  ] {
    Benchmark(name, configuration: configuration ?? Benchmark.defaultConfiguration) {
      benchmark, dataSet in
      for _ in benchmark.scaledIterations {
        let scorer = KPIScorer(dataSet: dataSet, rubric: .builtIn)
        guard let period = scorer.defaultPeriod?.period else {
          preconditionFailure("the generated data has attendance")
        }
        blackHole(PeriodReport(scorer: scorer, period: period))
      }
    } setup: {
      generatedDataSet(options)
    }
  }
}

/// The data set of `options`, generated on all cores.
private func generatedDataSet(_ options: SampleOptions) -> DataSet {
  var samples: [LibrarySample] = []
  BenchmarkFixtures.forEachChunk(of: SampleGenerator(options: options)) { samples += $0 }
  return DataSet(samples)
}

// MARK: - Loading

/// `DataSetLoader.load(from:)` on the committed Ngawi sample and on a province's CSV files
/// written to a temporary folder during setup.
private func loadingBenchmarks() {
  Benchmark("Loading Ngawi sample 217 libraries") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(load(BenchmarkFixtures.ngawiSample))
    }
  }

  let folder = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
    .appendingPathComponent("pustaka-bench-8500-\(ProcessInfo.processInfo.processIdentifier)")
  Benchmark("Loading CSV 8500 libraries", configuration: provinceConfiguration) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(load(folder))
    }
  } setup: {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    BenchmarkFixtures.writeSampleCSV(BenchmarkFixtures.provinceOptions, to: folder)
  } teardown: {
    BenchmarkFixtures.removeFolder(folder)
  }
}

/// `DataSetLoader.load(from:)` of a data folder whose attendance is one workbook of a million
/// rows (`AttendanceWorkbook`, issue 10.7: under 500 MB and at least 5x faster than the reader
/// that built whole sheets), written to a temporary folder during setup.
private func xlsxLoadingBenchmarks() {
  let rows = 1_000_000
  let folder = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
    .appendingPathComponent(
      "pustaka-bench-xlsx-\(rows)-\(ProcessInfo.processInfo.processIdentifier)")
  Benchmark("Loading xlsx 1000000 attendance rows", configuration: provinceConfiguration) {
    benchmark in
    for _ in benchmark.scaledIterations {
      let result = load(folder)
      precondition(result.dataSet.attendance.count == rows, "every attendance row is read")
      blackHole(result)
    }
  } setup: {
    try AttendanceWorkbook.writeDataFolder(
      folder, libraries: BenchmarkFixtures.ngawiSample.appendingPathComponent("libraries.csv"),
      rows: rows)
  } teardown: {
    BenchmarkFixtures.removeFolder(folder)
  }
}

/// Loads `folder` and checks that every row was accepted.
private func load(_ folder: URL) -> IngestResult {
  do {
    let result = try DataSetLoader().load(from: folder)
    precondition(result.errorCount == 0, "'\(folder.path)' loads without errors")
    return result
  } catch {
    preconditionFailure("cannot load '\(folder.path)': \(error)")
  }
}

// MARK: - Writing

/// `WorkbookWriter.write` of a report-card-like workbook, with libxlsxwriter's temporary files
/// in the system's temporary folder and in `/dev/shm`.
///
/// Each workbook gets a file of its own, as a run's report cards do (and as the C floor in
/// `Floor/report-card-floor.c` does), rather than replacing one file again and again.
private func writingBenchmarks() {
  for (name, temporaryDirectory) in [
    ("Writing report card default tmpdir", nil),
    ("Writing report card tmpdir dev-shm", "/dev/shm"),
  ] as [(String, String?)] {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
      .appendingPathComponent("pustaka-bench-xlsx-\(ProcessInfo.processInfo.processIdentifier)")
    let spec = ReportCardWorkbook.make(temporaryDirectory: temporaryDirectory)
    let written = Mutex(0)
    Benchmark(name) { benchmark in
      for _ in benchmark.scaledIterations {
        let number = written.withLock { count in
          count += 1
          return count
        }
        let url = folder.appendingPathComponent("rapor-\(number).xlsx")
        do {
          try WorkbookWriter.write(spec, to: url)
        } catch {
          preconditionFailure("cannot write '\(url.path)': \(error)")
        }
      }
    } setup: {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } teardown: {
      BenchmarkFixtures.removeFolder(folder)
    }
  }
}
