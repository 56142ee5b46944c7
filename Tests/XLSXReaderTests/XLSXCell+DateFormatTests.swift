import Testing

@testable import XLSXReader

@Suite struct XLSXCellDateFormatTests {
  @Test(
    "recognises date and time format codes",
    arguments: [
      ("yyyy-mm-dd", true), ("d/m/yyyy", true), ("[h]:mm:ss", true), ("hh:mm AM/PM", true),
      ("[$-421]dd mmmm yyyy", true), ("General", false), ("0.00", false), ("#,##0", false),
      (##""Rp"#,##0"##, false), (#"0.0 "days""#, false), ("[Red]0.00", false), ("@", false),
      (#"0\d"#, false), ("_(* #,##0_)", false),
    ])
  func dateCodes(_ code: String, _ isDate: Bool) {
    #expect(XLSXCell.isDateFormat(code) == isDate)
  }

  @Test("recognises built-in date ids whatever their code", arguments: [14, 22, 45, 47])
  func builtInIDs(_ id: Int) {
    let cell = XLSXCell(row: 0, column: 0, value: .number(1), numberFormatID: id)
    #expect(cell.isDateFormatted)
  }

  @Test("a number format that is not a date", arguments: [0, 3, 13, 23, 48, 164])
  func notDates(_ id: Int) {
    let cell = XLSXCell(
      row: 0, column: 0, value: .number(1), numberFormat: BuiltInNumberFormat.code(for: id),
      numberFormatID: id)
    #expect(!cell.isDateFormatted)
  }
}
