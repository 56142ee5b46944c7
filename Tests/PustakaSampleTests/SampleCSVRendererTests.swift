import PustakaCore
import Testing

@testable import PustakaSample

@Suite struct SampleCSVRendererTests {
  private static func smallDataSet() throws -> DataSet {
    let id = LibraryID("NGW-112")
    let october = try #require(Month(year: 2026, month: 10))
    let day = try #require(CalendarDate(year: 2026, month: 10, day: 5))
    return DataSet(
      libraries: [
        VillageLibrary(
          id: id, name: "Perpustakaan Cemerlang", village: "Watualang", district: "Ngawi",
          regency: "Ngawi", province: "Jawa Timur", population: 5759, floorAreaSquareMetres: 56,
          opened: CalendarDate(year: 2015, month: 8, day: 6), accreditation: .b)
      ],
      budget: [
        BudgetEntry(
          libraryID: id, month: october, category: .collection, allocated: Rupiah(1_500_000),
          spent: Rupiah(1_250_500))
      ],
      collection: [
        CollectionStock(
          libraryID: id, month: october, category: .nonfiction, titles: 410, copies: 655,
          acquiredCopies: 12, weededCopies: 0)
      ],
      attendance: [
        AttendanceDay(
          libraryID: id, date: day, visitors: 31, childVisitors: 14, loans: 17, newMembers: 1)
      ],
      activities: [
        Activity(
          libraryID: id, date: day, type: .storytelling, title: "Dongeng; \"Kancil\", seri 2",
          participants: 24, hours: 1.5, partner: "PAUD Tunas Watualang")
      ],
      operations: [
        OperationsSnapshot(
          libraryID: id, month: october, paidStaff: 2, volunteers: 5, volunteerHours: 42.5,
          trainedStaff: 2, registeredMembers: 640)
      ])
  }

  private static func text(_ bytes: [UInt8]?) -> String {
    String(decoding: bytes ?? [], as: UTF8.self)
  }

  @Test("the comma dialect writes contract headers, ISO dates and plain numbers") func comma()
    throws
  {
    let files = SampleCSVRenderer(dialect: .comma).render(try Self.smallDataSet())
    #expect(
      Self.text(files[.libraries])
        == """
        library_id,name,village,village_type,district,regency,province,population,floor_area_m2,\
        opened,accreditation
        NGW-112,Perpustakaan Cemerlang,Watualang,desa,Ngawi,Ngawi,Jawa Timur,5759,56,2015-08-06,B

        """)
    #expect(
      Self.text(files[.budget])
        == "library_id,month,category,source,allocated_idr,spent_idr\n"
        + "NGW-112,2026-10,collection,dana_desa,1500000,1250500\n")
    #expect(
      Self.text(files[.attendance])
        == "library_id,date,visitors,child_visitors,loans,new_members\n"
        + "NGW-112,2026-10-05,31,14,17,1\n")
    #expect(
      Self.text(files[.activities]).hasSuffix(
        "NGW-112,2026-10-05,storytelling,\"Dongeng; \"\"Kancil\"\", seri 2\",24,1.5,"
          + "PAUD Tunas Watualang\n"))
    #expect(Self.text(files[.operations]).hasSuffix("NGW-112,2026-10,2,5,42.5,2,640\n"))
    #expect(Self.text(files[.collection]).hasSuffix("NGW-112,2026-10,nonfiction,410,655,12,0\n"))
  }

  @Test("the semicolon dialect writes what Excel in an Indonesian locale saves") func semicolon()
    throws
  {
    let files = SampleCSVRenderer(dialect: .semicolon).render(try Self.smallDataSet())
    let budget = files[.budget] ?? []
    #expect(budget.prefix(3) == [0xEF, 0xBB, 0xBF])
    #expect(
      Self.text(Array(budget.dropFirst(3)))
        == "Kode;Bulan;Kategori;Sumber Dana;Pagu;Realisasi\r\n"
        + "NGW-112;Oktober 2026;Koleksi;APBDes;Rp 1.500.000;Rp 1.250.500\r\n")
    #expect(Self.text(files[.attendance]).hasSuffix("NGW-112;05/10/2026;31;14;17;1\r\n"))
    #expect(
      Self.text(files[.activities]).hasSuffix(
        "NGW-112;05/10/2026;Mendongeng;\"Dongeng; \"\"Kancil\"\", seri 2\";24;1,5;"
          + "PAUD Tunas Watualang\r\n"))
    #expect(Self.text(files[.operations]).hasSuffix("NGW-112;Oktober 2026;2;5;42,5;2;640\r\n"))
    #expect(
      Self.text(files[.collection]).hasSuffix("NGW-112;Oktober 2026;Non-Fiksi;410;655;12;0\r\n"))
    #expect(Self.text(files[.libraries]).contains("Luas m²"))
    #expect(Self.text(files[.libraries]).hasSuffix(";5759;56;06/08/2015;B\r\n"))
  }

  @Test("every Indonesian header and value folds to a name the contract accepts") func aliases() {
    let dialect = SampleCSVDialect.semicolon
    for table in TableName.allCases {
      let columns = SampleCSVDialect.columns(of: table)
      #expect(SampleCSVDialect.comma.headers(for: table) == columns.map(\.key))
      for (header, column) in zip(dialect.headers(for: table), columns) {
        let names = Set(([column.key] + column.aliases).map(NameFolding.matchKey))
        #expect(names.contains(NameFolding.matchKey(header)), "\(table.rawValue): \(header)")
      }
    }
    for category in BudgetCategory.allCases {
      #expect(BudgetCategory(matching: dialect.name(category)) == category)
    }
    for source in FundingSource.allCases {
      #expect(FundingSource(matching: dialect.name(source)) == source)
    }
    for category in CollectionCategory.allCases {
      #expect(CollectionCategory(matching: dialect.name(category)) == category)
    }
    for type in ActivityType.allCases {
      #expect(ActivityType(matching: dialect.name(type)) == type)
    }
  }

  @Test("rendering library by library gives the same bytes as the whole data set") func chunks() {
    let generator = SampleGenerator(options: SampleOptions(libraries: 12, months: 3))
    let renderer = SampleCSVRenderer(dialect: .semicolon)
    let whole = renderer.render(generator.dataSet())
    for table in TableName.allCases {
      var bytes = renderer.header(for: table)
      for index in 0..<generator.libraryCount {
        renderer.append(generator.sample(at: index), table: table, to: &bytes)
      }
      #expect(bytes == whole[table], "\(table)")
    }
  }
}
