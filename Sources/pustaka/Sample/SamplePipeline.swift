import Foundation
import PustakaCore
import PustakaReports
import PustakaSample
import XLSXReader
import XLSXWriter

/// Writes a generated sample to disk: the stage behind `pustaka sample`.
///
/// CSV files are written library by library in chunks, so memory stays flat however many
/// libraries there are; each file is first written under a hidden temporary name and then
/// moved into place, so an interrupted run never leaves a half-written table behind.
enum SamplePipeline {
  /// The most libraries `--format xlsx` accepts.
  ///
  /// A month's attendance sheet holds up to 31 rows a library at about 200 bytes each, and
  /// FoundationXML on Linux (hence XLSXReader) refuses sheets above 10 MB.
  static let xlsxLibraryLimit = 1500

  /// The name of the workbook holding the `libraries` sheet with `--format xlsx`.
  static let registerWorkbookName = "pustaka-sample.xlsx"

  /// The name of the submission workbook of `month`, such as `pustaka-sample-2026-10.xlsx`.
  static func monthlyWorkbookName(_ month: Month) -> String {
    "pustaka-sample-\(month).xlsx"
  }

  /// Generates the sample of `options` and writes its six CSV files into `folder`.
  ///
  /// - Throws: `CommandFailure` when the folder or a file cannot be created or written.
  static func writeCSV(
    options: SampleOptions, dialect: SampleCSVDialect, to folder: URL
  ) throws(CommandFailure) {
    try OutputFiles.createFolder(folder)
    let generator = SampleGenerator(options: options)
    let renderer = SampleCSVRenderer(dialect: dialect)
    var files: [TableFile] = []
    defer { for file in files { file.discard() } }
    for table in TableName.allCases {
      let file = try TableFile(
        folder: folder, name: SampleCSVRenderer.fileName(of: table), table: table)
      files.append(file)
      try file.write(renderer.header(for: table))
    }
    let chunkSize = 64
    var buffers = [[UInt8]](repeating: [], count: files.count)
    for chunkStart in stride(from: 0, to: generator.libraryCount, by: chunkSize) {
      let chunk = chunkStart..<min(generator.libraryCount, chunkStart + chunkSize)
      for sample in samples(of: generator, in: chunk) {
        for (index, file) in files.enumerated() {
          renderer.append(sample, table: file.table, to: &buffers[index])
        }
      }
      for (index, file) in files.enumerated() where buffers[index].count > 1 << 22 {
        try file.write(buffers[index])
        buffers[index].removeAll(keepingCapacity: true)
      }
    }
    for (index, file) in files.enumerated() {
      try file.write(buffers[index])
    }
    for file in files { try file.commit() }
    files.removeAll()
  }

  /// Generates the sample of `options` and writes it as submission workbooks into `folder`.
  ///
  /// `pustaka-sample.xlsx` holds the `libraries` sheet; `pustaka-sample-YYYY-MM.xlsx` holds
  /// the month's rows of the five other tables, as the libraries' monthly submissions would.
  ///
  /// - Throws: `CommandFailure` when the folder or a workbook cannot be created.
  static func writeWorkbooks(options: SampleOptions, to folder: URL) throws(CommandFailure) {
    try OutputFiles.createFolder(folder)
    let data = SampleGenerator(options: options).dataSet()
    try OutputFiles.writeWorkbook(
      SubmissionWorkbook(dataSet: data, tables: [.libraries], createdAtEndOf: options.end).spec,
      to: folder.appendingPathComponent(registerWorkbookName))
    let monthly = Array(TableName.allCases.dropFirst())
    for month in options.allMonths {
      let rows = DataSet(
        budget: data.budget.filter { $0.month == month },
        collection: data.collection.filter { $0.month == month },
        attendance: data.attendance.filter { $0.date.calendarMonth == month },
        activities: data.activities.filter { $0.date.calendarMonth == month },
        operations: data.operations.filter { $0.month == month })
      try OutputFiles.writeWorkbook(
        SubmissionWorkbook(dataSet: rows, tables: monthly, createdAtEndOf: month).spec,
        to: folder.appendingPathComponent(monthlyWorkbookName(month)))
    }
  }

  /// The samples of the libraries at `positions`, generated on all cores, in order.
  private static func samples(
    of generator: SampleGenerator, in positions: Range<Int>
  ) -> [LibrarySample] {
    let results = SampleSlots<LibrarySample>(count: positions.count)
    DispatchQueue.concurrentPerform(iterations: positions.count) { offset in
      results.store(generator.sample(at: positions.lowerBound + offset), at: offset)
    }
    return results.values
  }
}
