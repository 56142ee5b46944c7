import Foundation
import PustakaCore
import XLSXReader

extension LoadSession {
  /// Reads every sheet of a workbook named after a table; skips reports written by pustaka.
  func readWorkbook(_ file: DataFolderScanner.Found) {
    let document: XLSXDocument
    do {
      document = try XLSXDocument(contentsOf: file.url)
    } catch {
      fileDiagnostics.append(
        Diagnostic(
          severity: .error, code: "file.unreadable", file: file.relativePath,
          message: "the workbook cannot be read: \(error.description)"))
      return
    }
    if XLSXTableSource.isReport(document) {
      skipped.append(SkippedFile(file: file.relativePath, reason: "a report written by pustaka"))
      return
    }
    var readAny = false
    for (sheetIndex, sheet) in document.sheets.enumerated() {
      guard !sheet.isChartSheet, let table = XLSXTableSource.table(forSheet: sheet.name) else {
        continue
      }
      readAny = true
      readSheet(sheet, at: sheetIndex, of: file, table: table, date1904: document.usesDate1904)
    }
    if !readAny {
      skipped.append(
        SkippedFile(file: file.relativePath, reason: "no sheet is named after a table"))
    }
  }

  private func readSheet(
    _ sheet: XLSXSheet, at sheetIndex: Int, of file: DataFolderScanner.Found, table: TableName,
    date1904: Bool
  ) {
    let unit = SourceUnit(
      file: file.relativePath, sheet: sheet.name, table: table,
      origin: .sheet(url: file.url, index: sheetIndex))
    let index = units.count
    units.append(unit)
    rowsRead.append(nil)
    var reader = UnitReader(unit: unit, unitIndex: index, loader: loader(for: table))
    XLSXTableSource.forEachRow(of: sheet, date1904: date1904) { row in
      reader.consume(row, style: .localised)
    }
    guard reader.header != nil else {
      fileDiagnostics.append(
        unit.diagnostic(
          .warning, "file.emptySheet", message: "the sheet is empty and is ignored"))
      return
    }
    rowsRead[index] = reader.rowsRead
  }

  /// Calls `body` with the raw rows of `unit` again, to recover the cells of rows rejected
  /// after decoding.
  func rereadRows(of unit: SourceUnit, _ body: (RawRow) -> Void) {
    switch unit.origin {
    case .csv(let url, let isTabDelimited):
      let reader = CSVReader(url: url, isTabDelimited: isTabDelimited)
      try? reader.forEachRecord { row, _ in body(row) }
    case .sheet(let url, let sheetIndex):
      guard let document = try? XLSXDocument(contentsOf: url),
        sheetIndex < document.sheets.count
      else { return }
      XLSXTableSource.forEachRow(
        of: document.sheets[sheetIndex], date1904: document.usesDate1904, body)
    }
  }
}
