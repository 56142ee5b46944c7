import PustakaCore
import XLSXWriter

/// The comparison rows of a district workbook: a district's sums beside the regency's would
/// set, say, 8,537 visitors beside 81,630, so both are shown per library instead
/// (`UsageFigures.perLibrary(_:)`), labelled so.
extension DetailSheets {
  /// The two rows a district workbook puts under a table of its district's totals: the
  /// district's and the regency's sums per library, on the band.
  ///
  /// `row` builds a row of totals from a group's figures; the cells of the `additive` columns
  /// (sums over libraries: counts, money) are divided by the group's libraries, those of
  /// `blank` (counts of libraries) are left empty, and the others (ratios, which already
  /// compare) are kept. Counts per library are shown with two decimals. Empty for a regency
  /// workbook.
  static func perLibraryRows(
    _ context: ReportContext, columns: [ColumnDefinition], additive: Set<Int>, blank: Set<Int>,
    row: (String, UsageFigures) -> [ReportCell]
  ) -> [[ReportCell]] {
    guard context.scope.isDistrict else { return [] }
    let words = context.labels.detail
    let groups = [
      (context.scopeName, context.scopeStatistics?.figures),
      (context.regencyName, context.regencyStatistics?.figures),
    ]
    return groups.compactMap { name, figures in
      guard let figures else { return nil }
      let cells = row(words.perLibraryRow(name), figures).enumerated().map { offset, cell in
        perLibrary(
          cell, figures: figures, additive: additive.contains(offset),
          blank: blank.contains(offset),
          format: offset < columns.count ? columns[offset].format : .standard)
      }
      return bandedRow(cells, columns: columns)
    }
  }

  /// `cell` of a row of totals as a row per library shows it.
  private static func perLibrary(
    _ cell: ReportCell, figures: UsageFigures, additive: Bool, blank: Bool, format: CellFormat
  ) -> ReportCell {
    if blank { return .empty }
    guard additive, case .number(let total) = cell.value else { return cell }
    let base = cell.format ?? format
    return .number(
      figures.perLibrary(total),
      format: base.numberFormat == ReportFormats.count.numberFormat ? ReportFormats.ratio : base)
  }

  /// The value of a total per library of `figures`, for a column of means.
  static func perLibrary(_ total: Double, of figures: UsageFigures?) -> ReportCell {
    .number(figures.flatMap { $0.perLibrary(total) })
  }
}
