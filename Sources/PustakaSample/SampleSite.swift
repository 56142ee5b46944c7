import PustakaCore

/// Where one sample library stands: its id, name, village, district, regency and population.
///
/// The sample generator's geography makes one site per village; the simulator adds the
/// library's own traits (floor area, accreditation) to make the `libraries` row.
struct SampleSite: Hashable, Sendable {
  /// The library's id, such as `NGW-012`.
  var id: LibraryID
  /// The library's name, such as "Perpustakaan Cemerlang".
  var name: String
  /// The village's name.
  var village: String
  /// Whether the village is a desa or a kelurahan.
  var villageType: VillageType
  /// The district's name.
  var district: String
  /// The regency's name.
  var regency: String
  /// The province's name.
  var province: String
  /// The village's population, more than 0.
  var population: Int
  /// The quality the library is known for, for the named libraries; `nil` draws one.
  var knownQuality: Double?
}
