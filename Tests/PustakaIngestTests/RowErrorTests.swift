import PustakaCore
import Testing

@testable import PustakaIngest

/// Each row error of the data contract, with its exact message and line.
@Suite struct RowErrorTests {
  static let libraries = """
    library_id,name,village,district,regency,population
    NGW-01,Perpustakaan Cemerlang,Watualang,Ngawi,Ngawi,4000
    NGW-02,Perpustakaan Cerpin,Ngawi,Ngawi,Ngawi,3500

    """

  /// Loads `files` beside the two libraries and returns the diagnostics compiler-style.
  func diagnostics(_ files: [String: String]) throws -> [String] {
    var all = files
    if all["libraries.csv"] == nil { all["libraries.csv"] = Self.libraries }
    let result = try DataFolder.load(all)
    for summary in result.tables {
      #expect(summary.rowsRead == summary.accepted + summary.rejected)
    }
    return result.formattedDiagnostics
  }

  static let cases: [(name: String, file: String, text: String, expected: String)] = [
    (
      "a required value missing", "attendance.csv",
      "library_id,date,visitors\nNGW-01,2026-10-01,\n",
      "attendance.csv:2:3: error: visitors is empty; expected a whole number"
    ),
    (
      "a value that is not a whole number", "attendance.csv",
      "library_id,date,visitors\n\nNGW-01,2026-10-01,12a\n",
      "attendance.csv:3:3: error: visitors \"12a\" is not a whole number"
    ),
    (
      "a fraction in a whole-number column", "attendance.csv",
      "library_id,date,visitors\nNGW-01,2026-10-01,12.5\n",
      "attendance.csv:2:3: error: visitors \"12.5\" is not a whole number"
    ),
    (
      "a negative amount", "budget.csv",
      "library_id,month,category,allocated_idr,spent_idr\nNGW-01,2026-10,collection,1500000,-5000\n",
      "budget.csv:2:5: error: spent_idr \"-5000\" is negative"
    ),
    (
      "a count beyond any village library (issue 3 review: sums must not overflow)",
      "attendance.csv", "library_id,date,visitors\nNGW-01,2026-10-01,9000000000000\n",
      "attendance.csv:2:3: error: visitors \"9000000000000\" is more than 1,000,000,000"
    ),
    (
      "an amount beyond any village library", "budget.csv",
      "library_id,month,category,allocated_idr,spent_idr\nNGW-01,2026-10,collection,1,"
        + "9000000000000000000\n",
      "budget.csv:2:5: error: spent_idr \"9000000000000000000\" is more than Rp 1,000,000,000,000"
    ),
    (
      "a placeholder year", "attendance.csv",
      "library_id,date,visitors\nNGW-01,31/12/9999,3\n",
      "attendance.csv:2:2: error: date \"31/12/9999\" is outside the years 1900 to 2999"
    ),
    (
      "a month in a placeholder year", "budget.csv",
      "library_id,month,category,allocated_idr,spent_idr\nNGW-01,9999-12,collection,1,1\n",
      "budget.csv:2:2: error: month \"9999-12\" is outside the years 1900 to 2999"
    ),
    (
      "a text longer than any name", "activities.csv",
      "library_id,date,type,participants,title\nNGW-01,2026-10-01,talk,3,"
        + String(repeating: "x", count: 1001) + "\n",
      "activities.csv:2:5: error: title \"" + String(repeating: "x", count: 80)
        + "…\" (1,001 characters) is longer than 1000 characters"
    ),
    (
      "a negative amount with a fraction", "budget.csv",
      "library_id,month,category,allocated_idr,spent_idr\nNGW-01,2026-10,collection,-0.50,0\n",
      "budget.csv:2:4: error: allocated_idr \"-0.50\" is negative"
    ),
    (
      "Indonesian grouping in a comma file", "budget.csv",
      "library_id,month,category,allocated_idr,spent_idr\nNGW-01,2026-10,collection,Rp 1.500.000,0\n",
      "budget.csv:2:4: error: allocated_idr \"Rp 1.500.000\" is not a rupiah amount"
    ),
    (
      "an unknown category", "budget.csv",
      "library_id,month,category,allocated_idr,spent_idr\nNGW-01,2026-10,buku,1500000,0\n",
      "budget.csv:2:3: error: category \"buku\" is not one of collection, operations, programs, "
        + "facilities or staff"
    ),
    (
      "an unknown funding source", "budget.csv",
      "library_id,month,category,source,allocated_idr,spent_idr\n"
        + "NGW-01,2026-10,staff,bank,1500000,0\n",
      "budget.csv:2:4: error: source \"bank\" is not one of dana_desa, apbd, csr, community or other"
    ),
    (
      "a month in no accepted form", "budget.csv",
      "library_id,month,category,allocated_idr,spent_idr\nNGW-01,Okt,staff,1500000,0\n",
      "budget.csv:2:2: error: month \"Okt\" is not a month; expected YYYY-MM, MM/YYYY or a month "
        + "name and year such as Oktober 2026"
    ),
    (
      "a month outside the calendar", "operations.csv",
      "library_id,month\nNGW-01,2026-13\n",
      "operations.csv:2:2: error: month \"2026-13\" is not a real calendar month"
    ),
    (
      "copies fewer than titles", "collection.csv",
      "library_id,month,category,titles,copies\nNGW-01,2026-10,fiction,100,90\n",
      "collection.csv:2:5: error: copies \"90\" is fewer than titles \"100\""
    ),
    (
      "more child visitors than visitors", "attendance.csv",
      "library_id,date,visitors,child_visitors\nNGW-01,2026-10-01,10,12\n",
      "attendance.csv:2:4: error: child_visitors \"12\" is more than visitors \"10\""
    ),
    (
      "a date outside any real calendar", "attendance.csv",
      "library_id,date,visitors\nNGW-01,2026-02-30,10\n",
      "attendance.csv:2:2: error: date \"2026-02-30\" is not a real calendar date"
    ),
    (
      "a date in no accepted form", "activities.csv",
      "library_id,date,type,participants\nNGW-01,2026/10/05,talk,10\n",
      "activities.csv:2:2: error: date \"2026/10/05\" is not a date; expected YYYY-MM-DD, "
        + "DD/MM/YYYY or DD-MM-YYYY"
    ),
    (
      "an unknown activity type", "activities.csv",
      "library_id,date,type,participants\nNGW-01,2026-10-05,pentas,10\n",
      "activities.csv:2:3: error: type \"pentas\" is not one of literacy_training, skills_training, "
        + "talk, book_club, storytelling or other"
    ),
    (
      "a yes/no value that is neither", "attendance.csv",
      "library_id,date,visitors,open\nNGW-01,2026-10-01,10,kadang\n",
      "attendance.csv:2:4: error: open \"kadang\" is not a yes/no value; expected 1/0, "
        + "true/false, ya/tidak, y/n or yes/no"
    ),
    (
      "an exponent in a number", "operations.csv",
      "library_id,month,volunteer_hours\nNGW-01,2026-10,1e3\n",
      "operations.csv:2:3: error: volunteer_hours \"1e3\" is not a number"
    ),
    (
      "a library_id not in libraries", "attendance.csv",
      "library_id,date,visitors\nNGW-99,2026-10-01,10\n",
      "attendance.csv:2:1: error: library_id \"NGW-99\" is not in libraries"
    ),
    (
      "an extra field holding a value", "attendance.csv",
      "library_id,date,visitors\nNGW-01,2026-10-01,10,,catatan\n",
      "attendance.csv:2:5: error: column 5 holds \"catatan\" but the header has 3 columns"
    ),
    (
      "a population of 0", "libraries.csv",
      "library_id,name,village,district,regency,population\nNGW-01,P,Watualang,Ngawi,Ngawi,0\n",
      "libraries.csv:2:6: error: population \"0\" is not more than 0"
    ),
    (
      "an accreditation other than A, B or C", "libraries.csv",
      "library_id,name,village,district,regency,population,accreditation\n"
        + "NGW-01,P,Watualang,Ngawi,Ngawi,4000,D\n",
      "libraries.csv:2:7: error: accreditation \"D\" is not one of A, B or C"
    ),
    (
      "a village type other than desa or kelurahan", "libraries.csv",
      "library_id,name,village,village_type,district,regency,population\n"
        + "NGW-01,P,Watualang,kota,Ngawi,Ngawi,4000\n",
      "libraries.csv:2:4: error: village_type \"kota\" is not one of desa or kelurahan"
    ),
  ]

  @Test(
    "each row error is reported with its line, column, value and expectation",
    arguments: cases.indices)
  func rowError(index: Int) throws {
    let item = Self.cases[index]
    let found = try diagnostics([item.file: item.text])
    #expect(found == [item.expected], "\(item.name)")
  }

  @Test("the text limit counts characters, not bytes: 1,000 two-byte letters are accepted")
  func textLimitInCharacters() throws {
    let title = String(repeating: "é", count: 1_000)
    let activities =
      "library_id,date,type,participants,title\nNGW-01,2026-10-01,talk,3,\(title)\n"
    let result = try DataFolder.load([
      "libraries.csv": Self.libraries, "activities.csv": activities,
    ])
    #expect(result.formattedDiagnostics == [])
    #expect(result.dataSet.activities.map(\.title) == [title])
    // One more letter is one character too many.
    let longer = activities + "NGW-01,2026-10-02,talk,3,\(title)é\n"
    let found = try diagnostics(["activities.csv": longer])
    #expect(found.count == 1)
    #expect(found.first?.hasSuffix("(1,001 characters) is longer than 1000 characters") == true)
  }

  @Test("a rejected row keeps its cells and reasons, and the rest of the data is used")
  func rejectedRowKept() throws {
    var files = ["libraries.csv": Self.libraries]
    files["attendance.csv"] =
      "library_id,date,visitors\nNGW-01,2026-10-01,12a\nNGW-02,2026-10-01,7\n"
    let result = try DataFolder.load(files)
    #expect(result.dataSet.attendance.map(\.visitors) == [7])
    let rejected = try #require(result.rejectedRows.first)
    #expect(rejected.table == .attendance)
    #expect(rejected.file == "attendance.csv")
    #expect(rejected.line == 2)
    #expect(rejected.cells == ["NGW-01", "2026-10-01", "12a"])
    #expect(rejected.reasons.map(\.code) == ["attendance.visitors.notWholeNumber"])
    #expect(
      result.summary(.attendance)
        == TableSummary(
          table: .attendance, files: 1, rowsRead: 2, accepted: 1, rejected: 1, warnings: 0))
  }

  @Test("a row with several problems lists all of them")
  func severalReasons() throws {
    let found = try diagnostics([
      "attendance.csv": "library_id,date,visitors,loans\nNGW-99,2026-02-30,-1,x\n"
    ])
    #expect(
      found == [
        "attendance.csv:2:1: error: library_id \"NGW-99\" is not in libraries",
        "attendance.csv:2:2: error: date \"2026-02-30\" is not a real calendar date",
        "attendance.csv:2:3: error: visitors \"-1\" is negative",
        "attendance.csv:2:4: error: loans \"x\" is not a whole number",
      ])
  }

  @Test("a required column absent from the header rejects every row with one diagnostic")
  func missingColumn() throws {
    let result = try DataFolder.load([
      "libraries.csv": Self.libraries,
      "attendance.csv": "library_id,tanggal\nNGW-01,2026-10-01\nNGW-02,2026-10-01\n",
    ])
    #expect(
      result.formattedDiagnostics == [
        "attendance.csv:1: error: required column \"visitors\" is missing; every row of this "
          + "file is rejected"
      ])
    #expect(result.rejectedRows.map(\.line) == [2, 3])
    #expect(result.summary(.attendance)?.rejected == 2)
    #expect(result.dataSet.attendance.isEmpty)
  }

  @Test("a library rejected for an error does not exist for the other tables")
  func rejectedLibraryUnknownElsewhere() throws {
    let found = try diagnostics([
      "libraries.csv": Self.libraries + "NGW-03,P,Beran,Ngawi,Ngawi,0\n",
      "operations.csv": "library_id,month\nNGW-03,2026-10\n",
    ])
    #expect(
      found == [
        "libraries.csv:4:6: error: population \"0\" is not more than 0",
        "operations.csv:2:1: error: library_id \"NGW-03\" is not in libraries",
      ])
  }
}
