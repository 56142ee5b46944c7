import Foundation
import PustakaCore
import PustakaIngest
import PustakaReports
import TestSupport
import XLSXReader
import XLSXWriter

/// A data-entry template filled in through our writer the way a person fills it in Excel:
/// values typed into entry cells (keeping their format), some rows left as they were, a few
/// rows added below.
struct FilledTemplate {
  /// The template as written, then filled.
  var spec: WorkbookSpec
  /// Its file name.
  let fileName: String

  init(_ template: SubmissionTemplate) {
    spec = template.spec
    fileName = template.fileName
  }

  /// Types `values` (by column key) into the zero-based `row` of `table`'s sheet `sheetName`.
  mutating func fill(
    _ sheetName: String, _ table: TableName, row: Int, _ values: [String: CellValue]
  ) throws {
    guard let index = spec.sheets.firstIndex(where: { $0.name == sheetName }) else {
      throw FillError.noSheet(sheetName)
    }
    let contract = DataContract.table(table)
    for (key, value) in values {
      let reference = CellReference(row: row, column: contract.position(of: key))
      // Typing keeps the cell's format, or in an added row the column's, as Excel does.
      let sheet = spec.sheets[index]
      let format =
        sheet[reference]?.format ?? sheet.columns[reference.column]?.format ?? .standard
      spec.sheets[index].write(value, at: reference, format: format)
    }
  }

  /// Writes the filled workbook into `folder`.
  func write(into folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(fileName)
    try WorkbookWriter.write(spec, to: url)
    return url
  }

  /// Writes the filled workbook into `work`, opens, recalculates and saves it in LibreOffice,
  /// and returns a new folder `returned` under `work` that holds the saved copy alone, as the
  /// office receives it.
  func resavedByLibreOffice(in work: URL) throws -> URL {
    let written = try write(into: work)
    let copies = try LibreOfficeCalc.recalculate([written], into: work)
    let folder = work.appendingPathComponent("returned", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    guard let copy = copies.first else { throw FillError.notSaved }
    try FileManager.default.moveItem(
      at: copy, to: folder.appendingPathComponent(copy.lastPathComponent))
    return folder
  }

  enum FillError: Error {
    case noSheet(String)
    case notSaved
  }
}

/// The small regency's register, written as a workbook into `folder`, as the office keeps it.
func writeRegister(_ data: DataSet, into folder: URL) throws {
  let register = SubmissionWorkbook(
    dataSet: data, tables: [.libraries], createdAtEndOf: SmallRegency.lastMonth)
  try WorkbookWriter.write(register.spec, to: folder.appendingPathComponent("libraries.xlsx"))
}

/// A calendar date the tests know to be valid.
func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
  guard let date = CalendarDate(year: year, month: month, day: day) else {
    preconditionFailure("\(year)-\(month)-\(day) is a date")
  }
  return date
}
