import PustakaCore

/// How the sample's CSV files are written: as a program exports them, or as Excel in an
/// Indonesian locale saves them.
package enum SampleCSVDialect: String, CaseIterable, Sendable {
  /// `,` between fields, English headers and keys, `.` decimals, ISO dates (`2026-10-05`),
  /// months as `2026-10`, plain whole rupiah, LF line ends.
  case comma
  /// `;` between fields, Indonesian headers and values, decimal commas (`1,5`), dates as
  /// `05/10/2026`, months as `Oktober 2026`, money as `Rp 1.500.000`, a byte-order mark and
  /// CRLF line ends.
  case semicolon

  /// The field delimiter.
  var delimiter: UInt8 { self == .comma ? UInt8(ascii: ",") : UInt8(ascii: ";") }

  /// The line end.
  var lineEnd: [UInt8] { self == .comma ? [0x0A] : [0x0D, 0x0A] }

  /// The bytes a file starts with: nothing, or the UTF-8 byte-order mark.
  var preamble: [UInt8] { self == .comma ? [] : [0xEF, 0xBB, 0xBF] }

  /// The column headers of `table`, in the order the renderer writes the fields.
  func headers(for table: TableName) -> [String] {
    switch (table, self) {
    case (.libraries, .comma):
      return [
        "library_id", "name", "village", "village_type", "district", "regency", "province",
        "population", "floor_area_m2", "opened", "accreditation",
      ]
    case (.libraries, .semicolon):
      return [
        "Kode", "Nama Perpustakaan", "Desa/Kelurahan", "Jenis Desa", "Kecamatan",
        "Kabupaten/Kota", "Provinsi", "Jumlah Penduduk", "Luas m²", "Tanggal Berdiri",
        "Akreditasi",
      ]
    case (.budget, .comma):
      return ["library_id", "month", "category", "source", "allocated_idr", "spent_idr"]
    case (.budget, .semicolon):
      return ["Kode", "Bulan", "Kategori", "Sumber Dana", "Pagu", "Realisasi"]
    case (.collection, .comma):
      return [
        "library_id", "month", "category", "titles", "copies", "acquired_copies", "weeded_copies",
      ]
    case (.collection, .semicolon):
      return [
        "Kode", "Bulan", "Kategori", "Judul", "Eksemplar", "Eksemplar Baru", "Eksemplar Dihapus",
      ]
    case (.attendance, .comma):
      return ["library_id", "date", "visitors", "child_visitors", "loans", "new_members"]
    case (.attendance, .semicolon):
      return ["Kode", "Tanggal", "Pengunjung", "Pengunjung Anak", "Peminjaman", "Anggota Baru"]
    case (.activities, .comma):
      return ["library_id", "date", "type", "title", "participants", "hours", "partner"]
    case (.activities, .semicolon):
      return [
        "Kode", "Tanggal", "Jenis Kegiatan", "Judul Kegiatan", "Peserta", "Durasi Jam", "Mitra",
      ]
    case (.operations, .comma):
      return [
        "library_id", "month", "paid_staff", "volunteers", "volunteer_hours", "trained_staff",
        "registered_members",
      ]
    case (.operations, .semicolon):
      return [
        "Kode", "Bulan", "Tenaga Honor", "Relawan", "Jam Relawan", "Tenaga Terlatih",
        "Jumlah Anggota",
      ]
    }
  }

  /// How an enumerated value is written: its key, or its Indonesian name.
  func name<Value: ContractEnumeration>(_ value: Value) -> String {
    guard self == .semicolon else { return value.rawValue }
    return Self.indonesianNames[value.rawValue] ?? value.rawValue
  }

  /// Indonesian spellings of the contract's keys, as a district office would type them.
  private static let indonesianNames: [String: String] = [
    "collection": "Koleksi", "operations": "Operasional", "programs": "Kegiatan",
    "facilities": "Sarana Prasarana", "staff": "Honor",
    "dana_desa": "APBDes", "apbd": "APBD", "csr": "CSR", "community": "Swadaya",
    "other": "Lainnya",
    "fiction": "Fiksi", "nonfiction": "Non-Fiksi", "children": "Anak", "reference": "Referensi",
    "periodical": "Majalah",
    "literacy_training": "Pelatihan Literasi", "skills_training": "Pelatihan Keterampilan",
    "talk": "Sosialisasi", "book_club": "Klub Buku", "storytelling": "Mendongeng",
    "desa": "Desa", "kelurahan": "Kelurahan",
  ]

  /// Indonesian month names, January first.
  static let indonesianMonths = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
  ]
}
