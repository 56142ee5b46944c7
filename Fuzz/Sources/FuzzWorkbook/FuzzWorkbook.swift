import Foundation
import FuzzSupport
import XLSXReader
import XLSXWriter

/// libFuzzer's entry: the input is the text of a data row, as a library or district name.
///
/// The input is split at NUL bytes into up to four texts (one text fills every place when
/// there is no NUL) and written, through `WorkbookWriter` and libxlsxwriter, where data text
/// reaches a report: a cell and its comment, a second sheet's name (when Excel would accept
/// it), the page header and footer, a chart's title, axis titles and series name, and the
/// document properties. Invariants, besides "no crash" (libxlsxwriter's double frees included,
/// which AddressSanitizer stops on):
/// - writing either succeeds or throws `XLSXError` (its typed throw makes any other error
///   impossible), and after a failure no file is left at the destination;
/// - a written file always reads back with `XLSXReader`: the zip opens and every part is
///   well-formed XML;
/// - text that XML 1.0 carries as it is reads back from the cell unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  let texts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map {
    String(decoding: $0, as: UTF8.self)
  }
  WorkbookFuzzing.check(texts.isEmpty ? [""] : texts)
  return 0
}

/// The checks, kept apart from the C entry point.
enum WorkbookFuzzing {
  private static let folder: URL = {
    // `make fuzz` points TMPDIR at a folder of its own in /dev/shm and removes it afterwards
    // (libFuzzer's -fork=1 starts a process, and so a folder, per run of the target).
    let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "pustaka-fuzz-workbook-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  static func check(_ texts: [String]) {
    func text(_ index: Int) -> String { texts[index < texts.count ? index : 0] }
    let spec = workbook(cell: text(0), header: text(1), chart: text(2), property: text(3))
    let url = folder.appendingPathComponent("fuzz.xlsx")
    try? FileManager.default.removeItem(at: url)
    do {
      try WorkbookWriter.write(spec, to: url)
    } catch {
      expect(!error.description.isEmpty, "an XLSXError without a message")
      expect(
        !FileManager.default.fileExists(atPath: url.path), "a failed write left a file: \(error)")
      return
    }
    let document: XLSXDocument
    do {
      document = try XLSXDocument(contentsOf: url)
    } catch {
      fail("a written workbook does not read back: \(error)")
    }
    let cell = document.sheets.first?.cells.first { $0.row == 0 && $0.column == 0 }
    if text(0).isEmpty {
      // libxlsxwriter writes an empty string as a blank cell, or as no cell without a format.
      expect(
        cell == nil || cell?.value == .empty,
        "an empty text reads back as \(String(describing: cell?.value))")
    } else if isPlainXMLText(text(0)) {
      expect(
        cell?.value == .string(text(0)),
        "cell A1 reads back as \(String(describing: cell?.value).prefix(200))")
    }
  }

  private static func workbook(cell: String, header: String, chart: String, property: String)
    -> WorkbookSpec
  {
    var data = SheetSpec(name: "Data")
    data.write(.string(cell), row: 0, column: 0)
    data.write(.string(header), row: 1, column: 0)
    for row in 2..<5 {
      data.write(.string(chart), row: row, column: 0)
      data.write(.number(Double(row)), row: row, column: 1)
    }
    data.comments[CellReference(row: 0, column: 0)] = cell
    data.printSetup.header = HeaderFooter(
      left: [.text(header)], center: [.text(cell), .pageNumber], right: [.sheetName])
    data.printSetup.footer = HeaderFooter(
      left: [.text(property)], right: [.text(header), .pageCount])

    let secondName = SheetName.problem(with: header) == nil ? header : "Second"
    var second = SheetSpec(name: secondName.lowercased() == "data" ? "Second" : secondName)
    second.write(.string(chart), row: 0, column: 0)
    second.write(.number(1), row: 0, column: 1)
    second.write(.string(cell), row: 1, column: 0)
    second.write(.number(2), row: 1, column: 1)
    var series = ChartSeries(
      name: chart, sheet: second.name,
      categories: CellRange(firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0),
      values: CellRange(firstRow: 0, firstColumn: 1, lastRow: 1, lastColumn: 1))
    series.showsValueLabels = true
    var columnChart = ChartSpec(
      kind: .column, title: chart, series: [series], anchor: CellReference(row: 3, column: 3))
    columnChart.categoryAxisTitle = header
    columnChart.valueAxisTitle = cell
    data.charts = [columnChart]
    var pie = ChartSpec(
      kind: .pie, title: cell, series: [series], anchor: CellReference(row: 20, column: 3))
    pie.legend = .right
    second.charts = [pie]

    var properties = DocumentProperties(
      title: property, subject: cell, author: header, company: chart, keywords: property,
      created: Date(timeIntervalSince1970: 1_790_000_000))
    properties.custom = [(name: "Sumber", value: property), (name: "Regency", value: cell)]
    var spec = WorkbookSpec(sheets: [data, second], properties: properties)
    spec.options.temporaryDirectory = folder.path
    return spec
  }

  /// Whether `text` holds only characters XML 1.0 carries unchanged in element text: no
  /// control characters besides tab and line feed (a carriage return is normalised away), no
  /// U+FFFE or U+FFFF, and no `_x` that Excel's `_xHHHH_` escapes would read as a code.
  private static func isPlainXMLText(_ text: String) -> Bool {
    !text.contains("_x")
      && text.unicodeScalars.allSatisfy { scalar in
        switch scalar.value {
        case 0x09, 0x0A: return true
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return false
        default: return true
        }
      }
  }
}
