import Testing

@testable import XLSXReader

@Suite struct XLSXReaderErrorTests {
  @Test("an unreadable file names its path") func unreadableNamesPath() {
    let error = XLSXReaderError.unreadable(path: "a.xlsx", reason: "no such file")
    #expect(error.description == "'a.xlsx' cannot be read: no such file")
  }
}
