import Testing

@testable import XLSXReader

@Suite struct SerialDateTests {
  @Test(
    "converts ISO dates to Excel serial numbers",
    arguments: [
      ("1900-01-01", false, 1.0), ("1900-02-28", false, 59.0), ("1900-03-01", false, 61.0),
      ("2024-05-01", false, 45_413.0), ("2024-05-01T12:00:00Z", false, 45_413.5),
      ("1904-01-02", true, 1.0),
    ])
  func converts(_ text: String, _ date1904: Bool, _ expected: Double) {
    #expect(SerialDate.serial(iso8601: text, date1904: date1904) == expected)
  }

  @Test("refuses text that is not a date", arguments: ["2024-13-01", "01/05/2024", "tomorrow"])
  func refuses(_ text: String) {
    #expect(SerialDate.serial(iso8601: text, date1904: false) == nil)
  }
}
