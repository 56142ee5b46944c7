import Foundation
import TestSupport
import Testing
import XLSXReader

/// `pustaka run --award-basis` and ranges of months, end to end.
@Suite(.serialized) struct AwardBasisRunTests {
  /// The award table of a written regency workbook: library ids, best first.
  static func awardIDs(_ url: URL) throws -> (ids: [String], note: String?) {
    let document = try XLSXDocument(contentsOf: url)
    let sheet = try #require(document.sheet(named: "Ringkasan"))
    let table = try #require(sheet.tables.first { $0.name == "CalonPenghargaan" })
    let header = try #require(
      sheet.cells.first { $0.value == .string("Calon penerima penghargaan") })
    var ids: [String] = []
    var row = header.row + 2
    while case .string(let id) = sheet.cell(row: row, column: header.column + 1)?.value {
      ids.append(id)
      row += 1
    }
    let note = sheet.cell(row: row, column: header.column).flatMap { cell -> String? in
      if case .string(let text) = cell.value { return text }
      return nil
    }
    #expect(table.hasAutoFilter)
    return (ids, note)
  }

  @Test("issue 11: --award-basis chooses the KPI the award list is drawn on")
  func awardBasis() throws {
    let directory = try RunCommandTests.workspace(["--libraries", "30", "--months", "14"])
    defer { directory.remove() }
    var lists: [String: (ids: [String], note: String?)] = [:]
    for basis in ["12m", "period"] {
      let run = try PustakaBinary.run(
        [
          "run", "--data", "data", "--out", "out-\(basis)", "--quiet", "--no-library-cards",
          "--award-basis", basis,
        ], in: directory.url)
      #expect(run.status == 0, "\(run.standardError)")
      let folder = directory.url.appendingPathComponent("out-\(basis)/ngawi")
      let period = try #require(
        try FileManager.default.contentsOfDirectory(atPath: folder.path).first)
      lists[basis] = try Self.awardIDs(
        folder.appendingPathComponent("\(period)/Rekap-Ngawi-\(period).xlsx"))
      // scores.csv carries both bases whatever the award list uses.
      let scores = try String(
        contentsOf: folder.appendingPathComponent("\(period)/scores.csv"), encoding: .utf8)
      #expect(scores.hasPrefix("library_id,") && scores.contains(",kpi_12m,grade_12m,rank_12m,"))
    }
    let yearly = try #require(lists["12m"])
    let monthly = try #require(lists["period"])
    #expect(yearly.ids.count >= 3 && monthly.ids.count >= 3)
    #expect(yearly.note?.hasPrefix("Dasar: KPI 12 bulan (") == true)
    #expect(monthly.note?.hasPrefix("Dasar: KPI periode ") == true)
  }

  @Test("issue 11: --period takes a range of months, written under its own folder")
  func rangePeriod() throws {
    let directory = try RunCommandTests.workspace(["--libraries", "12", "--months", "6"])
    defer { directory.remove() }
    let score = try PustakaBinary.run(
      ["score", "--data", "data", "--period", "2026-10..2026-06"], in: directory.url)
    #expect(score.status == 64)
    #expect(
      score.standardError.contains(
        "\"2026-10..2026-06\" is not a period: a range must start before it ends"))
    let run = try PustakaBinary.run(
      [
        "run", "--data", "data", "--out", "out", "--quiet", "--no-library-cards", "--period",
        "2026-08..2026-10",
      ], in: directory.url)
    #expect(run.status == 0, "\(run.standardError)")
    let workbook = directory.url.appendingPathComponent(
      "out/ngawi/2026-08..2026-10/Rekap-Ngawi-2026-08..2026-10.xlsx")
    #expect(FileManager.default.fileExists(atPath: workbook.path))
  }
}
