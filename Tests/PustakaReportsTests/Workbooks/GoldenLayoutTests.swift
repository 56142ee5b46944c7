import Foundation
import PustakaCore
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

/// The layouts of the regency workbook, one district workbook and one report card of the
/// small regency, reviewed as text: every sheet's cells, formulas, formats, merges, tables,
/// conditional formats, charts with their series ranges and print setup (`layoutDump`),
/// checked against the files in `Tests/Goldens/`.
///
/// A layout change shows up as a diff of those files in review. `RECORD_GOLDENS=1 swift test
/// --filter GoldenLayoutTests` writes them anew, and the test then fails, so that a recording
/// run is never taken for a passing one.
@Suite struct GoldenLayoutTests {
  /// `Tests/Goldens/`, found from this file's path.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Goldens", isDirectory: true)

  /// The golden workbooks: a file name and the plan entry's path.
  static let workbooks: [(golden: String, path: String)] = [
    ("rekap-ngawi.txt", "Rekap-Ngawi-2026-10.xlsx"),
    ("kecamatan-paron.txt", "Kecamatan/Paron-2026-10.xlsx"),
    ("rapor-L2.txt", "Perpustakaan/L2-2026-10.xlsx"),
  ]

  @Test(
    "issue 11: the regency, district and card layouts match their goldens",
    arguments: Self.workbooks.map(\.golden))
  func golden(name: String) throws {
    let path = try #require(Self.workbooks.first { $0.golden == name }?.path)
    let plan = ReportPlanTests.plan()
    let entry = try #require(plan.entries.first { $0.path == path }, "no \(path) planned")
    let folder = try TemporaryDirectory(prefix: "golden")
    defer { folder.remove() }
    let url = folder.file("golden.xlsx")
    try WorkbookWriter.write(plan.build(entry), to: url)
    try Self.check(layoutDump(try XLSXDocument(contentsOf: url)), against: name)
  }

  @Test("issue 13: the province summary's layout matches its golden")
  func provinceGolden() throws {
    let folder = try TemporaryDirectory(prefix: "golden")
    defer { folder.remove() }
    let url = folder.file("golden.xlsx")
    try WorkbookWriter.write(ProvinceWorkbook.workbook(ProvinceWorkbookTests.context()), to: url)
    try Self.check(
      layoutDump(try XLSXDocument(contentsOf: url)), against: "provinsi-jawa-timur.txt")
  }

  /// Compares `text` with the golden file `name`, or records it anew with `RECORD_GOLDENS=1`.
  static func check(_ text: String, against name: String) throws {
    let file = Self.folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
      Issue.record("recorded \(name); run again without RECORD_GOLDENS to check it")
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    guard text != expected else { return }
    let written = text.split(separator: "\n", omittingEmptySubsequences: false)
    let golden = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let common = min(written.count, golden.count)
    let line = (0..<common).first { written[$0] != golden[$0] } ?? common
    Issue.record(
      """
      \(name) differs from the layout written, first at line \(line + 1):
        golden:  \(line < golden.count ? golden[line] : "(end)")
        written: \(line < written.count ? written[line] : "(end)")
      Review the change; if it is intended, re-record with RECORD_GOLDENS=1.
      """)
  }
}
