import Testing

@testable import XLSXWriter

/// Issue 13: the cells reach libxlsxwriter row by row, left to right, however they were
/// written into the spec.
@Suite struct SheetSpecOrderTests {
  @Test("cells come row by row, left to right, up to Excel's last row and column")
  func rowByRow() {
    let places = [
      (1_048_575, 16_383), (0, 1), (70_000, 0), (0, 0), (1, 16_383), (2, 3), (1, 0),
      (65_536, 16_000), (2, 2),
    ]
    var sheet = SheetSpec(name: "Urutan")
    for (row, column) in places {
      sheet.write(.number(Double(row)), at: CellReference(row: row, column: column))
    }
    let order = sheet.cellsInRowOrder.map { [$0.reference.row, $0.reference.column] }
    #expect(
      order == [
        [0, 0], [0, 1], [1, 0], [1, 16_383], [2, 2], [2, 3], [65_536, 16_000], [70_000, 0],
        [1_048_575, 16_383],
      ])
    #expect(sheet.cellsInRowOrder.map(\.cell.value) == order.map { .number(Double($0[0])) })
  }

  @Test("a sheet beyond Excel's limits, which the writer refuses, is still put in order")
  func beyondExcel() {
    var sheet = SheetSpec(name: "Terlalu")
    sheet.write(.string("b"), at: CellReference(row: 2_000_000, column: 1))
    sheet.write(.string("a"), at: CellReference(row: 3, column: 20_000))
    #expect(sheet.cellsInRowOrder.map(\.cell.value) == [.string("a"), .string("b")])
  }
}
