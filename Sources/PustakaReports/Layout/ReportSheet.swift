import XLSXWriter

/// A sheet being laid out top to bottom: titles, tables and notes follow each other, and the
/// sheet gets the print setup and look every report sheet shares.
package struct ReportSheet {
  /// The sheet as built so far.
  package private(set) var spec: SheetSpec
  /// The next free row.
  package private(set) var nextRow = 0

  /// Starts an empty sheet named `name` (already made valid and unique by `SheetNamer`).
  package init(name: String) {
    spec = SheetSpec(name: name)
    spec.showsGridLines = false
  }

  /// Writes the sheet's title and a subtitle line (regency, period), then leaves a blank row.
  package mutating func addTitle(_ title: String, subtitle: String?) {
    spec.write(.string(title), row: nextRow, column: 0, format: ReportFormats.title)
    spec.rowHeights[nextRow] = 24
    nextRow += 1
    if let subtitle {
      spec.write(.string(subtitle), row: nextRow, column: 0, format: ReportFormats.note)
      nextRow += 1
    }
    nextRow += 1
  }

  /// Writes a section heading, in `column` for a block laid beside another.
  package mutating func addHeading(_ heading: String, column: Int = 0) {
    spec.write(.string(heading), row: nextRow, column: column, format: ReportFormats.heading)
    nextRow += 1
  }

  /// Writes a note in muted text and moves on.
  package mutating func addNote(_ note: String, column: Int = 0) {
    spec.write(.string(note), row: nextRow, column: column, format: ReportFormats.note)
    nextRow += 1
  }

  /// Leaves `count` empty rows.
  package mutating func skipRows(_ count: Int = 1) {
    nextRow += count
  }

  /// Moves the cursor to `row` (charts placed beside a table may need the space below them).
  package mutating func moveCursor(toAtLeast row: Int) {
    nextRow = max(nextRow, row)
  }

  /// Moves the cursor to `row`, up or down: for blocks laid side by side, such as the
  /// summary sheet's two halves.
  package mutating func moveCursor(to row: Int) {
    nextRow = row
  }

  /// Writes a table: a header row in the header style, then one row per entry of `rows`,
  /// each value in its column's format (a value may bring its own format).
  ///
  /// - Returns: Where the header and data landed.
  @discardableResult
  package mutating func addTable(
    columns: [ColumnDefinition], rows: [[ReportCell]], startColumn: Int = 0
  ) -> TablePlacement {
    let headerRow = nextRow
    for (offset, column) in columns.enumerated() {
      spec.write(
        .string(column.header), row: headerRow, column: startColumn + offset,
        format: ReportFormats.header)
      let index = startColumn + offset
      if spec.columns[index] == nil { spec.columns[index] = ColumnSpec(width: column.width) }
    }
    spec.rowHeights[headerRow] = 30
    for (rowOffset, row) in rows.enumerated() {
      for (offset, cell) in row.enumerated() where offset < columns.count {
        let format = cell.format ?? columns[offset].format
        spec.write(
          cell.value, row: headerRow + 1 + rowOffset, column: startColumn + offset, format: format)
      }
    }
    nextRow = headerRow + 1 + rows.count + 1
    return TablePlacement(
      header: CellRange(
        firstRow: headerRow, firstColumn: startColumn, lastRow: headerRow,
        lastColumn: startColumn + max(columns.count - 1, 0)),
      firstDataRow: rows.isEmpty ? nil : headerRow + 1,
      lastDataRow: rows.isEmpty ? nil : headerRow + rows.count, firstColumn: startColumn)
  }

  /// Sets a column's width, replacing what a table chose.
  package mutating func setWidth(_ width: ColumnWidth, column: Int) {
    spec.columns[column] = ColumnSpec(width: width)
  }

  /// Gives direct access to the sheet for what the helpers above do not cover.
  package mutating func edit(_ change: (inout SheetSpec) -> Void) {
    change(&spec)
  }

  /// Applies the print setup every report sheet shares: landscape A4, fit to one page wide,
  /// the rows up to `repeatThrough` repeated on every page, the regency and period in the
  /// header and page numbers in the footer.
  package mutating func applyPrintSetup(
    headerText: String, pageLabel: String, ofLabel: String, repeatThrough: Int?
  ) {
    var setup = PrintSetup()
    setup.orientation = .landscape
    setup.paper = .a4
    setup.fitToPages = PrintSetup.FitToPages(width: 1, height: 0)
    setup.repeatedRows = repeatThrough.map { 0...$0 }
    setup.header = HeaderFooter(center: [.text(headerText)])
    setup.footer = HeaderFooter(
      left: [.sheetName],
      right: [.text("\(pageLabel) "), .pageNumber, .text(" \(ofLabel) "), .pageCount])
    setup.margins = PrintSetup.Margins(left: 0.4, right: 0.4, top: 0.6, bottom: 0.6)
    spec.printSetup = setup
  }
}

/// A value with an optional format of its own, overriding its column's.
package struct ReportCell: Sendable {
  /// The value.
  package var value: CellValue
  /// The format, or `nil` for the column's.
  package var format: CellFormat?

  /// Creates a cell.
  package init(_ value: CellValue, format: CellFormat? = nil) {
    self.value = value
    self.format = format
  }

  /// Text, always written as a string.
  package static func text(_ text: String) -> ReportCell { ReportCell(.string(text)) }

  /// A number, or an empty cell for `nil` (missing, never zero).
  package static func number(_ number: Double?, format: CellFormat? = nil) -> ReportCell {
    ReportCell(number.map { .number($0) } ?? .blank, format: format)
  }

  /// A whole number.
  package static func count(_ count: Int?) -> ReportCell {
    ReportCell(count.map { .number(Double($0)) } ?? .blank)
  }

  /// An empty cell.
  package static let empty = ReportCell(.blank)
}
