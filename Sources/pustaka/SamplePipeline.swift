import Foundation
import PustakaCore
import PustakaReports
import XLSXWriter

/// Writes a generated sample to disk: the stage behind `pustaka sample`.
///
/// CSV files are written library by library in chunks, so memory stays flat however many
/// libraries there are; each file is first written under a hidden temporary name and then
/// moved into place, so an interrupted run never leaves a half-written table behind.
enum SamplePipeline {
  /// The most attendance rows the xlsx format accepts (Excel's 1,048,576 rows less the header).
  static let xlsxRowLimit = 1_048_575

  /// The name of the workbook written with `--format xlsx`.
  static let workbookName = "pustaka-sample.xlsx"

  /// Generates the sample of `options` and writes its six CSV files into `folder`.
  ///
  /// - Throws: `SampleOutputError` when the folder or a file cannot be created or written.
  static func writeCSV(
    options: SampleOptions, dialect: SampleCSVDialect, to folder: URL
  ) throws(SampleOutputError) {
    try createFolder(folder)
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

  /// Generates the sample of `options` and writes it as one workbook into `folder`.
  ///
  /// - Throws: `SampleOutputError` when the folder or the workbook cannot be created.
  static func writeWorkbook(options: SampleOptions, to folder: URL) throws(SampleOutputError) {
    try createFolder(folder)
    let data = SampleGenerator(options: options).dataSet()
    let spec = SubmissionWorkbook(dataSet: data, createdAtEndOf: options.end).spec
    let url = folder.appendingPathComponent(workbookName)
    do {
      try WorkbookWriter.write(spec, to: url)
    } catch {
      throw .cannotWrite(path: url.path, reason: error.description)
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

  private static func createFolder(_ folder: URL) throws(SampleOutputError) {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreateFolder(path: folder.path, reason: error.localizedDescription)
    }
  }
}
