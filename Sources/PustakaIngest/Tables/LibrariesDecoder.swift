import PustakaCore

/// Decodes rows of the `libraries` table (*perpustakaan*).
struct LibrariesDecoder: RowDecoder {
  static let schema = TableSchema(
    table: .libraries,
    columns: [
      .libraryID,
      ColumnSpec("name", ["nama", "nama_perpustakaan"], .text, required: true),
      ColumnSpec("village", ["desa", "kelurahan", "desa_kelurahan"], .text, required: true),
      ColumnSpec(
        "village_type", ["jenis_desa"], .enumeration(expected: VillageType.expectedList)),
      ColumnSpec("district", ["kecamatan"], .text, required: true),
      ColumnSpec("regency", ["kabupaten", "kabupaten_kota"], .text, required: true),
      ColumnSpec("province", ["provinsi"], .text),
      ColumnSpec("population", ["penduduk", "jumlah_penduduk"], .wholeNumber, required: true),
      ColumnSpec("floor_area_m2", ["luas_ruang", "luas_m2"], .number),
      ColumnSpec("opened", ["tanggal_berdiri"], .date),
      ColumnSpec(
        "accreditation", ["akreditasi"], .enumeration(expected: Accreditation.expectedList)),
    ])

  private let villageTypes = EnumerationLookup<VillageType>()
  private let grades = EnumerationLookup<Accreditation>()

  func decode(_ fields: inout FieldReader) -> VillageLibrary? {
    let id = fields.id(0)
    fields.libraryID = id
    let name = fields.text(1)
    let village = fields.text(2)
    let villageType = fields.enumeration(3, villageTypes)
    let district = fields.text(4)
    let regency = fields.text(5)
    let province = fields.text(6)
    let population = fields.wholeNumber(7)
    let floorArea = fields.number(8)
    let opened = fields.date(9)
    let accreditation = fields.enumeration(10, grades)
    if population == 0 {
      fields.reject(
        7, code: "population.notPositive", message: "\(fields.quoted(7)) is not more than 0")
    }
    guard fields.reasons.isEmpty, let id, let name, let village, let district, let regency,
      let population
    else { return nil }
    return VillageLibrary(
      id: id, name: name, village: village, villageType: villageType ?? .desa,
      district: district, regency: regency, province: province, population: population,
      floorAreaSquareMetres: floorArea, opened: opened, accreditation: accreditation)
  }

  static func libraryID(of record: VillageLibrary) -> LibraryID { record.id }
  static func key(of record: VillageLibrary, library: Int) -> LibraryID? { record.id }
  static func describeKey(of record: VillageLibrary) -> String { quotedID(record.id) }
  static func month(of record: VillageLibrary) -> Month? { nil }
}
