import XLSXWriter

/// The cell formats of every workbook, one per kind of figure, as reports.md lists them.
package enum ReportFormats {
  /// Counts: `#,##0`.
  package static let count = CellFormat(numberFormat: "#,##0")
  /// Scores and KPIs: `0.00`.
  package static let score = CellFormat(numberFormat: "0.00")
  /// Shares stored as fractions: `0.0%`.
  package static let share = CellFormat(numberFormat: "0.0%")
  /// Rupiah: `"Rp "#,##0`.
  package static let money = CellFormat(numberFormat: "\"Rp \"#,##0")
  /// Months: `yyyy-mm`.
  package static let month = CellFormat(numberFormat: "yyyy-mm")
  /// Ratios with two decimals, such as visitors per open day.
  package static let ratio = CellFormat(numberFormat: "#,##0.00")
  /// Plain text.
  package static let text = CellFormat()

  /// The value axis of a money chart, in millions of rupiah (its title says "juta Rp"):
  /// whole millions, one decimal when the largest amount drawn is under Rp 10 million and two
  /// under Rp 1 million, so that neighbouring ticks (every Rp 500,000 or Rp 50,000, say) never
  /// read the same.
  package static func millionsAxis(largest: Double) -> String {
    if largest < 1_000_000 { return "#,##0.00,," }
    return largest < 10_000_000 ? "#,##0.0,," : "#,##0,,"
  }
  /// Wrapped text for long notes.
  package static let note = CellFormat(
    fontColor: ReportPalette.muted, verticalAlignment: .top, wrapsText: true)

  /// The workbook title: large, bold, dark blue.
  package static let title = CellFormat(fontSize: 16, bold: true, fontColor: ReportPalette.title)
  /// A section heading.
  package static let heading = CellFormat(
    fontSize: 12, bold: true, fontColor: ReportPalette.title)
  /// Column headers: bold white on dark blue, wrapped and centred, thin borders.
  package static let header = CellFormat(
    bold: true, fontColor: .white, fill: ReportPalette.headerFill, border: .thin,
    borderColor: Color(rgb: 0xBF_BFBF), horizontalAlignment: .center,
    verticalAlignment: .center, wrapsText: true)
}
