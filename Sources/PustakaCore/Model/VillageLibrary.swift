/// A village library (*perpustakaan desa*), one row of the `libraries` table.
package struct VillageLibrary: Hashable, Sendable {
  /// The library's id (*kode, id perpustakaan*), unique across a data set.
  package var id: LibraryID
  /// The library's name (*nama perpustakaan*), such as "Perpustakaan Cemerlang".
  package var name: String
  /// The village (*desa/kelurahan*) the library serves, such as "Watualang".
  package var village: String
  /// Whether the village is a *desa* or a *kelurahan* (*jenis desa*); `desa` by default.
  package var villageType: VillageType
  /// The district (*kecamatan*), such as "Ngawi".
  package var district: String
  /// The regency or city (*kabupaten/kota*), such as "Ngawi".
  package var regency: String
  /// The province (*provinsi*), such as "Jawa Timur"; `nil` when not given.
  package var province: String?
  /// The number of people living in the village (*jumlah penduduk*), always more than 0.
  package var population: Int
  /// The reading room's floor area in square metres (*luas ruang*); `nil` when not given.
  package var floorAreaSquareMetres: Double?
  /// The day the library opened (*tanggal berdiri*); `nil` when not given.
  package var opened: CalendarDate?
  /// The national accreditation grade (*akreditasi*); `nil` when not accredited.
  package var accreditation: Accreditation?

  /// Creates a library row; the optional columns default as the data contract says.
  package init(
    id: LibraryID, name: String, village: String = "", villageType: VillageType = .desa,
    district: String = "", regency: String = "", province: String? = nil, population: Int = 1,
    floorAreaSquareMetres: Double? = nil, opened: CalendarDate? = nil,
    accreditation: Accreditation? = nil
  ) {
    self.id = id
    self.name = name
    self.village = village
    self.villageType = villageType
    self.district = district
    self.regency = regency
    self.province = province
    self.population = population
    self.floorAreaSquareMetres = floorAreaSquareMetres
    self.opened = opened
    self.accreditation = accreditation
  }
}
