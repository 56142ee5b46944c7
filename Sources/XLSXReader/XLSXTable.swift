/// A table (a ListObject) on a sheet, from its table part.
package struct XLSXTable: Sendable, Equatable {
  /// The table's internal name.
  package var name: String
  /// The name formulas use (`Table1[Column]`).
  package var displayName: String
  /// The range the table covers, as written ("A1:D10").
  package var reference: String
  /// The column names, left to right.
  package var columnNames: [String]
  /// Whether the table has an autofilter.
  package var hasAutoFilter: Bool
  /// Whether the first row is a header row (`headerRowCount` is not 0).
  package var hasHeaderRow: Bool
  /// Whether the table shows a totals row.
  package var hasTotalsRow: Bool
  /// The table style's name ("TableStyleMedium9"), when set.
  package var styleName: String?

  /// Creates a table description.
  package init(
    name: String, displayName: String, reference: String, columnNames: [String],
    hasAutoFilter: Bool, hasHeaderRow: Bool = true, hasTotalsRow: Bool = false,
    styleName: String? = nil
  ) {
    self.name = name
    self.displayName = displayName
    self.reference = reference
    self.columnNames = columnNames
    self.hasAutoFilter = hasAutoFilter
    self.hasHeaderRow = hasHeaderRow
    self.hasTotalsRow = hasTotalsRow
    self.styleName = styleName
  }

  /// Reads a table part's root element.
  init(_ root: MarkupElement) {
    let columns =
      root.child("tableColumns", in: .spreadsheet)?
      .children("tableColumn", in: .spreadsheet) ?? []
    self.init(
      name: root.attribute("name") ?? "",
      displayName: root.attribute("displayName") ?? root.attribute("name") ?? "",
      reference: root.attribute("ref") ?? "",
      columnNames: columns.map { SpreadsheetText.decodeEscapes($0.attribute("name") ?? "") },
      hasAutoFilter: root.child("autoFilter", in: .spreadsheet) != nil,
      hasHeaderRow: root.integer("headerRowCount") != 0,
      hasTotalsRow: (root.integer("totalsRowCount") ?? 0) > 0,
      styleName: root.child("tableStyleInfo", in: .spreadsheet)?.attribute("name"))
  }
}
