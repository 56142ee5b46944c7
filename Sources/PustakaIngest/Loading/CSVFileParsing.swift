import Foundation
import PustakaCore

/// Parses the CSV and TSV files of a scan on several threads.
enum CSVFileParsing {
  /// Every CSV or TSV file of `found` parsed (`LoadSession.parseCSV`), by its position in
  /// `found`, on up to `threads` threads.
  ///
  /// Files are handed out largest first, so that the largest does not start last and leave
  /// the other threads idle at the end.
  static func parse(_ found: [DataFolderScanner.Found], threads: Int) -> [Int: ParsedCSVFile] {
    let jobs = found.indices.compactMap { position -> Job? in
      guard case .table(let table, let isTabDelimited) = found[position].kind else { return nil }
      return Job(
        position: position, table: table, isTabDelimited: isTabDelimited,
        bytes: size(of: found[position]))
    }.sorted { ($0.bytes, $1.position) > ($1.bytes, $0.position) }
    let results = Results()
    let workers = max(1, min(threads, jobs.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let job = results.next(of: jobs) {
        let file = found[job.position]
        results.store(
          LoadSession.parseCSV(
            file, table: job.table, isTabDelimited: job.isTabDelimited, bytes: job.bytes),
          at: job.position)
      }
    }
    return results.parsed
  }

  /// One file to parse.
  private struct Job {
    var position: Int
    var table: TableName
    var isTabDelimited: Bool
    /// Its size, which decides when it is parsed and how many rows to make room for.
    var bytes: Int
  }

  /// The file's size in bytes; 0 when it cannot be had, which only parses it last (opening
  /// it reports the problem).
  private static func size(of file: DataFolderScanner.Found) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: file.file.url.path)
    return (attributes?[.size] as? NSNumber)?.intValue ?? 0
  }

  /// The jobs handed out and the files parsed, shared by the threads.
  private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var nextJob = 0
    private(set) var parsed: [Int: ParsedCSVFile] = [:]

    func next(of jobs: [Job]) -> Job? {
      lock.withLock {
        guard nextJob < jobs.count else { return nil }
        defer { nextJob += 1 }
        return jobs[nextJob]
      }
    }

    func store(_ file: ParsedCSVFile, at position: Int) {
      lock.withLock { parsed[position] = file }
    }
  }
}
