import Foundation
import PustakaCore
import PustakaSample
import Synchronization

/// Inputs the benchmarks share: where the repository is, the sizes measured, and generated
/// libraries, chunk by chunk or written as CSV files.
///
/// Everything here runs in a benchmark's `setup`, outside the measured time.
enum BenchmarkFixtures {
  /// East Java's scale: 8,500 village libraries in 38 regencies, 24 months (issue targets).
  static let provinceOptions = SampleOptions(libraries: 8500, regencies: 38)

  /// Kabupaten Ngawi: 217 libraries, 24 months, the committed sample.
  static let ngawiOptions = SampleOptions()

  /// The repository's root folder.
  ///
  /// `PUSTAKA_ROOT` when set; otherwise found from this file's path
  /// (`<root>/Benchmarks/Benchmarks/PustakaBenchmarks/BenchmarkFixtures.swift`).
  static var repositoryRoot: URL {
    if let root = ProcessInfo.processInfo.environment["PUSTAKA_ROOT"], !root.isEmpty {
      return URL(fileURLWithPath: root, isDirectory: true)
    }
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url
  }

  /// The committed Ngawi sample, `samples/ngawi`.
  static var ngawiSample: URL {
    repositoryRoot.appendingPathComponent("samples/ngawi", isDirectory: true)
  }

  /// Removes a temporary folder and everything in it.
  static func removeFolder(_ url: URL) {
    try? FileManager.default.removeItem(at: url)
  }

  /// Writes the six CSV files of the sample of `options` into `folder`, as `pustaka sample`
  /// does: libraries generated 64 at a time on all cores, each table streamed to its file.
  static func writeSampleCSV(_ options: SampleOptions, to folder: URL) {
    let renderer = SampleCSVRenderer(dialect: .comma)
    var buffers = TableName.allCases.map { renderer.header(for: $0) }
    var handles: [FileHandle] = []
    for table in TableName.allCases {
      let url = folder.appendingPathComponent(SampleCSVRenderer.fileName(of: table))
      guard FileManager.default.createFile(atPath: url.path, contents: nil),
        let handle = FileHandle(forWritingAtPath: url.path)
      else { preconditionFailure("cannot create '\(url.path)'") }
      handles.append(handle)
    }
    let generator = SampleGenerator(options: options)
    forEachChunk(of: generator) { samples in
      for sample in samples {
        for (index, table) in TableName.allCases.enumerated() {
          renderer.append(sample, table: table, to: &buffers[index])
        }
      }
      for index in buffers.indices where buffers[index].count > 1 << 22 {
        handles[index].write(Data(buffers[index]))
        buffers[index].removeAll(keepingCapacity: true)
      }
    }
    for index in buffers.indices {
      handles[index].write(Data(buffers[index]))
      try? handles[index].close()
    }
  }

  /// Generates the libraries of `generator` 64 at a time, each chunk on all cores, and hands
  /// each chunk's samples, in library order, to `body`.
  static func forEachChunk(
    of generator: SampleGenerator, _ body: ([LibrarySample]) -> Void
  ) {
    let chunkSize = 64
    for start in stride(from: 0, to: generator.libraryCount, by: chunkSize) {
      let positions = start..<min(generator.libraryCount, start + chunkSize)
      let slots = SampleSlots(count: positions.count)
      DispatchQueue.concurrentPerform(iterations: positions.count) { offset in
        slots.store(generator.sample(at: positions.lowerBound + offset), at: offset)
      }
      body(slots.values)
    }
  }
}

/// Results of concurrent work, stored by position.
private final class SampleSlots: Sendable {
  private let storage: Mutex<[LibrarySample?]>

  init(count: Int) {
    storage = Mutex([LibrarySample?](repeating: nil, count: count))
  }

  func store(_ sample: LibrarySample, at position: Int) {
    storage.withLock { $0[position] = sample }
  }

  var values: [LibrarySample] {
    storage.withLock { $0.compactMap { $0 } }
  }
}
