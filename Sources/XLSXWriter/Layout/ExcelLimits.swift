import Foundation

/// Excel's hard limits, checked in Swift before anything reaches the C library (Debian's
/// libxlsxwriter 1.1.4 predates upstream's fuzzing fixes).
enum ExcelLimits {
  /// Rows in a worksheet.
  static let rowCount = 1_048_576
  /// Columns in a worksheet.
  static let columnCount = 16_384
  /// Characters in one cell's text.
  static let stringLength = 32_767

  /// Checks every sheet name, cell, string and reference of `workbook`.
  ///
  /// - Throws: `XLSXError` naming the first problem found.
  static func validate(_ workbook: WorkbookSpec) throws(XLSXError) {
    var seenNames: Set<String> = []
    for sheet in workbook.sheets {
      if let reason = SheetName.problem(with: sheet.name) {
        throw .invalidSheetName(name: sheet.name, reason: reason)
      }
      // Compared as written: two names that differ only in characters XML cannot carry are one.
      guard seenNames.insert(XMLText.cleaned(sheet.name).lowercased()).inserted else {
        throw .duplicateSheetName(name: sheet.name)
      }
    }
    for sheet in workbook.sheets {
      try validateCells(of: sheet)
      try validateCharts(of: sheet, sheetNames: seenNames)
      try validatePrintSetup(of: sheet)
      if workbook.options.constantMemory { try validateConstantMemory(sheet) }
    }
    for table in workbook.sheets.flatMap(\.tables) where !isValidName(table.name) {
      throw .invalidReference(
        sheet: sheetName(holding: table, in: workbook), what: "table '\(table.name)'",
        reason: "needs a name of letters, digits and underscores that starts with a letter")
    }
    for name in workbook.definedNames {
      guard isValidName(name.name) else {
        throw .invalidReference(
          sheet: name.sheet, what: "defined name '\(name.name)'",
          reason: "needs letters, digits and underscores, starting with a letter")
      }
      guard seenNames.contains(XMLText.cleaned(name.sheet).lowercased()) else {
        throw .invalidReference(
          sheet: name.sheet, what: "defined name '\(name.name)'", reason: "points at no sheet")
      }
    }
  }

  /// Manual page breaks: Excel keeps at most 1,023 a direction, each inside the sheet and
  /// after its first row or column; a print scale from 10 to 400 %.
  private static func validatePrintSetup(of sheet: SheetSpec) throws(XLSXError) {
    let setup = sheet.printSetup
    let directions = [
      ("row page breaks", setup.horizontalPageBreaks, rowCount),
      ("column page breaks", setup.verticalPageBreaks, columnCount),
    ]
    for (what, breaks, limit) in directions {
      if breaks.count > 1_023 {
        throw .invalidReference(
          sheet: sheet.name, what: what, reason: "has \(breaks.count); Excel keeps at most 1023")
      }
      if let bad = breaks.first(where: { $0 < 1 || $0 >= limit }) {
        throw .invalidReference(
          sheet: sheet.name, what: what, reason: "has \(bad), outside 1...\(limit - 1)")
      }
    }
    if let scale = setup.scalePercent, !(10...400).contains(scale) {
      throw .invalidReference(
        sheet: sheet.name, what: "print scale", reason: "is \(scale) %, outside 10...400")
    }
  }

  private static func validateCells(of sheet: SheetSpec) throws(XLSXError) {
    for (reference, cell) in sheet.cells {
      try checkPosition(reference, in: sheet)
      switch cell.value {
      case .string(let text), .formula(_, .string(let text)):
        if text.utf16.count > stringLength {
          throw .stringTooLong(sheet: sheet.name, cell: reference.a1, length: text.utf16.count)
        }
      case .number(let number), .formula(_, .number(let number)):
        if !number.isFinite { throw .nonFiniteNumber(sheet: sheet.name, cell: reference.a1) }
      case .url(let url, let text):
        if url.utf16.count > 2079 || (text?.utf16.count ?? 0) > stringLength {
          throw .stringTooLong(sheet: sheet.name, cell: reference.a1, length: url.utf16.count)
        }
      case .boolean, .date, .blank:
        break
      }
    }
    for range in sheet.mergedRanges {
      try checkPosition(range.last, in: sheet)
    }
  }

  private static func validateCharts(
    of sheet: SheetSpec, sheetNames: Set<String>
  ) throws(XLSXError) {
    for chart in sheet.charts {
      try checkPosition(chart.anchor, in: sheet)
      for series in chart.series
      where !sheetNames.contains(XMLText.cleaned(series.sheet).lowercased()) {
        throw .invalidReference(
          sheet: sheet.name, what: "chart '\(chart.title ?? "untitled")'",
          reason: "draws a series from sheet '\(series.sheet)', which the workbook does not have")
      }
    }
  }

  private static func validateConstantMemory(_ sheet: SheetSpec) throws(XLSXError) {
    if !sheet.tables.isEmpty {
      throw .unsupportedInConstantMemory(sheet: sheet.name, feature: "an Excel table")
    }
    if sheet.mergedRanges.contains(where: { $0.rowCount > 1 }) {
      throw .unsupportedInConstantMemory(sheet: sheet.name, feature: "a merge over several rows")
    }
  }

  private static func checkPosition(
    _ reference: CellReference, in sheet: SheetSpec
  ) throws(XLSXError) {
    guard (0..<rowCount).contains(reference.row), (0..<columnCount).contains(reference.column)
    else {
      throw .cellOutOfRange(sheet: sheet.name, row: reference.row, column: reference.column)
    }
  }

  /// Whether `name` is a valid Excel table or defined name.
  private static func isValidName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_"
    else { return false }
    let looksLikeCell = name.range(of: #"^[A-Za-z]{1,3}[0-9]+$"#, options: .regularExpression)
    return looksLikeCell == nil && name.count <= 255
      && name.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
      }
  }

  private static func sheetName(holding table: TableSpec, in workbook: WorkbookSpec) -> String {
    workbook.sheets.first { $0.tables.contains(table) }?.name ?? ""
  }
}
