import Foundation
import PustakaCore
import XLSXReader

extension LoadSession {
  /// Reads every sheet of a workbook named after a table; skips reports written by pustaka.
  ///
  /// Sheets are streamed row by row (issue 10.7), so no sheet is ever whole in memory. A
  /// workbook that turns out unreadable part way leaves nothing behind: the rows and units
  /// already taken from it are rolled back, as if it had failed to open.
  func readWorkbook(_ file: DataFolderScanner.Found) {
    let workbook: XLSXStreamingWorkbook
    do {
      workbook = try Self.openWorkbook(file.file, name: file.relativePath)
    } catch {
      unreadableWorkbook(file, error)
      return
    }
    if XLSXTableSource.isReport(workbook.customProperties) {
      skipped.append(SkippedFile(file: file.relativePath, .report))
      return
    }
    let identity = SubmissionIdentity(customProperties: workbook.customProperties)
    let submission = identity.map(SubmissionCheck.init)
    let checkpoints = loaders.map { ($0, $0.checkpoint()) }
    let unitCount = units.count
    let fileDiagnosticCount = fileDiagnostics.count
    var readAny = false
    do {
      for (sheetIndex, sheet) in workbook.sheets.enumerated() {
        guard !sheet.isChartSheet, let table = XLSXTableSource.table(forSheet: sheet.name) else {
          continue
        }
        readAny = true
        try readSheet(
          sheetIndex, of: workbook, in: file, table: table, submission: submission)
      }
    } catch {
      for (loader, checkpoint) in checkpoints {
        loader.rollback(to: checkpoint)
      }
      units.removeSubrange(unitCount...)
      rowsRead.removeSubrange(unitCount...)
      fileDiagnostics.removeSubrange(fileDiagnosticCount...)
      unreadableWorkbook(file, error)
      return
    }
    if !readAny {
      skipped.append(SkippedFile(file: file.relativePath, .noTableSheet))
    } else if let identity {
      submissions[file.relativePath] = identity
    }
  }

  private func unreadableWorkbook(_ file: DataFolderScanner.Found, _ error: XLSXReaderError) {
    fileDiagnostics.append(
      Diagnostic(
        severity: .error, code: "file.unreadable", file: file.relativePath,
        message: "the workbook cannot be read: \(error.description)"))
  }

  private func readSheet(
    _ sheetIndex: Int, of workbook: XLSXStreamingWorkbook, in file: DataFolderScanner.Found,
    table: TableName, submission: SubmissionCheck?
  ) throws(XLSXReaderError) {
    let unit = SourceUnit(
      file: file.relativePath, sheet: workbook.sheets[sheetIndex].name, table: table,
      origin: .sheet(file.file, index: sheetIndex))
    let index = units.count
    units.append(unit)
    rowsRead.append(nil)
    guard
      let count = try Self.readRows(
        ofSheet: sheetIndex, of: workbook, as: unit, unitIndex: index, into: loader(for: table),
        submission: submission)
    else {
      fileDiagnostics.append(
        unit.diagnostic(
          .warning, "file.emptySheet", message: "the sheet is empty and is ignored"))
      return
    }
    rowsRead[index] = count
  }

  /// Reads the rows of sheet `sheetIndex` into `loader`, with code specialised for its type.
  ///
  /// - Returns: The non-blank rows after the header, or `nil` when the sheet has no header.
  private static func readRows<Loader: TableLoading>(
    ofSheet sheetIndex: Int, of workbook: XLSXStreamingWorkbook, as unit: SourceUnit,
    unitIndex: Int, into loader: Loader, submission: SubmissionCheck?
  ) throws(XLSXReaderError) -> Int? {
    var reader = UnitReader(
      unit: unit, unitIndex: unitIndex, loader: loader, submission: submission)
    var source = XLSXTableSource(date1904: workbook.usesDate1904)
    try workbook.forEachRow(inSheet: sheetIndex) { sheetRow in
      reader.consume(source.rawRow(sheetRow), style: .localised)
    }
    return reader.header == nil ? nil : reader.rowsRead
  }

  /// Calls `body` with the raw rows of `unit` again, to recover the cells of rows rejected
  /// after decoding.
  func rereadRows(of unit: SourceUnit, _ body: (RawRow) -> Void) {
    switch unit.origin {
    case .csv(let file, let isTabDelimited):
      let reader = CSVReader(file: file, isTabDelimited: isTabDelimited)
      try? reader.forEachRecord { row, _ in body(row) }
    case .sheet(let file, let sheetIndex):
      guard let workbook = try? Self.openWorkbook(file, name: unit.file),
        sheetIndex < workbook.sheets.count
      else { return }
      var source = XLSXTableSource(date1904: workbook.usesDate1904)
      try? workbook.forEachRow(inSheet: sheetIndex) { sheetRow in
        body(source.rawRow(sheetRow))
      }
    }
  }
}

extension LoadSession {
  /// Reads the workbook `file` through `InputFile.open()`, so that it passes the same checks
  /// as CSV files; `name` stands for it in messages.
  /// - Throws: `XLSXReaderError`, `.unreadable` when the file cannot be opened or read.
  static func openWorkbook(_ file: InputFile, name: String) throws(XLSXReaderError)
    -> XLSXStreamingWorkbook
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
    return try XLSXStreamingWorkbook(data: data, name: name)
  }
}
