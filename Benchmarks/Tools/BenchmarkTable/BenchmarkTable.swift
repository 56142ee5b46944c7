import Foundation

/// Prints the table of `scripts/benchmark.sh`: every measured figure beside its target, the
/// libxlsxwriter floor and the pandas peer of `shared/performance-notes.md`.
///
/// Reads, from the results folder given as the only argument: the in-process benchmarks' samples
/// (the benchmark plugin's `histogramSamples` export), `hyperfine-*.json` (whole
/// processes), `floor.tsv` (the C floor) and `processes.tsv` (peak memory and stage times of
/// one extra run of each process). Missing files leave their rows out.
@main
enum BenchmarkTable {
  static func main() {
    let arguments = CommandLine.arguments
    guard arguments.count == 2 else {
      FileHandle.standardError.write(Data("usage: BenchmarkTable RESULTS_FOLDER\n".utf8))
      exit(64)
    }
    let folder = URL(fileURLWithPath: arguments[1], isDirectory: true)
    let results = Results(folder: folder)
    print(TableRenderer(results: results).markdown())
  }
}

// MARK: - Rows

/// One line of the table: what was measured, how, and what it is compared with.
struct Row {
  /// What is measured, as the table shows it.
  var title: String
  /// Where the figure comes from.
  var source: Source
  /// The issue's target, if any (seconds).
  var target: Double?
  /// The reference: the pandas peer or the libxlsxwriter floor of the notes (seconds).
  var peer: Double?
  /// What `peer` is.
  var peerLabel: String = ""
  /// The reference measured in the same run, preferred to `peer` when the results have it.
  var measuredPeer: Source? = nil

  /// How a figure is found.
  enum Source {
    /// An in-process benchmark, by name.
    case benchmark(String)
    /// A hyperfine command, by name.
    case process(String)
    /// The C floor, by its `floor.tsv` label.
    case floor(String)
  }
}

/// The rows, in the order of `docs/performance.md`, with the targets of issue 13.
let rows: [Row] = [
  Row(
    title: "Sample generation, 8,500 libraries x 24 months, in memory (generate + CSV)",
    source: .benchmark("Sample generation 8500 libraries"), target: 30),
  Row(
    title: "`pustaka sample`, 8,500 libraries / 38 regencies, CSV to disk",
    source: .process("sample 8500"), target: 30),
  Row(
    title: "Sample generation, 217 libraries (Ngawi), in memory",
    source: .benchmark("Sample generation 217 libraries")),
  Row(title: "`pustaka sample`, Ngawi, CSV to disk", source: .process("sample 217")),
  Row(
    title: "Scoring, 8,500 libraries x 24 months (KPIScorer + PeriodReport)",
    source: .benchmark("Scoring 8500 libraries"), target: 0.5),
  Row(title: "Scoring, 217 libraries", source: .benchmark("Scoring 217 libraries")),
  Row(
    title: "Loading `samples/ngawi` (DataSetLoader, 5.2 MB)",
    source: .benchmark("Loading Ngawi sample 217 libraries")),
  Row(
    title: "Loading 8,500 libraries' CSV (DataSetLoader, 202 MB; 200 MB/s is 1.01 s)",
    source: .benchmark("Loading CSV 8500 libraries"), target: 1.01),
  Row(
    title: "Loading a 1,000,000-row attendance workbook (DataSetLoader, streaming xlsx reader)",
    source: .benchmark("Loading xlsx 1000000 attendance rows")),
  Row(
    title: "Report-card workbook, `WorkbookWriter.write`, temp files on disk",
    source: .benchmark("Writing report card default tmpdir"), peer: 0.003,
    peerLabel: "C floor", measuredPeer: .floor("default")),
  Row(
    title: "Report-card workbook, C floor measured now, temp files on disk",
    source: .floor("default"), peer: 0.003, peerLabel: "C floor (notes)"),
  Row(
    title: "Report-card workbook, `WorkbookWriter.write`, tmpdir /dev/shm",
    source: .benchmark("Writing report card tmpdir dev-shm"), peer: 0.0028,
    peerLabel: "C floor", measuredPeer: .floor("dev-shm")),
  Row(
    title: "Report-card workbook, C floor measured now, tmpdir /dev/shm",
    source: .floor("dev-shm"), peer: 0.0028, peerLabel: "C floor (notes)"),
  Row(
    title: "`pustaka run`, Ngawi, with cards, `--jobs 1`", source: .process("run 217 cards jobs 1"),
    peer: 4.79, peerLabel: "pandas", measuredPeer: .process("peer 217 cards")),
  Row(
    title: "`pustaka run`, Ngawi, with cards, `--jobs 2`", source: .process("run 217 cards jobs 2"),
    target: 0.5, peer: 4.79, peerLabel: "pandas", measuredPeer: .process("peer 217 cards")),
  Row(
    title: "`pustaka run`, Ngawi, `--no-library-cards --jobs 1`",
    source: .process("run 217 no cards jobs 1"), peer: 2.38, peerLabel: "pandas",
    measuredPeer: .process("peer 217 no cards")),
  Row(
    title: "`pustaka run`, Ngawi, `--no-library-cards --jobs 2`",
    source: .process("run 217 no cards jobs 2"), peer: 2.38, peerLabel: "pandas",
    measuredPeer: .process("peer 217 no cards")),
  Row(
    title: "`pustaka run`, 8,500 libraries / 38 regencies, with cards, `--jobs 2`",
    source: .process("run 8500 cards jobs 2"), peer: 193, peerLabel: "pandas",
    measuredPeer: .process("peer 8500 cards")),
  Row(
    title: "`pustaka run`, 8,500 libraries / 38 regencies, `--no-library-cards --jobs 2`",
    source: .process("run 8500 no cards jobs 2"), target: 5, peer: 46.1, peerLabel: "pandas",
    measuredPeer: .process("peer 8500 no cards")),
  Row(
    title: "`pustaka run`, national tier, 84,000 libraries / 514 regencies x 12 months, no cards",
    source: .process("run 84000 no cards jobs 2"), target: 60),
  Row(title: "pandas peer, Ngawi, with cards", source: .process("peer 217 cards")),
  Row(title: "pandas peer, Ngawi, no cards", source: .process("peer 217 no cards")),
  Row(title: "pandas peer, 8,500 libraries, with cards", source: .process("peer 8500 cards")),
  Row(title: "pandas peer, 8,500 libraries, no cards", source: .process("peer 8500 no cards")),
]

// MARK: - Reading results

/// A measured figure in seconds: the median, mean and range of the runs, the mean CPU time
/// (user + system) and the peak memory.
struct Figure {
  var median: Double
  var mean: Double
  var minimum: Double
  var maximum: Double
  var runs: Int
  var cpu: Double?
  var peakMemoryMB: Double?
  var note: String?
}

/// Everything found in the results folder.
struct Results {
  var benchmarks: [String: Figure] = [:]
  var processes: [String: Figure] = [:]
  var floors: [String: Figure] = [:]

  init(folder: URL) {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    readBenchmarks(folder, files: files)
    for name in files.sorted() where name.hasPrefix("hyperfine-") && name.hasSuffix(".json") {
      readHyperfine(folder.appendingPathComponent(name))
    }
    readProcessExtras(folder.appendingPathComponent("processes.tsv"))
    readFloor(folder.appendingPathComponent("floor.tsv"))
  }

  /// Reads the benchmark plugin's `histogramSamples` export: one file per benchmark and metric,
  /// `pustaka.PustakaBenchmarks.<name>.<metric>.histogram.samples.tsv`, with spaces in the name
  /// as `_`, a header line ending in the unit, then one sample a line.
  private mutating func readBenchmarks(_ folder: URL, files: [String]) {
    let prefix = "pustaka.PustakaBenchmarks."
    let suffix = ".wallClock.histogram.samples.tsv"
    for file in files where file.hasPrefix(prefix) && file.hasSuffix(suffix) {
      let key = String(file.dropFirst(prefix.count).dropLast(suffix.count))
      let stem = folder.appendingPathComponent(prefix + key).path
      guard let wall = Samples(path: stem + suffix), !wall.values.isEmpty else { continue }
      let cpu = Samples(path: stem + ".cpuTotal.histogram.samples.tsv")
      let memory = Samples(path: stem + ".peakMemoryResident.histogram.samples.tsv")
      let sorted = wall.values.sorted()
      benchmarks[key.replacingOccurrences(of: "_", with: " ")] = Figure(
        median: sorted[sorted.count / 2], mean: sorted.reduce(0, +) / Double(sorted.count),
        minimum: sorted[0], maximum: sorted[sorted.count - 1], runs: sorted.count,
        cpu: cpu.map { $0.values.reduce(0, +) / Double(max($0.values.count, 1)) },
        peakMemoryMB: memory.flatMap { $0.values.max() }.map { $0 / 1e6 })
    }
  }

  private mutating func readHyperfine(_ url: URL) {
    guard let data = try? Data(contentsOf: url),
      let export = try? JSONDecoder().decode(HyperfineExport.self, from: data)
    else { return }
    for result in export.results {
      processes[result.command] = Figure(
        median: result.median, mean: result.mean, minimum: result.min, maximum: result.max,
        runs: result.times.count, cpu: result.user + result.system)
    }
  }

  /// `name<TAB>peak KB<TAB>stage times` lines from one `/usr/bin/time` run of each process.
  private mutating func readProcessExtras(_ url: URL) {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 2, var figure = processes[fields[0]] else { continue }
      figure.peakMemoryMB = Double(fields[1]).map { $0 * 1024 / 1e6 }
      if fields.count >= 3, !fields[2].isEmpty { figure.note = fields[2] }
      processes[fields[0]] = figure
    }
  }

  /// `label<TAB>wall seconds<TAB>user<TAB>system` per workbook, one line per repetition.
  private mutating func readFloor(_ url: URL) {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
    var samples: [String: [(wall: Double, cpu: Double)]] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: "\t").map(String.init)
      guard fields.count == 4, let wall = Double(fields[1]), let user = Double(fields[2]),
        let system = Double(fields[3])
      else { continue }
      samples[fields[0], default: []].append((wall, user + system))
    }
    for (label, values) in samples {
      let walls = values.map(\.wall).sorted()
      let cpus = values.map(\.cpu).sorted()
      floors[label] = Figure(
        median: walls[walls.count / 2], mean: walls.reduce(0, +) / Double(walls.count),
        minimum: walls[0], maximum: walls[walls.count - 1], runs: walls.count,
        cpu: cpus.reduce(0, +) / Double(cpus.count))
    }
  }

  func figure(for source: Row.Source) -> Figure? {
    switch source {
    case .benchmark(let name): return benchmarks[name]
    case .process(let name): return processes[name]
    case .floor(let label): return floors[label]
    }
  }
}

/// One exported metric of one benchmark: its samples in seconds (times) or bytes (memory).
struct Samples {
  var values: [Double]

  /// Reads a `histogramSamples` file, scaling by the unit at the end of its header line:
  /// `(ns)`, `(μs)`, `(ms)`, `(s)` for times, `(K)`, `(M)`, `(G)` or none for counts.
  init?(path: String) {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    var lines = text.split(separator: "\n")
    guard !lines.isEmpty else { return nil }
    let header = lines.removeFirst()
    let factors: [String: Double] = [
      "(ns)": 1e-9, "(μs)": 1e-6, "(ms)": 1e-3, "(s)": 1, "(K)": 1e3, "(M)": 1e6, "(G)": 1e9,
    ]
    let unit = header.split(separator: " ").last.map(String.init) ?? ""
    let factor = factors[unit] ?? 1
    values = lines.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }.map {
      $0 * factor
    }
  }
}

/// The parts of a hyperfine JSON export that the table uses (times in seconds).
struct HyperfineExport: Decodable {
  var results: [Result]

  struct Result: Decodable {
    var command: String
    var median: Double
    var mean: Double
    var min: Double
    var max: Double
    var user: Double
    var system: Double
    var times: [Double]
  }
}

// MARK: - Rendering

/// Renders the rows that have figures as a Markdown table.
struct TableRenderer {
  var results: Results

  func markdown() -> String {
    var lines = [
      "| what | median | mean | range (runs) | CPU (mean) | peak memory | target | compared with "
        + "| ratio |",
      "|---|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for row in rows {
      guard let figure = results.figure(for: row.source) else { continue }
      let title = row.title
      let range = "\(Self.time(figure.minimum)) to \(Self.time(figure.maximum)) (\(figure.runs))"
      let target = row.target.map {
        "< \(Self.time($0)) " + (figure.median < $0 ? "met" : "MISSED")
      }
      // A reference measured in this run wins over the figure of the notes.
      let measured = row.measuredPeer.flatMap { results.figure(for: $0) }
      let reference = measured.map(\.median) ?? row.peer
      let label = row.peerLabel + (measured == nil && row.measuredPeer != nil ? " (notes)" : "")
      let peer = reference.map { "\(label) \(Self.time($0))" }
      let ratio = reference.map { peer in
        guard row.peerLabel == "pandas" else {
          return String(format: "%.2fx the floor", figure.median / peer)
        }
        return figure.median <= peer
          ? String(format: "%.1fx faster", peer / figure.median)
          : String(format: "%.1fx slower", figure.median / peer)
      }
      lines.append(
        "| \(title) | \(Self.time(figure.median)) | \(Self.time(figure.mean)) | \(range) | "
          + "\(figure.cpu.map(Self.time) ?? "-") | "
          + "\(figure.peakMemoryMB.map { String(format: "%.0f MB", $0) } ?? "-") | "
          + "\(target ?? "-") | \(peer ?? "-") | \(ratio ?? "-") |")
    }
    let notes = rows.compactMap { row -> String? in
      guard let note = results.figure(for: row.source)?.note else { return nil }
      return "- \(row.title): \(note)"
    }
    if !notes.isEmpty {
      lines.append("")
      lines.append("Stage times reported by `pustaka run` (one extra run each):")
      lines.append(contentsOf: notes)
    }
    return lines.joined(separator: "\n")
  }

  /// Seconds as `1.23 s` or `4.5 ms`.
  static func time(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "?" }
    if seconds >= 10 { return String(format: "%.1f s", seconds) }
    if seconds >= 1 { return String(format: "%.2f s", seconds) }
    if seconds >= 0.01 { return String(format: "%.0f ms", seconds * 1000) }
    return String(format: "%.2f ms", seconds * 1000)
  }
}
