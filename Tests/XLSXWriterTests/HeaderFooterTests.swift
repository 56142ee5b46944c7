import Testing

@testable import XLSXWriter

/// Headers and footers hold data text; Excel and libxlsxwriter take at most 255 characters of
/// header code, so long names are shortened, never refused (issue 10, defect 2).
@Suite struct HeaderFooterTests {
  @Test("issue 10.2: a long name is shortened with an ellipsis to fit 255 characters")
  func longName() {
    let name = String(repeating: "Kecamatan Panjang ", count: 20)
    let header = HeaderFooter(
      left: [.text("Rekap")], center: [.text(name)], right: [.text("Hal. "), .pageNumber])
    let code = header.excelCode
    #expect(code.unicodeScalars.count == 255)
    // "&LRekap" 7 + "&C" 2 + "&RHal. &P" 9: 237 characters are left for the name, "…" included.
    #expect(code == "&LRekap&C" + String(name.prefix(236)) + "…&RHal. &P")
  }

  @Test("issue 10.2: shortening never splits an escaped & and counts it twice")
  func longNameWithAmpersands() {
    let header = HeaderFooter(center: [.text(String(repeating: "&", count: 300))])
    let code = header.excelCode
    #expect(code.unicodeScalars.count <= 255)
    #expect(code == "&C" + String(repeating: "&", count: 252) + "…")
  }

  @Test("the longest of two long texts is shortened first, the same way every time")
  func twoLongTexts() {
    let header = HeaderFooter(
      left: [.text(String(repeating: "a", count: 200))],
      right: [.text(String(repeating: "b", count: 150))])
    let code = header.excelCode
    #expect(code.unicodeScalars.count == 255)
    #expect(code == header.excelCode)
    #expect(
      code == "&L" + String(repeating: "a", count: 100) + "…&R" + String(repeating: "b", count: 150)
    )
  }

  @Test("a header that fits is written as it is, with & doubled")
  func shortHeader() {
    let header = HeaderFooter(center: [.text("P&G "), .pageNumber, .text(" / "), .pageCount])
    #expect(header.excelCode == "&CP&&G &P / &N")
  }
}
