import Foundation
import TestSupport
import Testing

@testable import XLSXWriter

@Suite struct SmokeTests {
  @Test("writes the sample workbook") func writesSample() throws {
    let url = URL(fileURLWithPath: "/tmp/pustaka-sample.xlsx")
    try WorkbookWriter.write(SampleWorkbook.make(), to: url)
    #expect(FileManager.default.fileExists(atPath: url.path))
  }
}
