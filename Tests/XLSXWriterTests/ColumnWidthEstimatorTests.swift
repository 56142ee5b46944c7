import Testing

@testable import XLSXWriter

@Suite struct ColumnWidthEstimatorTests {
  @Test(
    "formatted numbers are measured as shown",
    arguments: [
      (1_234_567.0, "#,##0", 9),  // 1,234,567
      (0.875, "0.0%", 5),  // 87.5%
      (1_500_000.0, "\"Rp \"#,##0", 12),  // Rp 1,500,000
      (81.25, "0.00", 5),  // 81.25
      (-12.5, "0.0", 5),  // -12.5
      (1234.0, "General", 4),  // 1234
      (0.1, "General", 3),  // 0.1
    ])
  func measuresNumbers(value: Double, format: String, expected: Int) {
    #expect(ColumnWidthEstimator.formattedLength(value, format: format) == expected)
  }

  @Test("a fitted column is as wide as its longest value plus padding, within its bounds")
  func fitsColumns() {
    var sheet = SheetSpec(name: "S")
    sheet.write(.string("Perpustakaan Cemerlang"), row: 0, column: 0)  // 22 + 1.5 -> 24
    sheet.write(.string("Cerpin"), row: 1, column: 0)
    sheet.write(.string(String(repeating: "x", count: 200)), row: 0, column: 1)
    sheet.write(.number(5), row: 0, column: 2)
    sheet.columns[0] = ColumnSpec(width: .fit)
    sheet.columns[1] = ColumnSpec(width: .fit)
    sheet.columns[2] = ColumnSpec(width: .fit)
    let widths = ColumnWidthEstimator.fittedWidths(for: sheet)
    #expect(widths[0] == 24)
    #expect(widths[1] == 50)
    #expect(widths[2] == 6)
  }
}

@Suite struct ColumnWidthEstimatorLargeNumberTests {
  @Test("numbers beyond 64-bit integers are measured, not trapped (review of issue 2)")
  func hugeNumbers() {
    #expect(ColumnWidthEstimator.formattedLength(1e19, format: "#,##0") == 26)
    #expect(ColumnWidthEstimator.formattedLength(9.3e18, format: "0.0%") == 24)
    #expect(ColumnWidthEstimator.formattedLength(1e300, format: "0") == 301)
  }
}
