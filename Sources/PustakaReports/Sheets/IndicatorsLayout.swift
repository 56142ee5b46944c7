import PustakaCore
import XLSXWriter

/// Where the indicators sheet puts its rows and columns, shared with the ranking sheet, whose
/// KPI formulas read the points and weights there.
///
/// Rows: title, subtitle, a blank row, the legend, then the area band, the indicator labels,
/// the weights row and the captions row, which is the header of the Excel table of libraries
/// that follows from `firstDataRow`. Columns: rank, library id, library, district, then for
/// each indicator in rubric order its value and its points. The ranking's KPI formulas find a
/// library's row by its id (`INDEX`/`MATCH`), so sorting either sheet keeps every KPI right.
package struct IndicatorsLayout: Sendable {
  /// The legend under the title.
  package static let legendRow = 3
  /// The band naming each indicator's area.
  package static let areaRow = 4
  /// The indicators' labels and keys.
  package static let labelRow = 5
  /// The rubric's weights, under the points columns (value columns stay empty).
  package static let weightRow = 6
  /// The table's header row.
  ///
  /// Rank, id, library, district, then "1 Nilai", "1 Poin" ...: unique captions, as an Excel
  /// table needs.
  package static let captionRow = 7
  /// The first library's row.
  package static let firstDataRow = 8
  /// The rank column.
  package static let rankColumn = 0
  /// The library id column, which the ranking's formulas match.
  package static let libraryIDColumn = 1
  /// The library column.
  package static let libraryColumn = 2
  /// The district column.
  package static let districtColumn = 3
  /// The first indicator's value column.
  package static let firstIndicatorColumn = 4

  /// The number of the rubric's indicators.
  package let indicatorCount: Int
  /// The number of library rows (the scope's reporting libraries).
  package let libraryCount: Int

  /// The layout for `rubric`'s indicators and `libraries` library rows.
  package init(rubric: Rubric, libraries: Int) {
    precondition(!rubric.indicators.isEmpty, "a rubric has at least one indicator")
    indicatorCount = rubric.indicators.count
    libraryCount = libraries
  }

  /// The value column of the indicator at `index` in rubric order.
  package func valueColumn(_ index: Int) -> Int { Self.firstIndicatorColumn + 2 * index }

  /// The points column of the indicator at `index` in rubric order.
  package func pointsColumn(_ index: Int) -> Int { valueColumn(index) + 1 }

  /// The sheet's last column: the last indicator's points.
  package var lastColumn: Int { pointsColumn(indicatorCount - 1) }

  /// The row of the library at `index` in ranking order.
  package func row(ofLibrary index: Int) -> Int { Self.firstDataRow + index }

  /// The weights row across every indicator column.
  package var weights: CellRange {
    CellRange(
      firstRow: Self.weightRow, firstColumn: Self.firstIndicatorColumn, lastRow: Self.weightRow,
      lastColumn: lastColumn)
  }

  /// The indicator columns of every library row: values and points.
  package var indicatorCells: CellRange {
    CellRange(
      firstRow: Self.firstDataRow, firstColumn: Self.firstIndicatorColumn,
      lastRow: row(ofLibrary: max(libraryCount, 1) - 1), lastColumn: lastColumn)
  }

  /// The library ids of every library row.
  package var libraryIDs: CellRange {
    CellRange(
      firstRow: Self.firstDataRow, firstColumn: Self.libraryIDColumn,
      lastRow: row(ofLibrary: max(libraryCount, 1) - 1), lastColumn: Self.libraryIDColumn)
  }

  /// The KPI formula of the library whose id is in `idCell` (on the sheet holding the
  /// formula), read from sheet `sheetName`.
  ///
  /// `SUMPRODUCT(weights, INDEX(cells, MATCH(id, ids, 0), 0)) * 100 / (scale * SUM(weights))`:
  /// `MATCH` finds the library's row by its id wherever sorting has put it, `INDEX(..., 0)`
  /// takes that whole row, and the weights sit only under the points columns, so the values
  /// (under empty weights) add nothing. This is the rubric's
  /// `sum(points_i x weight_i) / (scale x sum(weight_i)) x 100`, in Excel 2010 functions.
  package func kpiFormula(idCell: CellReference, sheetName: String, scale: Int) -> String {
    let weights = weights.qualified(bySheet: sheetName)
    let cells = indicatorCells.qualified(bySheet: sheetName)
    let ids = libraryIDs.qualified(bySheet: sheetName)
    let id = "$\(CellReference.columnName(idCell.column))\(idCell.row + 1)"
    return "SUMPRODUCT(\(weights),INDEX(\(cells),MATCH(\(id),\(ids),0),0))*100"
      + "/(\(scale)*SUM(\(weights)))"
  }
}
