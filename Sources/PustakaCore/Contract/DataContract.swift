/// The input tables as data-contract.md (version 1.2) declares them, in one place: the
/// loader's decoders, the sample generator, the data-entry templates and the report labels
/// read their columns, aliases, types and enumerations from here.
///
/// `DataContractSpecTests` checks these declarations against the contract page itself.
package enum DataContract {
  /// The contract's version.
  package static let version = "1.2"

  /// The six tables, in the contract's order.
  package static let tables: [ContractTable] = [
    libraries, budget, collection, attendance, activities, operations,
  ]

  /// The declaration of `name`.
  package static func table(_ name: TableName) -> ContractTable {
    switch name {
    case .libraries: return libraries
    case .budget: return budget
    case .collection: return collection
    case .attendance: return attendance
    case .activities: return activities
    case .operations: return operations
    }
  }

  private static func text(_ indonesian: String, _ english: String) -> LocalizedText {
    LocalizedText(indonesian: indonesian, english: english)
  }

  /// One row per library (*perpustakaan*).
  package static let libraries = ContractTable(
    name: .libraries, key: ["library_id"],
    columns: [
      .libraryID,
      ContractColumn(
        "name", ["nama", "nama_perpustakaan"], .text, required: true,
        header: text("Nama perpustakaan", "Name")),
      ContractColumn(
        "village", ["desa", "kelurahan", "desa_kelurahan"], .text, required: true,
        header: text("Desa/Kelurahan", "Village")),
      ContractColumn(
        "village_type", ["jenis_desa"], .enumeration(.villageType), default: "desa",
        header: text("Jenis desa", "Village type")),
      ContractColumn(
        "district", ["kecamatan"], .text, required: true, header: text("Kecamatan", "District")),
      ContractColumn(
        "regency", ["kabupaten", "kabupaten_kota"], .text, required: true,
        header: text("Kabupaten", "Regency")),
      ContractColumn("province", ["provinsi"], .text, header: text("Provinsi", "Province")),
      ContractColumn(
        "population", ["penduduk", "jumlah_penduduk"], .positiveWholeNumber, required: true,
        header: text("Jumlah penduduk", "Population")),
      ContractColumn(
        "floor_area_m2", ["luas_ruang", "luas_m2"], .number,
        header: text("Luas ruang", "Floor area m2")),
      ContractColumn(
        "opened", ["tanggal_berdiri"], .date, header: text("Tanggal berdiri", "Opened")),
      ContractColumn(
        "accreditation", ["akreditasi"], .enumeration(.accreditation),
        header: text("Akreditasi", "Accreditation")),
    ])

  /// The budget ledger (*anggaran*): one row per library, month, category and source.
  package static let budget = ContractTable(
    name: .budget, key: ["library_id", "month", "category", "source"],
    columns: [
      .libraryID,
      ContractColumn("month", ["bulan", "periode"], .month, required: true, header: month),
      ContractColumn(
        "category", ["kategori"], .enumeration(.budgetCategory), required: true,
        header: category),
      ContractColumn(
        "source", ["sumber_dana"], .enumeration(.fundingSource), default: "dana_desa",
        header: text("Sumber dana", "Source")),
      ContractColumn(
        "allocated_idr", ["pagu", "anggaran"], .rupiah, required: true,
        header: text("Pagu", "Allocated IDR")),
      ContractColumn(
        "spent_idr", ["realisasi"], .rupiah, required: true,
        header: text("Realisasi", "Spent IDR")),
    ])

  /// The month-end collection stock (*koleksi*): one row per library, month and category.
  package static let collection = ContractTable(
    name: .collection, key: ["library_id", "month", "category"],
    columns: [
      .libraryID,
      ContractColumn("month", ["bulan"], .month, required: true, header: month),
      ContractColumn(
        "category", ["kategori"], .enumeration(.collectionCategory), required: true,
        header: category),
      ContractColumn(
        "titles", ["judul"], .wholeNumber, required: true, header: text("Judul", "Titles")),
      ContractColumn(
        "copies", ["eksemplar"], .wholeNumber, required: true,
        header: text("Eksemplar", "Copies")),
      ContractColumn(
        "acquired_copies", ["eksemplar_baru", "pengadaan"], .wholeNumber, default: "0",
        header: text("Eksemplar baru", "Acquired copies")),
      ContractColumn(
        "weeded_copies", ["eksemplar_dihapus", "penyiangan"], .wholeNumber, default: "0",
        header: text("Eksemplar dihapus", "Weeded copies")),
    ])

  /// Daily attendance (*kunjungan*): one row per library and opening day.
  package static let attendance = ContractTable(
    name: .attendance, key: ["library_id", "date"],
    columns: [
      .libraryID,
      ContractColumn("date", ["tanggal"], .date, required: true, header: date),
      ContractColumn(
        "visitors", ["pengunjung"], .wholeNumber, required: true,
        header: text("Pengunjung", "Visitors")),
      ContractColumn(
        "child_visitors", ["pengunjung_anak"], .wholeNumber,
        header: text("Pengunjung anak", "Child visitors")),
      ContractColumn(
        "loans", ["peminjaman", "buku_dipinjam"], .wholeNumber, default: "0",
        header: text("Peminjaman", "Loans")),
      ContractColumn(
        "new_members", ["anggota_baru"], .wholeNumber, default: "0",
        header: text("Anggota baru", "New members")),
      ContractColumn("open", ["buka"], .boolean, default: "true", header: text("Buka", "Open")),
    ])

  /// Activities (*kegiatan*): one row per event.
  package static let activities = ContractTable(
    name: .activities, key: [],
    columns: [
      .libraryID,
      ContractColumn("date", ["tanggal"], .date, required: true, header: date),
      ContractColumn(
        "type", ["jenis", "jenis_kegiatan"], .enumeration(.activityType), required: true,
        header: text("Jenis kegiatan", "Type")),
      ContractColumn(
        "title", ["judul_kegiatan", "nama_kegiatan"], .text,
        header: text("Nama kegiatan", "Title")),
      ContractColumn(
        "participants", ["peserta"], .wholeNumber, required: true,
        header: text("Peserta", "Participants")),
      ContractColumn(
        "hours", ["durasi_jam"], .number, default: "0", header: text("Durasi jam", "Hours")),
      ContractColumn("partner", ["mitra"], .text, header: text("Mitra", "Partner")),
    ])

  /// The month-end operations snapshot (*operasional*): one row per library and month.
  package static let operations = ContractTable(
    name: .operations, key: ["library_id", "month"],
    columns: [
      .libraryID,
      ContractColumn("month", ["bulan"], .month, required: true, header: month),
      ContractColumn(
        "paid_staff", ["tenaga_honor", "pengelola"], .wholeNumber, default: "0",
        header: text("Tenaga honor", "Paid staff")),
      ContractColumn(
        "volunteers", ["relawan"], .wholeNumber, default: "0",
        header: text("Relawan", "Volunteers")),
      ContractColumn(
        "volunteer_hours", ["jam_relawan"], .number, default: "0",
        header: text("Jam relawan", "Volunteer hours")),
      ContractColumn(
        "trained_staff", ["tenaga_terlatih"], .wholeNumber,
        header: text("Tenaga terlatih", "Trained staff")),
      ContractColumn(
        "registered_members", ["anggota", "jumlah_anggota"], .wholeNumber,
        header: text("Jumlah anggota", "Registered members")),
    ])

  private static let month = text("Bulan", "Month")
  private static let date = text("Tanggal", "Date")
  private static let category = text("Kategori", "Category")
}
