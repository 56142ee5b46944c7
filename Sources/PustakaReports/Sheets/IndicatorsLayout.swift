import PustakaCore
import XLSXWriter

/// Where the indicators sheet puts its rows and columns, shared with the ranking sheet, whose
/// KPI formulas read the points and weights there.
///
/// Rows: title, subtitle, a blank row, the legend, then the area band, the indicator labels,
/// the value/points captions and the weights row; the libraries follow from `firstDataRow`, in
/// the ranking's order, so the ranking's row `i` reads the indicators' row `i`. Columns: rank,
/// library, district, then for each indicator in rubric order its value and its points.
package struct IndicatorsLayout: Sendable {
  /// The legend under the title.
  package static let legendRow = 3
  /// The band naming each indicator's area.
  package static let areaRow = 4
  /// The indicators' labels and keys.
  package static let labelRow = 5
  /// "Value" and "Points" over each indicator's two columns.
  package static let captionRow = 6
  /// The rubric's weights, under the points columns (value columns stay empty).
  package static let weightRow = 7
  /// The first library's row.
  package static let firstDataRow = 8
  /// The rank column.
  package static let rankColumn = 0
  /// The library column.
  package static let libraryColumn = 1
  /// The district column.
  package static let districtColumn = 2
  /// The first indicator's value column.
  package static let firstIndicatorColumn = 3

  /// The number of the rubric's indicators.
  package let indicatorCount: Int

  /// The layout for `rubric`'s indicators.
  package init(rubric: Rubric) {
    precondition(!rubric.indicators.isEmpty, "a rubric has at least one indicator")
    indicatorCount = rubric.indicators.count
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

  /// The indicator columns of the library at `index`: values and points.
  package func indicatorCells(ofLibrary index: Int) -> CellRange {
    CellRange(
      firstRow: row(ofLibrary: index), firstColumn: Self.firstIndicatorColumn,
      lastRow: row(ofLibrary: index), lastColumn: lastColumn)
  }

  /// The KPI formula of the library at `index`, read from sheet `sheetName`.
  ///
  /// `SUMPRODUCT(weights, cells) * 100 / (scale * SUM(weights))`: the weights sit only under the
  /// points columns, so the values (under empty weights) add nothing. This is the rubric's
  /// `sum(points_i x weight_i) / (scale x sum(weight_i)) x 100`, in Excel 2010 functions.
  package func kpiFormula(libraryAt index: Int, sheetName: String, scale: Int) -> String {
    let weights = weights.qualified(bySheet: sheetName)
    let cells = indicatorCells(ofLibrary: index).qualified(bySheet: sheetName)
    return "SUMPRODUCT(\(weights),\(cells))*100/(\(scale)*SUM(\(weights)))"
  }
}
