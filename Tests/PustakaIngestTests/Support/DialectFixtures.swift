// swift-format-ignore-file: LineLength
// (CSV fixtures keep each record on one line, as the files have them.)

import PustakaCore

/// One small data set written in each dialect the data contract accepts; all load to
/// `DialectFixtures.expected`.
enum DialectFixtures {
  /// Comma-delimited UTF-8 with English headers.
  static let comma: [String: String] = [
    "libraries.csv": #"""
    library_id,name,village,village_type,district,regency,province,population,floor_area_m2,opened,accreditation
    NGW-01,Perpustakaan Cemerlang,Watualang,desa,Ngawi,Ngawi,Jawa Timur,4000,36.5,2019-03-01,B
    NGW-02,"Perpustakaan ""Cerpin""",Ngawi,kelurahan,Ngawi,Ngawi,,"3,500",,,

    """#,
    "budget.csv": #"""
    library_id,month,category,source,allocated_idr,spent_idr
    NGW-01,2026-10,collection,dana_desa,1500000,1250000
    NGW-02,2026-10,staff,apbd,"1,500,000",300000.0

    """#,
    "collection.csv": #"""
    library_id,month,category,titles,copies,acquired_copies,weeded_copies
    NGW-01,2026-10,fiction,1200,1500,30,2
    NGW-02,2026-10,children,250,400,,

    """#,
    "attendance.csv": #"""
    library_id,date,visitors,child_visitors,loans,new_members,open
    NGW-01,2026-09-30,25,10,12,1,true
    NGW-01,2026-10-01,30,,15,0,1
    NGW-02,2026-10-01,0,,0,0,false

    """#,
    "activities.csv": #"""
    library_id,date,type,title,participants,hours,partner
    NGW-01,2026-10-03,storytelling,Dongeng Pagi,25,1.5,PKK Watualang

    """#,
    "operations.csv": #"""
    library_id,month,paid_staff,volunteers,volunteer_hours,trained_staff,registered_members
    NGW-01,2026-10,2,3,12.5,1,350

    """#,
  ]

  /// Semicolon-delimited, Indonesian number and month forms; written with a BOM and CRLF.
  static let semicolon: [String: String] = [
    "libraries.csv": #"""
    library_id;name;village;village_type;district;regency;province;population;floor_area_m2;opened;accreditation
    NGW-01;Perpustakaan Cemerlang;Watualang;Desa;Ngawi;Ngawi;Jawa Timur;4.000;36,5;01/03/2019;b
    NGW-02;"Perpustakaan ""Cerpin""";Ngawi;KELURAHAN;Ngawi;Ngawi;;3.500;;;-

    """#,
    "budget.csv": #"""
    library_id;month;category;source;allocated_idr;spent_idr
    NGW-01;Oktober 2026;Koleksi;DD;Rp 1.500.000;Rp1.250.000
    NGW-02;10/2026;honor;APBD;Rp. 1.500.000;300.000,00

    """#,
    "collection.csv": #"""
    library_id;month;category;titles;copies;acquired_copies;weeded_copies
    NGW-01;Okt 2026;fiksi;1.200;1.500;30;2
    NGW-02;2026/10;anak;250;400;;

    """#,
    "attendance.csv": #"""
    library_id;date;visitors;child_visitors;loans;new_members;open
    NGW-01;30/09/2026;25;10;12;1;ya
    NGW-01;1-10-2026;30;;15;0;Y
    NGW-02;01/10/2026;0;;0;0;tidak

    """#,
    "activities.csv": #"""
    library_id;date;type;title;participants;hours;partner
    NGW-01;03-10-2026;Mendongeng;Dongeng Pagi;25;1,5;PKK Watualang

    """#,
    "operations.csv": #"""
    library_id;month;paid_staff;volunteers;volunteer_hours;trained_staff;registered_members
    NGW-01;October 2026;2;3;12,5;1;350

    """#,
  ]

  /// Indonesian file names and headers, comma-delimited.
  static let indonesian: [String: String] = [
    "perpustakaan.csv": #"""
    Kode,Nama Perpustakaan,Desa/Kelurahan,Jenis Desa,Kecamatan,Kabupaten,Provinsi,Jumlah Penduduk,Luas (m²),Tanggal Berdiri,Akreditasi
    NGW-01,Perpustakaan Cemerlang,Watualang,desa,Ngawi,Ngawi,Jawa Timur,4000,36.5,2019-03-01,B
    NGW-02,"Perpustakaan ""Cerpin""",Ngawi,kelurahan,Ngawi,Ngawi,,3500,,,

    """#,
    "anggaran.csv": #"""
    ID Perpustakaan,Bulan,Kategori,Sumber Dana,Pagu,Realisasi
    NGW-01,2026-10,koleksi,apbdes,1500000,1250000
    NGW-02,2026-10,sdm,APBD,1500000,300000

    """#,
    "koleksi.csv": #"""
    Kode,Bulan,Kategori,Judul,Eksemplar,Eksemplar Baru,Penyiangan
    NGW-01,2026-10,Fiksi,1200,1500,30,2
    NGW-02,2026-10,Anak,250,400,,

    """#,
    "kunjungan.csv": #"""
    Kode,Tanggal,Pengunjung,Pengunjung Anak,Buku Dipinjam,Anggota Baru,Buka
    NGW-01,2026-09-30,25,10,12,1,ya
    NGW-01,2026-10-01,30,,15,0,ya
    NGW-02,2026-10-01,0,,0,0,tidak

    """#,
    "kegiatan.csv": #"""
    Kode,Tanggal,Jenis Kegiatan,Judul Kegiatan,Peserta,Durasi (jam),Mitra
    NGW-01,2026-10-03,Mendongeng,Dongeng Pagi,25,1.5,PKK Watualang

    """#,
    "operasional.csv": #"""
    Kode,Bulan,Tenaga Honor,Relawan,Jam Relawan,Tenaga Terlatih,Jumlah Anggota
    NGW-01,2026-10,2,3,12.5,1,350

    """#,
  ]

  /// The comma data set with attendance split over two monthly files in a sub-folder, and a
  /// tab-delimited activities file.
  static var split: [String: String] {
    var files = comma
    files["attendance.csv"] = nil
    files["activities.csv"] = nil
    files["2026/attendance-2026-09.csv"] = #"""
      library_id,date,visitors,child_visitors,loans,new_members,open
      NGW-01,2026-09-30,25,10,12,1,true

      """#
    files["2026/attendance-2026-10.csv"] = #"""
      library_id,date,visitors,child_visitors,loans,new_members,open
      NGW-01,2026-10-01,30,,15,0,1
      NGW-02,2026-10-01,0,,0,0,false

      """#
    files["activities.tsv"] =
      "library_id\tdate\ttype\ttitle\tparticipants\thours\tpartner\n"
      + "NGW-01\t2026-10-03\tstorytelling\tDongeng Pagi\t25\t1.5\tPKK Watualang\n"
    return files
  }

  /// The rows every dialect loads to.
  static var expected: DataSet {
    DataSet(
      libraries: [
        VillageLibrary(
          id: "NGW-01", name: "Perpustakaan Cemerlang", village: "Watualang", villageType: .desa,
          district: "Ngawi", regency: "Ngawi", province: "Jawa Timur", population: 4000,
          floorAreaSquareMetres: 36.5, opened: date(2019, 3, 1), accreditation: .b),
        VillageLibrary(
          id: "NGW-02", name: "Perpustakaan \"Cerpin\"", village: "Ngawi",
          villageType: .kelurahan, district: "Ngawi", regency: "Ngawi", population: 3500),
      ],
      budget: [
        BudgetEntry(
          libraryID: "NGW-01", month: october, category: .collection, source: .danaDesa,
          allocated: Rupiah(1_500_000), spent: Rupiah(1_250_000)),
        BudgetEntry(
          libraryID: "NGW-02", month: october, category: .staff, source: .apbd,
          allocated: Rupiah(1_500_000), spent: Rupiah(300_000)),
      ],
      collection: [
        CollectionStock(
          libraryID: "NGW-01", month: october, category: .fiction, titles: 1200, copies: 1500,
          acquiredCopies: 30, weededCopies: 2),
        CollectionStock(
          libraryID: "NGW-02", month: october, category: .children, titles: 250, copies: 400),
      ],
      attendance: [
        AttendanceDay(
          libraryID: "NGW-01", date: date(2026, 9, 30), visitors: 25, childVisitors: 10,
          loans: 12, newMembers: 1, isOpen: true),
        AttendanceDay(
          libraryID: "NGW-01", date: date(2026, 10, 1), visitors: 30, loans: 15, newMembers: 0),
        AttendanceDay(
          libraryID: "NGW-02", date: date(2026, 10, 1), visitors: 0, loans: 0, newMembers: 0,
          isOpen: false),
      ],
      activities: [
        Activity(
          libraryID: "NGW-01", date: date(2026, 10, 3), type: .storytelling,
          title: "Dongeng Pagi", participants: 25, hours: 1.5, partner: "PKK Watualang")
      ],
      operations: [
        OperationsSnapshot(
          libraryID: "NGW-01", month: october, paidStaff: 2, volunteers: 3, volunteerHours: 12.5,
          trainedStaff: 1, registeredMembers: 350)
      ])
  }

  static let october = month(2026, 10)

  static func month(_ year: Int, _ month: Int) -> Month {
    guard let value = Month(year: year, month: month) else { preconditionFailure("bad month") }
    return value
  }

  static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    guard let value = CalendarDate(year: year, month: month, day: day) else {
      preconditionFailure("bad date")
    }
    return value
  }

  /// The Excel serial number of a date (1900 date system).
  static func serial(_ year: Int, _ month: Int, _ day: Int) -> Double {
    Double(date(year, month, day).daysSinceEpoch + 25_569)
  }

  /// The data set as one workbook: sheets named in English and Indonesian, numbers as numeric
  /// cells, dates as date cells and as text.
  static var workbook: WorkbookBuilder {
    typealias C = WorkbookBuilder.Cell
    var book = WorkbookBuilder()
    book.customProperties = ["pustaka_kind": "submission"]
    book.sheets = [
      ("Petunjuk", [[.text("Isi setiap lembar sesuai kontrak data.")]]),
      (
        "Perpustakaan",
        [
          [
            .text("library_id"), .text("name"), .text("village"), .text("village_type"),
            .text("district"), .text("regency"), .text("province"), .text("population"),
            .text("floor_area_m2"), .text("opened"), .text("accreditation"),
          ],
          [
            .text("NGW-01"), .text("Perpustakaan Cemerlang"), .text("Watualang"), .text("desa"),
            .text("Ngawi"), .text("Ngawi"), .text("Jawa Timur"), .number(4000), .number(36.5),
            .date(serial(2019, 3, 1)), .text("B"),
          ],
          [
            .text("NGW-02"), .text("Perpustakaan \"Cerpin\""), .text("Ngawi"),
            .text("kelurahan"), .text("Ngawi"), .text("Ngawi"), .empty, .text("3.500"),
          ],
        ]
      ),
      (
        "budget",
        [
          [
            .text("library_id"), .text("month"), .text("category"), .text("source"),
            .text("allocated_idr"), .text("spent_idr"),
          ],
          [
            .text("NGW-01"), .date(serial(2026, 10, 1)), .text("collection"), .empty,
            .number(1_500_000), .number(1_250_000),
          ],
          [
            .text("NGW-02"), .text("Oktober 2026"), .text("staff"), .text("apbd"),
            .text("Rp 1.500.000"), .number(300_000),
          ],
        ]
      ),
      (
        "koleksi",
        [
          [
            .text("library_id"), .text("month"), .text("category"), .text("titles"),
            .text("copies"), .text("acquired_copies"), .text("weeded_copies"),
          ],
          [
            .text("NGW-01"), .text("2026-10"), .text("fiction"), .number(1200), .number(1500),
            .number(30), .number(2),
          ],
          [
            .text("NGW-02"), .text("2026-10"), .text("children"), .number(250), .number(400),
          ],
        ]
      ),
      (
        "attendance",
        [
          [
            .text("library_id"), .text("date"), .text("visitors"), .text("child_visitors"),
            .text("loans"), .text("new_members"), .text("open"),
          ],
          [
            .text("NGW-01"), .date(serial(2026, 9, 30)), .number(25), .number(10), .number(12),
            .number(1), .boolean(true),
          ],
          [],
          [
            .text("NGW-01"), .text("01/10/2026"), .number(30), .empty, .number(15), .number(0),
            .number(1),
          ],
          [
            .text("NGW-02"), .date(serial(2026, 10, 1)), .number(0), .empty, .number(0),
            .number(0), .boolean(false),
          ],
        ]
      ),
      (
        "Kegiatan",
        [
          [
            .text("library_id"), .text("date"), .text("type"), .text("title"),
            .text("participants"), .text("hours"), .text("partner"),
          ],
          [
            .text("NGW-01"), .date(serial(2026, 10, 3)), .text("storytelling"),
            .text("Dongeng Pagi"), .number(25), .text("1,5"), .text("  PKK Watualang "),
          ],
        ]
      ),
      (
        "operations",
        [
          [
            .text("library_id"), .text("month"), .text("paid_staff"), .text("volunteers"),
            .text("volunteer_hours"), .text("trained_staff"), .text("registered_members"),
          ],
          [
            .text("NGW-01"), .text("Okt. 2026"), .number(2), .number(3), .number(12.5),
            .number(1), .number(350),
          ],
        ]
      ),
    ]
    return book
  }
}
