import PustakaCore
import Testing
import XLSXReader

@testable import PustakaReports

@Suite struct ActivitiesSheetTests {
  @Test("activities and participants by type equal the engine's, totals as formulas")
  func byType() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Kegiatan")
    let activities = try #require(workbook.context.scopeStatistics).figures.activities
    let header = try #require(sheet.headerRow(under: "Menurut jenis: Kabupaten Ngawi"))
    let storytelling = try #require(sheet.row(of: "Mendongeng", after: header))
    #expect(sheet.number(storytelling, 1) == Double(activities.count(.storytelling)))
    #expect(sheet.number(storytelling, 2) == Double(activities.participants(.storytelling)))
    let total = try #require(sheet.row(of: "Jumlah", after: header))
    #expect(sheet.cell(row: total, column: 2)?.formula == "SUM(C\(header + 2):C\(total))")
    #expect(sheet.number(total, 2) == Double(activities.participants))
  }

  @Test("each district's activities by type, participants and participants per 1,000")
  func byDistrict() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Kegiatan")
    let header = try #require(sheet.headerRow(under: "Per kecamatan: Kabupaten Ngawi"))
    #expect(sheet.text(header, 2) == "Pelatihan literasi")
    for group in workbook.context.districtStatistics {
      let name = try #require(group.district)
      let row = try #require(sheet.row(of: name, after: header))
      #expect(sheet.number(row, 2) == Double(group.figures.activities.count(.literacyTraining)))
      #expect(sheet.number(row, 8) == Double(group.figures.activities.count))
      #expect(close(sheet.number(row, 10), group.figures.participantsPer1000))
    }
    #expect(sheet.row(of: "Kabupaten Ngawi", after: header) != nil)
  }

  @Test("column charts by type and a stacked bar chart by district draw the tables' numbers")
  func charts() throws {
    let workbook = try DetailWorkbook.regency.get()
    let sheet = try workbook.sheet("Kegiatan")
    #expect(sheet.charts.map(\.barDirection) == ["col", "col", "bar"])
    #expect(sheet.charts[2].grouping == "stacked")
    let types = try #require(sheet.headerRow(under: "Menurut jenis: Kabupaten Ngawi"))
    let rows = (types + 1)...(types + ActivityType.allCases.count)
    #expect(sheet.charts[0].series.first?.values == seriesRange("Kegiatan", column: 1, rows: rows))
    #expect(sheet.charts[1].series.first?.values == seriesRange("Kegiatan", column: 2, rows: rows))
    let districts = try #require(sheet.headerRow(under: "Per kecamatan: Kabupaten Ngawi"))
    let count = workbook.context.districtStatistics.count
    #expect(
      sheet.charts[2].series.first?.values
        == seriesRange("Kegiatan", column: 2, rows: (districts + 1)...(districts + count)))
  }

  @Test("a district puts its and the regency's means per library beside it, and its libraries")
  func district() throws {
    let workbook = try DetailWorkbook.paron.get()
    let sheet = try workbook.sheet("Activities")
    let header = try #require(sheet.headerRow(under: "By type: Paron District, Ngawi Regency"))
    #expect(sheet.text(header, 3) == "Activities per library, Paron District")
    #expect(sheet.text(header, 4) == "Activities per library, Ngawi Regency")
    let regency = try #require(workbook.context.regencyStatistics).figures.activities
    let district = try #require(workbook.context.scopeStatistics).figures.activities
    let talk = try #require(sheet.row(of: "Storytelling", after: header))
    // Paron has 3 libraries (the silent L7 too), the regency 7.
    #expect(close(sheet.number(talk, 3), Double(district.count(.storytelling)) / 3))
    #expect(close(sheet.number(talk, 4), Double(regency.count(.storytelling)) / 7))
    let libraries = try #require(
      sheet.headerRow(under: "By library: Paron District, Ngawi Regency"))
    #expect(sheet.text(libraries + 1, 0) == "=HYPERLINK(\"http://x\")")
    #expect(
      sheet.charts[2].series.first?.values
        == seriesRange("Activities", column: 2, rows: (libraries + 1)...(libraries + 3)))
  }
}
