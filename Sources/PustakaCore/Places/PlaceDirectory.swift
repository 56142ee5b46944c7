/// The regencies, districts and villages of a data set, grouped by name as the data contract
/// says, with their display spellings and populations.
///
/// Names are grouped by `NameFolding.placeKey` (NFKC, trimmed, white space collapsed,
/// lower-cased); a group shows the spelling of its first library row. A village's population
/// counts once per (regency, district, village): the first row's. Rows that disagree are found
/// once, by the loader, whose warning (`libraries.population.disagrees`) every report reads.
package struct PlaceDirectory: Hashable, Sendable {
  /// The regencies in order of first appearance.
  package let regencies: [Regency]
  /// For each library (in data set order), its regency's position in `regencies`.
  package let regencyOfLibrary: [Int]
  /// For each library, its district's position in its regency's `districts`.
  package let districtOfLibrary: [Int]
  /// For each library, its village as first spelt in its (regency, district, village) group.
  package let villageOfLibrary: [String]
  /// The position (in the data set) of each library id, the first for a repeated id.
  package let libraryPositionByID: [LibraryID: Int]
  /// The provinces of the regencies, in order of first appearance (see `Province`).
  package let provinces: [Province]

  /// Whether the data holds more than one regency: only then do regencies get a literacy
  /// index, provinces their statistics and summaries, and a run its complete
  /// `rejected-rows.csv`.
  package var holdsSeveralRegencies: Bool { regencies.count > 1 }

  /// A regency (*kabupaten/kota*): its spelling, districts and population.
  package struct Regency: Hashable, Sendable {
    /// The spelling of its first library row, such as `Ngawi`.
    package var name: String
    /// Its districts in order of first appearance.
    package var districts: [District]
    /// The sum of its districts' populations.
    package var population: Int { districts.reduce(0) { $0 + $1.population } }
    /// The positions (in the data set) of its libraries, in data set order.
    package var libraryPositions: [Int] { districts.flatMap(\.libraryPositions) }
  }

  /// A district (*kecamatan*): its spelling, libraries and population.
  package struct District: Hashable, Sendable {
    /// The spelling of its first library row, such as `Ngawi`.
    package var name: String
    /// The positions (in the data set) of its libraries, in data set order.
    package var libraryPositions: [Int]
    /// The sum of the populations of its villages that have a library, each village once.
    package var population: Int
  }

  /// A province (*provinsi*): its spelling and its regencies.
  ///
  /// A regency belongs to the province its first library row naming one gives (grouped by
  /// `NameFolding.placeKey`); regencies whose rows name none form one province without a
  /// name.
  package struct Province: Hashable, Sendable {
    /// The spelling of the first library row naming it, such as `Jawa Timur`; `nil` for the
    /// regencies whose rows name no province.
    package var name: String?
    /// The positions (in `regencies`) of its regencies, in order of first appearance.
    package var regencyPositions: [Int]
  }

  /// Groups the libraries of `dataSet`.
  package init(_ libraries: [VillageLibrary]) {
    var regencies: [Regency] = []
    var regencyPosition: [String: Int] = [:]
    var districtPosition: [String: [String: Int]] = [:]
    var villageNames: [String: String] = [:]
    var regencyOfLibrary: [Int] = []
    var districtOfLibrary: [Int] = []
    var villageOfLibrary: [String] = []
    regencyOfLibrary.reserveCapacity(libraries.count)
    districtOfLibrary.reserveCapacity(libraries.count)
    var keyCache: [String: String] = [:]
    func key(_ text: String) -> String {
      if let cached = keyCache[text] { return cached }
      let folded = NameFolding.placeKey(text)
      keyCache[text] = folded
      return folded
    }
    for (position, library) in libraries.enumerated() {
      let regencyKey = key(library.regency)
      let regency: Int
      if let existing = regencyPosition[regencyKey] {
        regency = existing
      } else {
        regency = regencies.count
        regencyPosition[regencyKey] = regency
        regencies.append(Regency(name: library.regency, districts: []))
      }
      let districtKey = key(library.district)
      let district: Int
      if let existing = districtPosition[regencyKey]?[districtKey] {
        district = existing
      } else {
        district = regencies[regency].districts.count
        districtPosition[regencyKey, default: [:]][districtKey] = district
        regencies[regency].districts.append(
          District(name: library.district, libraryPositions: [], population: 0))
      }
      regencies[regency].districts[district].libraryPositions.append(position)
      regencyOfLibrary.append(regency)
      districtOfLibrary.append(district)
      let villageKey = regencyKey + "\u{0}" + districtKey + "\u{0}" + key(library.village)
      if let name = villageNames[villageKey] {
        villageOfLibrary.append(name)
      } else {
        villageNames[villageKey] = library.village
        villageOfLibrary.append(library.village)
        regencies[regency].districts[district].population += library.population
      }
    }
    self.regencies = regencies
    self.regencyOfLibrary = regencyOfLibrary
    self.districtOfLibrary = districtOfLibrary
    self.villageOfLibrary = villageOfLibrary
    var positions: [LibraryID: Int] = [:]
    for (position, library) in libraries.enumerated() where positions[library.id] == nil {
      positions[library.id] = position
    }
    self.libraryPositionByID = positions
    provinces = Self.provinces(of: regencies, libraries: libraries, key: key)
  }

  /// Each regency's province: the first of its library rows that names one.
  private static func provinces(
    of regencies: [Regency], libraries: [VillageLibrary], key: (String) -> String
  ) -> [Province] {
    var provinces: [Province] = []
    var provincePosition: [String?: Int] = [:]
    for (regency, entry) in regencies.enumerated() {
      var named: String?
      var provinceKey: String?
      for position in entry.libraryPositions {
        guard let name = libraries[position].province else { continue }
        let folded = key(name)
        if !folded.isEmpty {
          (named, provinceKey) = (name, folded)
          break
        }
      }
      if let existing = provincePosition[provinceKey] {
        provinces[existing].regencyPositions.append(regency)
      } else {
        provincePosition[provinceKey] = provinces.count
        provinces.append(Province(name: named, regencyPositions: [regency]))
      }
    }
    return provinces
  }
}
