import PustakaCore

/// Decodes rows of the `libraries` table (*perpustakaan*).
struct LibrariesDecoder: RowDecoder {
  static let schema = TableSchema(DataContract.libraries)

  /// The positions of the columns this decoder reads, by key.
  private enum Column {
    static let libraryID = LibrariesDecoder.column("library_id")
    static let name = LibrariesDecoder.column("name")
    static let village = LibrariesDecoder.column("village")
    static let villageType = LibrariesDecoder.column("village_type")
    static let district = LibrariesDecoder.column("district")
    static let regency = LibrariesDecoder.column("regency")
    static let province = LibrariesDecoder.column("province")
    static let population = LibrariesDecoder.column("population")
    static let floorArea = LibrariesDecoder.column("floor_area_m2")
    static let opened = LibrariesDecoder.column("opened")
    static let accreditation = LibrariesDecoder.column("accreditation")
  }

  private let villageTypes = EnumerationLookup<VillageType>()
  /// What an empty `village_type` cell stands for, as the contract declares.
  private static let defaultVillageType = LibrariesDecoder.declaredDefault("village_type") {
    VillageType(rawValue: $0)
  }
  private let grades = EnumerationLookup<Accreditation>()

  func decode(_ fields: inout FieldReader) -> VillageLibrary? {
    let id = fields.id(Column.libraryID)
    fields.libraryID = id
    let name = fields.text(Column.name)
    let village = fields.text(Column.village)
    let villageType = fields.enumeration(Column.villageType, villageTypes)
    let district = fields.text(Column.district)
    let regency = fields.text(Column.regency)
    let province = fields.text(Column.province)
    let population = fields.wholeNumber(Column.population)
    let floorArea = fields.number(Column.floorArea)
    let opened = fields.date(Column.opened)
    let accreditation = fields.enumeration(Column.accreditation, grades)
    if population == 0 {
      fields.reject(
        Column.population, code: "population.notPositive",
        message: "\(fields.quoted(Column.population)) is not more than 0")
    }
    guard fields.reasons.isEmpty, let id, let name, let village, let district, let regency,
      let population
    else { return nil }
    return VillageLibrary(
      id: id, name: name, village: village, villageType: villageType ?? Self.defaultVillageType,
      district: district, regency: regency, province: province, population: population,
      floorAreaSquareMetres: floorArea, opened: opened, accreditation: accreditation)
  }

  static func libraryID(of record: VillageLibrary) -> LibraryID { record.id }
  static func key(of record: VillageLibrary, library: Int) -> LibraryID? { record.id }
  static func describeKey(of record: VillageLibrary) -> String { quotedID(record.id) }
  static func month(of record: VillageLibrary) -> Month? { nil }
}
