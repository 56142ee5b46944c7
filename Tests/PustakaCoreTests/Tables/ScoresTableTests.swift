import Testing

@testable import PustakaCore

@Suite struct ScoresTableTests {
  @Test("scores.csv: header, a scored row and a non-reporting row") func scores() throws {
    let report = PeriodReport(
      dataSet: ThreeLibraries.fixture.dataSet, period: try Period(parsing: "2026-10"))
    let lines = ScoresTable.table(report).csv.split(separator: "\n").map(String.init)
    #expect(lines.count == 10)
    #expect(
      lines[0] == "library_id,name,village,district,regency,reporting,kpi,grade,rank,"
        + "rank_in_district,points,development,service,resources,community,kpi_12m,grade_12m,"
        + "rank_12m,titles_value,"
        + "titles_points,copies_per_capita_value,copies_per_capita_points,"
        + "acquisitions_per_1000_value,acquisitions_per_1000_points,collection_growth_pct_value,"
        + "collection_growth_pct_points,floor_area_value,floor_area_points,open_days_value,"
        + "open_days_points,visitors_per_day_value,visitors_per_day_points,"
        + "visits_per_1000_value,visits_per_1000_points,loans_per_visit_value,"
        + "loans_per_visit_points,turnover_value,turnover_points,budget_absorption_value,"
        + "budget_absorption_points,collection_spend_share_value,collection_spend_share_points,"
        + "cost_per_visit_value,cost_per_visit_points,trained_staff_value,trained_staff_points,"
        + "volunteer_hours_value,volunteer_hours_points,activities_value,activities_points,"
        + "participants_per_1000_value,participants_per_1000_points,members_per_100_value,"
        + "members_per_100_points,partners_value,partners_points,skills_participants_value,"
        + "skills_participants_points")
    #expect(
      lines[1] == "L-A,Perpustakaan Cemerlang,Desa L-A,Ngawi,Ngawi,true,81.25,A,1,1,65,"
        + "85.0,100.0,100.0,40.0,63.75,B,1,1000.0,4,0.5,4,4.0,4,9.6,3,36.0,2,20.0,4,30.0,4,150.0,4,0.5,4,"
        + "1.8,4,100.0,4,50.0,4,6666.6667,4,2.0,4,50.0,4,2.0,2,7.5,2,,0,1.0,1,30.0,3")
    #expect(
      lines[9] == "L-N,Perpustakaan Sepi,Desa L-N,Ngawi,Ngawi,false"
        + String(repeating: ",", count: 52))
  }

  @Test("places print with their group's first spelling") func placeSpelling() throws {
    var fixture = ScoringFixture()
    fixture.library("L1", village: "Watualang", district: "Ngawi", regency: "Ngawi")
    fixture.library("L2", village: " WATUALANG", district: "NGAWI ", regency: "ngawi")
    let report = PeriodReport(dataSet: fixture.dataSet, period: try Period(parsing: "2026-10"))
    let rows = ScoresTable.table(report).rows
    #expect(rows[1][2...4].map(\.plainText) == ["Watualang", "Ngawi", "Ngawi"])
  }

  @Test(
    "CSV quoting follows RFC 4180",
    arguments: [
      ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("two\nlines", "\"two\nlines\""), (" padded", "\" padded\""), ("", ""),
    ])
  func quoting(field: String, quoted: String) {
    #expect(TextTable.quoted(field) == quoted)
  }

  @Test("JSON output keys each row by column, missing values null") func json() {
    let table = TextTable(
      header: ["id", "kpi", "reporting", "note"],
      rows: [[.text("L\"1"), .number(81.25), .boolean(true), .empty]])
    #expect(
      table.json
        == "[\n  {\"id\": \"L\\\"1\", \"kpi\": 81.25, \"reporting\": true, \"note\": null}\n]\n")
  }

  @Test("districts.csv: one row per district with the index") func districts() throws {
    let report = PeriodReport(
      dataSet: IPLMCalculatorTests.threeDistricts.dataSet, period: try Period(parsing: "2026-10"))
    let table = DistrictsTable.table(report)
    #expect(table.header.count == 8 + 7 + 7 + 2 + 5)
    #expect(table.rows.map { $0[1].plainText } == ["Ngawi", "Paron", "Kedunggalar"])
    // Paron: 2 libraries, 1 reporting, 5,000 people, raw elements 4, 0.3, 2, 4, 0, 10, 5,
    // normalised 1, 1, 0, 1, 0, 1, 1, index 5 / 7 x 100, sedang.
    let paron = table.rows[1].map(\.plainText)
    #expect(paron[0...4] == ["Ngawi", "Paron", "2", "1", "5000"])
    #expect(paron[15...21] == ["1.0", "1.0", "0.0", "1.0", "0.0", "1.0", "1.0"])
    #expect(paron[22] == (5.0 / 7 * 100).description)
    #expect(paron[23] == "sedang")
    #expect(
      Array(table.header.suffix(5)) == [
        "staff", "trained_staff", "libraries_without_trained_staff", "volunteers",
        "volunteer_hours",
      ])
  }
}
