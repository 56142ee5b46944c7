import Foundation
import PustakaCore
import XLSXReader

extension LoadSession {
  /// Reads every sheet of a workbook named after a table; skips reports written by pustaka.
  func readWorkbook(_ file: DataFolderScanner.Found) {
    let document: XLSXDocument
    do {
      document = try Self.openWorkbook(file.file, name: file.relativePath)
    } catch {
      fileDiagnostics.append(
        Diagnostic(
          severity: .error, code: "file.unreadable", file: file.relativePath,
          message: "the workbook cannot be read: \(error.description)"))
      return
    }
    if XLSXTableSource.isReport(document) {
      skipped.append(SkippedFile(file: file.relativePath, .report))
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
      skipped.append(SkippedFile(file: file.relativePath, .noTableSheet))
    }
  }

  private func readSheet(
    _ sheet: XLSXSheet, at sheetIndex: Int, of file: DataFolderScanner.Found, table: TableName,
    date1904: Bool
  ) {
    let unit = SourceUnit(
      file: file.relativePath, sheet: sheet.name, table: table,
      origin: .sheet(file.file, index: sheetIndex))
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
    case .csv(let file, let isTabDelimited):
      let reader = CSVReader(file: file, isTabDelimited: isTabDelimited)
      try? reader.forEachRecord { row, _ in body(row) }
    case .sheet(let file, let sheetIndex):
      guard let document = try? Self.openWorkbook(file, name: unit.file),
        sheetIndex < document.sheets.count
      else { return }
      XLSXTableSource.forEachRow(
        of: document.sheets[sheetIndex], date1904: document.usesDate1904, body)
    }
  }
}

extension LoadSession {
  /// Reads the workbook `file` through `InputFile.open()`, so that it passes the same checks
  /// as CSV files; `name` stands for it in messages.
  /// - Throws: `XLSXReaderError`, `.unreadable` when the file cannot be opened or read.
  static func openWorkbook(_ file: InputFile, name: String) throws(XLSXReaderError)
    -> XLSXDocument
  {
    let data: Data
    do {
      data = try file.readAll()
    } catch let failure as FileSystemFailure {
      throw .unreadable(path: name, reason: failure.reason)
    } catch let changed as InputFile.Changed {
      throw .unreadable(path: name, reason: changed.reason)
    } catch {
      throw .unreadable(path: name, reason: (error as NSError).localizedDescription)
    }
    return try XLSXDocument(data: data, name: name)
  }
}
