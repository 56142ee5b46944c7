import PustakaCore
import Testing

@testable import PustakaIngest

/// Each warning of the data contract: the row is kept and the problem reported.
@Suite struct WarningTests {
  let libraries = RowErrorTests.libraries

  @Test("more visitors in a day than 20 % of the population is a warning; the row is kept")
  func visitorsAboveShare() throws {
    let result = try DataFolder.load([
      "libraries.csv": libraries,
      "attendance.csv": "library_id,date,visitors\nNGW-01,2026-10-01,800\nNGW-01,2026-10-02,801\n",
    ])
    #expect(
      result.formattedDiagnostics == [
        "attendance.csv:3:3: warning: visitors \"801\" is more than 20 % of the village's "
          + "population 4000"
      ])
    #expect(result.dataSet.attendance.count == 2)
    #expect(result.summary(.attendance)?.warnings == 1)
  }

  @Test("visitors on a closed day is a warning")
  func visitorsOnClosedDay() throws {
    let result = try DataFolder.load([
      "libraries.csv": libraries,
      "attendance.csv": "library_id,date,visitors,open\nNGW-01,2026-10-01,0,tidak\n"
        + "NGW-01,2026-10-02,4,tidak\n",
    ])
    #expect(
      result.formattedDiagnostics == [
        "attendance.csv:3:3: warning: visitors \"4\" on a day marked closed (open is false)"
      ])
    #expect(result.dataSet.attendance.map(\.isOpen) == [false, false])
  }

  @Test("rows after the reporting period give one warning per file with count and first line")
  func afterPeriod() throws {
    let result = try DataFolder.load(
      [
        "libraries.csv": libraries,
        "attendance.csv": "library_id,date,visitors\nNGW-01,2026-10-31,5\nNGW-01,2026-11-01,5\n"
          + "NGW-99,2026-11-02,5\nNGW-02,2026-12-01,5\n",
        "budget.csv": "library_id,month,category,allocated_idr,spent_idr\n"
          + "NGW-01,November 2026,staff,1,1\n",
      ], reportingPeriodEnd: DialectFixtures.october)
    #expect(
      result.formattedDiagnostics == [
        "attendance.csv:3: warning: 2 rows are dated after the reporting period 2026-10; the "
          + "first is on line 3",
        "attendance.csv:4:1: error: library_id \"NGW-99\" is not in libraries",
        "budget.csv:2: warning: 1 row is dated after the reporting period 2026-10; the first is "
          + "on line 2",
      ])
    #expect(result.dataSet.attendance.count == 3)
  }

  @Test("unknown and repeated columns are reported once per file")
  func unknownAndRepeatedColumns() throws {
    let result = try DataFolder.load([
      "libraries.csv": libraries,
      "attendance.csv": "library_id,date,visitors,catatan,Pengunjung\n"
        + "NGW-01,2026-10-01,5,ok,6\nNGW-01,2026-10-02,7,ok,8\n",
    ])
    #expect(
      result.formattedDiagnostics == [
        "attendance.csv:1:4: warning: unknown column \"catatan\" is ignored",
        "attendance.csv:1:5: warning: column \"Pengunjung\" repeats visitors (column 3) and is "
          + "ignored",
      ])
    #expect(result.dataSet.attendance.map(\.visitors) == [5, 7])
    #expect(result.summary(.attendance)?.warnings == 2)
  }

  @Test("villages of the same name and district with different populations are a warning")
  func disagreeingPopulations() throws {
    let result = try DataFolder.load([
      "libraries.csv": libraries + "NGW-03,Perpustakaan Lain,WATUALANG ,ngawi,Ngawi,3900\n"
        + "NGW-04,Perpustakaan Ketiga,Watualang,Ngawi,Ngawi,3800\n"
    ])
    #expect(
      result.formattedDiagnostics == [
        "libraries.csv:4:6: warning: village \"WATUALANG\" in district \"ngawi\" has population "
          + "3900 here but 4000 at libraries.csv:2; the first is used"
      ])
    #expect(result.dataSet.libraries.count == 4)
  }
}

/// Rows sharing a key: identical copies are kept once, disagreeing ones are all rejected.
@Suite struct DuplicateTests {
  let libraries = RowErrorTests.libraries

  @Test("an identical pair is kept once, with a warning-severity rejection of the copy")
  func identicalPair() throws {
    let result = try DataFolder.load([
      "libraries.csv": libraries,
      "attendance-2026-10.csv": "library_id,date,visitors\nNGW-01,2026-10-01,5\n",
      "attendance-2026-10b.csv": "library_id,date,visitors,loans\nNGW-01,01/10/2026,5,0\n",
    ])
    #expect(
      result.formattedDiagnostics == [
        "attendance-2026-10b.csv:2: warning: duplicate: identical to the row at "
          + "attendance-2026-10.csv:2 (library_id \"NGW-01\", date 2026-10-01); the first copy "
          + "is kept"
      ])
    #expect(result.dataSet.attendance.count == 1)
    #expect(result.rejectedRows.map(\.cells) == [["NGW-01", "01/10/2026", "5", "0"]])
    #expect(result.rejectedRows.first?.isError == false)
    #expect(
      result.summary(.attendance)
        == TableSummary(
          table: .attendance, files: 2, rowsRead: 2, accepted: 1, rejected: 1, warnings: 1))
  }

  @Test("a conflicting pair is rejected whole")
  func conflictingPair() throws {
    let result = try DataFolder.load([
      "libraries.csv": libraries,
      "budget.csv": "library_id,month,category,allocated_idr,spent_idr\n"
        + "NGW-01,2026-10,staff,100,100\nNGW-02,2026-10,staff,5,5\nNGW-01,Okt 2026,honor,100,90\n",
    ])
    let conflict =
      "error: conflict: rows for library_id \"NGW-01\", month 2026-10, category staff, source "
      + "dana_desa disagree (budget.csv:2, budget.csv:4); all of them are rejected"
    #expect(
      result.formattedDiagnostics == ["budget.csv:2: " + conflict, "budget.csv:4: " + conflict])
    #expect(result.dataSet.budget.map(\.libraryID) == ["NGW-02"])
    #expect(result.rejectedRows.map(\.line) == [2, 4])
    #expect(result.rejectedRows.map(\.cells.count) == [5, 5])
    #expect(result.summary(.budget)?.rejected == 2)
  }

  @Test("conflicting libraries are both rejected and their rows elsewhere are unknown")
  func conflictingLibraries() throws {
    let result = try DataFolder.load([
      "libraries.csv": libraries + "NGW-01,Perpustakaan Lain,Watualang,Ngawi,Ngawi,4000\n",
      "operations.csv": "library_id,month\nNGW-01,2026-10\n",
    ])
    #expect(result.dataSet.libraries.map(\.id) == ["NGW-02"])
    #expect(result.rejectedRows.map(\.table) == [.libraries, .libraries, .operations])
    #expect(
      result.formattedDiagnostics.last
        == "operations.csv:2:1: error: library_id \"NGW-01\" is not in libraries")
  }

  @Test("identical activities are all accepted: activities have no key")
  func activitiesHaveNoKey() throws {
    let row = "NGW-01,2026-10-03,talk,10\n"
    let result = try DataFolder.load([
      "libraries.csv": libraries,
      "activities.csv": "library_id,date,type,participants\n" + row + row,
    ])
    #expect(result.formattedDiagnostics == [])
    #expect(result.dataSet.activities.count == 2)
  }
}
