import Foundation
import PustakaCore

/// Loads one data set from a folder (or one `.xlsx` workbook) per the data contract
/// (*pemuatan data*).
///
/// Reads every table file, split file and workbook sheet in the contract's order, checks each
/// row, rejects unknown libraries and duplicates, and adds the contract's warnings. Data
/// problems become diagnostics; only a missing data folder is thrown.
///
/// CSV and TSV files are parsed on up to `threads` threads, largest first, each into rows of
/// its own, and then joined in the contract's reading order, so the result is the same
/// whatever the number of threads.
package struct DataSetLoader: Sendable {
  /// The last month of the period being reported; rows dated after it are warned about.
  package var reportingPeriodEnd: Month?
  /// The run's output folder, never read when it lies inside the data folder.
  package var outputFolder: URL?
  /// How many CSV files to parse at once (at least 1).
  package var threads: Int

  /// Creates a loader; `threads` defaults to the processors available.
  package init(
    reportingPeriodEnd: Month? = nil, outputFolder: URL? = nil,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.reportingPeriodEnd = reportingPeriodEnd
    self.outputFolder = outputFolder
    self.threads = max(1, threads)
  }

  /// Loads the data set at `dataURL`.
  ///
  /// - Throws: `IngestError.dataFolderMissing` when `dataURL` does not exist,
  ///   `IngestError.notADataSet` when it is a file other than a workbook.
  package func load(from dataURL: URL) throws(IngestError) -> IngestResult {
    let scanner = DataFolderScanner(root: dataURL, excluded: outputFolder)
    let (found, skipped) = try scanner.scan()
    let session = LoadSession()
    session.skipped = skipped
    var parsed = CSVFileParsing.parse(found, threads: threads)
    for (rank, file) in found.enumerated() {
      session.fileRank[file.relativePath] = rank
      switch file.kind {
      case .table:
        guard let csv = parsed.removeValue(forKey: rank) else {
          preconditionFailure("every CSV file found is parsed")
        }
        session.take(csv)
      case .workbook:
        session.readWorkbook(file)
      }
    }
    return session.finish(reportingPeriodEnd: reportingPeriodEnd)
  }
}
