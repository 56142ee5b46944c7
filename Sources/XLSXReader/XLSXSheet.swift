/// One sheet of a workbook: its cells and everything else on it the reader understands.
package struct XLSXSheet: Sendable {
  /// The sheet's name as shown on its tab.
  package var name: String
  /// "visible", "hidden" or "veryHidden".
  package var visibility: String
  /// Whether this is a chart sheet, which has a chart and no cells.
  package var isChartSheet: Bool
  /// Every cell the file writes, row-major (top to bottom, then left to right); styled blanks
  /// are included with `.empty` values.
  package var cells: [XLSXCell]
  /// The merged ranges, as written ("A1:C1").
  package var mergedRanges: [String]
  /// The charts drawn on the sheet, in drawing order.
  package var charts: [XLSXChart]
  /// The tables on the sheet.
  package var tables: [XLSXTable]
  /// The conditional formats, in the order written.
  package var conditionalFormats: [XLSXConditionalFormat]
  /// The data validations, in the order written (Excel 2010 extension ones last).
  package var dataValidations: [XLSXDataValidation]
  /// The sheet's autofilter range, when it has one.
  package var autoFilter: String?
  /// The frozen panes of the first sheet view, when frozen.
  package var frozenPane: XLSXFrozenPane?
  /// Column widths from `<cols>`, by 0-based column; columns without a width are absent.
  package var columnWidths: [Int: Double]
  /// How the sheet prints.
  package var printSetup: XLSXPrintSetup
  /// Whether gridlines show on screen (the first sheet view's `showGridLines`, default true).
  package var showGridLines: Bool
  /// Comment (note) texts by the A1 reference of their cell.
  package var comments: [String: String]
  /// Hyperlink targets by the reference written on the link; a link inside the workbook reads
  /// as "#" followed by its location ("#Sheet2!A1").
  package var hyperlinks: [String: String]
  /// Whether the sheet is protected (`<sheetProtection sheet="1">`).
  package var isProtected = false

  /// Creates a sheet; everything but the name is empty by default.
  package init(
    name: String, visibility: String = "visible", isChartSheet: Bool = false,
    cells: [XLSXCell] = [], mergedRanges: [String] = [], charts: [XLSXChart] = [],
    tables: [XLSXTable] = [], conditionalFormats: [XLSXConditionalFormat] = [],
    dataValidations: [XLSXDataValidation] = [], autoFilter: String? = nil,
    frozenPane: XLSXFrozenPane? = nil, columnWidths: [Int: Double] = [:],
    printSetup: XLSXPrintSetup = XLSXPrintSetup(), showGridLines: Bool = true,
    comments: [String: String] = [:], hyperlinks: [String: String] = [:]
  ) {
    self.name = name
    self.visibility = visibility
    self.isChartSheet = isChartSheet
    self.cells = cells
    self.mergedRanges = mergedRanges
    self.charts = charts
    self.tables = tables
    self.conditionalFormats = conditionalFormats
    self.dataValidations = dataValidations
    self.autoFilter = autoFilter
    self.frozenPane = frozenPane
    self.columnWidths = columnWidths
    self.printSetup = printSetup
    self.showGridLines = showGridLines
    self.comments = comments
    self.hyperlinks = hyperlinks
  }

  /// The cell at 0-based `row` and `column`, if the file writes one there.
  package func cell(row: Int, column: Int) -> XLSXCell? {
    var low = 0
    var high = cells.count
    while low < high {
      let middle = (low + high) / 2
      let candidate = cells[middle]
      if (candidate.row, candidate.column) < (row, column) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    guard low < cells.count, cells[low].row == row, cells[low].column == column else {
      return nil
    }
    return cells[low]
  }

  /// The cell at A1 reference `reference` ("B3"), if the file writes one there; a convenience
  /// for tests.
  package func cell(_ reference: String) -> XLSXCell? {
    guard let address = CellAddress(reference) else { return nil }
    return cell(row: address.row, column: address.column)
  }

  /// The rows that have cells, top to bottom, each with its 0-based index.
  package var rows: [XLSXRow] {
    var rows: [XLSXRow] = []
    for cell in cells {
      if let last = rows.last, last.index == cell.row {
        rows[rows.count - 1].cells.append(cell)
      } else {
        rows.append(XLSXRow(index: cell.row, cells: [cell]))
      }
    }
    return rows
  }
}
