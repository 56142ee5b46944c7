import Foundation
import XLSXWriter

/// A workbook shaped like one library's report card (*rapor perpustakaan*): two sheets, about
/// 100 cells (61 + 39), two charts, the shape the performance notes' libxlsxwriter floor was measured on.
///
/// Made by hand rather than by `PustakaReports`, whose report cards are still being written on
/// other branches; once they land, the whole run's figures show what the real cards cost.
enum ReportCardWorkbook {
  /// The spec; `temporaryDirectory` is libxlsxwriter's folder for its temporary files.
  static func make(temporaryDirectory: String? = nil) -> WorkbookSpec {
    var card = SheetSpec(name: "Rapor")
    card.write(.string("Rapor Perpustakaan Desa Karangasri"), row: 0, column: 0, format: title)
    card.mergedRanges = [CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 4)]
    let facts: [(String, CellValue)] = [
      ("Kecamatan", .string("Ngawi")), ("Periode", .string("2026-10")),
      ("KPI", .number(81.25)), ("Predikat", .string("A")),
    ]
    for (row, fact) in facts.enumerated() {
      card.write(.string(fact.0), row: row + 2, column: 0, format: label)
      card.write(fact.1, row: row + 2, column: 1, format: row == 2 ? score : .standard)
    }
    card.writeRow(
      ["Indikator", "Nilai", "Bobot", "Poin"].map { .string($0) },
      startingAt: CellReference(row: 7, column: 0), format: header)
    for (offset, name) in indicators.enumerated() {
      let row = 8 + offset
      let value = Double((offset * 37) % 100) / 100
      card.write(.string(name), row: row, column: 0)
      card.write(.number(value), row: row, column: 1, format: share)
      card.write(.number(Double(1 + offset % 3)), row: row, column: 2)
      card.write(.number(value * 4), row: row, column: 3, format: score)
    }
    card.columns[0] = ColumnSpec(width: .fit)
    let lastIndicatorRow = 7 + indicators.count
    card.charts = [
      ChartSpec(
        kind: .bar, title: "Poin per indikator",
        series: [
          ChartSeries(
            name: "Poin", sheet: "Rapor",
            categories: CellRange(
              firstRow: 8, firstColumn: 0, lastRow: lastIndicatorRow, lastColumn: 0),
            values: CellRange(
              firstRow: 8, firstColumn: 3, lastRow: lastIndicatorRow, lastColumn: 3),
            color: Color(rgb: 0x1F_77B4))
        ],
        anchor: CellReference(row: 2, column: 6))
    ]

    var trend = SheetSpec(name: "Tren")
    trend.writeRow(
      ["Bulan", "Kunjungan", "Peminjaman"].map { .string($0) },
      startingAt: CellReference(row: 0, column: 0), format: header)
    for month in 0..<12 {
      let row = month + 1
      trend.write(.string(monthLabel(month)), row: row, column: 0)
      trend.write(.number(Double(300 + (month * 53) % 170)), row: row, column: 1, format: count)
      trend.write(.number(Double(120 + (month * 29) % 90)), row: row, column: 2, format: count)
    }
    trend.frozenPane = CellReference(row: 1, column: 0)
    trend.charts = [
      ChartSpec(
        kind: .line, title: "Kunjungan dan peminjaman",
        series: [1, 2].map { column in
          ChartSeries(
            name: column == 1 ? "Kunjungan" : "Peminjaman", sheet: "Tren",
            categories: CellRange(firstRow: 1, firstColumn: 0, lastRow: 12, lastColumn: 0),
            values: CellRange(firstRow: 1, firstColumn: column, lastRow: 12, lastColumn: column))
        },
        anchor: CellReference(row: 1, column: 4))
    ]

    var spec = WorkbookSpec(
      sheets: [card, trend],
      properties: DocumentProperties(
        title: "Rapor Perpustakaan", author: "Dinas Perpustakaan", created: created))
    spec.options = WriterOptions(temporaryDirectory: temporaryDirectory)
    return spec
  }

  /// The number of cells `make` writes, for the record.
  static var cellCount: Int {
    make().sheets.reduce(0) { $0 + $1.cells.count }
  }

  private static let created = Date(timeIntervalSince1970: 1_793_404_800)  // 2026-10-31 UTC
  private static let title = CellFormat(fontSize: 14, bold: true)
  private static let label = CellFormat(bold: true)
  private static let header = CellFormat(
    bold: true, fontColor: .white, fill: Color(rgb: 0x1F_4E79), border: .thin,
    horizontalAlignment: .center)
  private static let score = CellFormat(numberFormat: "0.00")
  private static let share = CellFormat(numberFormat: "0.0%")
  private static let count = CellFormat(numberFormat: "#,##0")
  private static let indicators = [
    "Realisasi anggaran", "Belanja koleksi", "Koleksi per penduduk", "Judul baru",
    "Kunjungan per hari", "Peminjaman per hari", "Hari buka", "Anggota aktif", "Kegiatan",
    "Peserta kegiatan", "Tenaga pengelola", "Akreditasi",
  ]

  private static func monthLabel(_ offset: Int) -> String {
    let ordinal = 2024 * 12 + 10 + offset  // November 2024 onwards
    let month = ordinal % 12 + 1
    return "\(ordinal / 12)-\(month < 10 ? "0" : "")\(month)"
  }
}
