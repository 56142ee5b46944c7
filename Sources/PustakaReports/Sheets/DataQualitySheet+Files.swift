import PustakaCore
import XLSXWriter

extension DataQualitySheet {
  /// The rows read, accepted and rejected and the warnings of every file (or workbook sheet)
  /// read, with totals as formulas; rejected rows are detailed in rejected-rows.csv.
  static func addFiles(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.dataQuality
    let files = context.input.quality.files
    let columns = [
      ColumnDefinition(labels.file), ColumnDefinition(labels.sheet),
      ColumnDefinition(labels.table),
      ColumnDefinition(labels.rowsRead, format: ReportFormats.count),
      ColumnDefinition(labels.accepted, format: ReportFormats.count),
      ColumnDefinition(labels.rejected, format: ReportFormats.count),
      ColumnDefinition(labels.warnings, format: ReportFormats.count),
    ]
    let headerPoints = DetailSheets.headerPoints(for: columns, in: sheet.spec)
    DetailSheets.keepTogether(
      rows: min(files.count, 12) + 3, headerPoints: headerPoints, on: &sheet)
    sheet.addHeading(labels.filesHeading)
    DetailSheets.addWideNote(labels.filesNote, columns: columnCount, on: &sheet)
    guard !files.isEmpty else {
      DetailSheets.addWideNote(labels.none, columns: columnCount, on: &sheet)
      sheet.skipRows(1)
      return
    }
    let first = sheet.nextRow + 1
    var rows = files.map { file -> [ReportCell] in
      [
        .text(file.path), .text(file.sheet ?? ""), .text(file.table.rawValue),
        .count(file.rowsRead), .count(file.accepted), .count(file.rejected),
        .count(file.warnings),
      ]
    }
    let counts: [(InputFileSummary) -> Int] = [
      \.rowsRead, \.accepted, \.rejected, \.warnings,
    ]
    let totals = counts.enumerated().map { offset, count in
      DetailSheets.sum(
        CellRange(
          firstRow: first, firstColumn: offset + 3, lastRow: first + files.count - 1,
          lastColumn: offset + 3),
        total: Double(files.reduce(0) { $0 + count($1) }), format: ReportFormats.count)
    }
    rows.append(
      DetailSheets.bandedRow(
        [.text(context.labels.detail.total), .empty, .empty] + totals, columns: columns))
    let placement = sheet.addTable(columns: columns, rows: rows)
    DetailSheets.setHeaderHeight(headerPoints, of: placement, on: &sheet)
  }

  /// The files in the data folder that were skipped on purpose or could not be read.
  static func addOtherFiles(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.dataQuality
    let quality = context.input.quality
    let rows =
      quality.skippedFiles.map { [ReportCell.text($0), .text(labels.skipped)] }
      + quality.unreadableFiles.map { [ReportCell.text($0), .text(labels.unreadable)] }
    addList(
      labels.otherFilesHeading,
      columns: [ColumnDefinition(labels.file), ColumnDefinition(labels.status)], rows: rows,
      on: &sheet, context: context)
  }

  /// The warnings to list: the data's warnings in reading order (a village whose libraries
  /// give different populations among them, found once by the loader).
  static func warningRows(_ context: ReportContext) -> [[ReportCell]] {
    context.input.quality.diagnostics.filter { $0.severity == .warning }.map {
      [ReportCell.text($0.location), .text($0.code), .text($0.message)]
    }
  }

  /// The warnings, at most `warningLimit` of them, with a note on the language of their
  /// messages and on how many were left out.
  static func addWarnings(
    _ rows: [[ReportCell]], on sheet: inout ReportSheet, context: ReportContext
  ) {
    let labels = context.labels.dataQuality
    let words = context.labels.detail
    let cut =
      rows.count > warningLimit
      ? labels.warningsCut(words.number(Double(warningLimit)), words.number(Double(rows.count)))
      : nil
    let note = [labels.warningsLanguage, cut].compactMap { $0 }.joined(separator: " ")
    addList(
      labels.warningsHeading, note: note.isEmpty ? nil : note,
      columns: [
        ColumnDefinition(labels.location), ColumnDefinition(labels.code),
        ColumnDefinition(labels.message),
      ], rows: Array(rows.prefix(warningLimit)), on: &sheet,
      context: context)
  }
}
