import PustakaCore

/// Reads the rows of one unit (file or sheet): finds the header, resolves it, and hands every
/// non-blank row to the table's loader with the row-shape problems found on the way.
///
/// Generic over the loader, so that reading a table's rows runs code specialised for its
/// decoder rather than looking up generic metadata for every row.
struct UnitReader<Loader: TableLoading> {
  /// The unit being read.
  let unit: SourceUnit
  /// Its position in the run's unit list.
  let unitIndex: Int
  /// The table's accumulator.
  let loader: Loader
  /// The rules of a returned data-entry template, when the unit is a sheet of one.
  let submission: SubmissionCheck?
  /// The resolved header, once the first non-blank row has been read.
  private(set) var header: HeaderMap?
  /// The positions of the cells a template fills in, once the header is read (submissions only).
  private var prefilled: Set<Int> = []
  /// Non-blank rows after the header.
  private(set) var rowsRead = 0
  /// Rows rejected by this reader or by the decoder.
  private var missingColumnReasons: [Diagnostic] = []

  init(
    unit: SourceUnit, unitIndex: Int, loader: Loader, submission: SubmissionCheck? = nil
  ) {
    self.unit = unit
    self.unitIndex = unitIndex
    self.loader = loader
    self.submission = submission
  }

  /// Reads one row of the unit, in order.
  mutating func consume(_ row: RawRow, style: NumberStyle) {
    if row.isBlank { return }
    if !row.replacements.isEmpty { warnAboutReplacedCharacters(row) }
    guard let header else {
      readHeader(row)
      return
    }
    if submission != nil, SubmissionCheck.isUnfilledTemplateRow(row, prefilled: prefilled) {
      return
    }
    rowsRead += 1
    if !missingColumnReasons.isEmpty {
      let reasons = missingColumnReasons.map { reason in
        var located = reason
        located.line = row.line
        return located
      }
      loader.rejections.append(
        PendingRejection(
          origin: RowOrigin(unit: unitIndex, line: row.line), libraryID: nil,
          cells: row.displayCells, reasons: reasons))
      return
    }
    var extra: [Diagnostic] = []
    let table = unit.table
    if row.hasUnterminatedQuote {
      extra.append(
        unit.diagnostic(
          .error, "\(table.rawValue).unterminatedQuote", line: row.line,
          message: "a quoted field opened on \(unit.lineWord) \(row.line) is never closed"))
    }
    let used = row.usedWidth
    if used > header.width {
      let value = row.displayText(used - 1)
      extra.append(
        unit.diagnostic(
          .error, "\(table.rawValue).extraField", line: row.line, column: used, value: value,
          message:
            "column \(used) holds \(Diagnostic.quote(value)) but the header has "
            + "\(header.width) columns"))
    }
    loader.consume(
      row, unit: unit, unitIndex: unitIndex, header: header, style: style, extraReasons: extra,
      submission: submission, printReasons: true)
  }

  /// One warning per cell in which characters XML cannot carry were replaced (the row is kept).
  private func warnAboutReplacedCharacters(_ row: RawRow) {
    for replacement in row.replacements {
      let column = replacement.cell + 1
      let field = header.flatMap { map in
        map.indices.firstIndex(of: replacement.cell).map { loader.schema.columns[$0].name }
      }
      let subject = header == nil ? "header cell \(column)" : field ?? "column \(column)"
      let value = row.displayText(replacement.cell)
      let hex = String(replacement.first.value, radix: 16, uppercase: true)
      let character = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      let what =
        replacement.count == 1
        ? "holds the character \(character), which Excel files cannot hold; it is read as U+FFFD"
        : "holds \(replacement.count) characters Excel files cannot hold (the first is "
          + "\(character)); each is read as U+FFFD"
      loader.diagnostics.append(
        unit.diagnostic(
          .warning, "\(unit.table.rawValue).controlCharacter", line: row.line, column: column,
          field: field, value: value, message: "\(subject) \(Diagnostic.quote(value)) \(what)"))
    }
  }

  private mutating func readHeader(_ row: RawRow) {
    let map = HeaderMap(header: row, schema: loader.schema)
    header = map
    if submission != nil {
      prefilled = SubmissionCheck.prefilledPositions(header: map, schema: loader.schema)
    }
    let table = unit.table.rawValue
    for column in map.unknown {
      let message =
        column.name.isEmpty
        ? "column \(column.position) has no name and is ignored"
        : "unknown column \(Diagnostic.quote(column.name)) is ignored"
      loader.diagnostics.append(
        unit.diagnostic(
          .warning, "\(table).unknownColumn", line: row.line, column: column.position,
          value: column.name, message: message))
    }
    for column in map.repeated {
      loader.diagnostics.append(
        unit.diagnostic(
          .warning, "\(table).repeatedColumn", line: row.line, column: column.position,
          field: column.field, value: column.name,
          message: "column \(Diagnostic.quote(column.name)) repeats \(column.field) (column "
            + "\(column.usedPosition)) and is ignored"))
    }
    for name in map.missingRequired {
      let reason = unit.diagnostic(
        .error, "\(table).missingColumn", line: row.line, field: name,
        message: "required column \"\(name)\" is missing; every row of this "
          + (unit.sheet == nil ? "file" : "sheet") + " is rejected")
      loader.diagnostics.append(reason)
      missingColumnReasons.append(reason)
    }
  }
}
