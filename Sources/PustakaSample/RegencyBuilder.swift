import PustakaCore

/// Lays out the districts and villages of one sample regency, one library per village.
struct RegencyBuilder {
  /// The regency's name.
  let name: String
  /// The prefix of its library ids, such as `NGW`.
  let code: String
  /// The number of digits after the prefix.
  let idWidth: Int
  /// The province's name.
  let province: String
  /// The sites laid out so far.
  private(set) var sites: [SampleSite] = []
  private var villageNames = Set<String>()

  /// Starts an empty regency.
  init(name: String, code: String, idWidth: Int, province: String) {
    self.name = name
    self.code = code
    self.idWidth = idWidth
    self.province = province
  }

  /// Lays out Ngawi's 19 districts with `libraries` villages in proportion to their real sizes.
  ///
  /// With 217 libraries every district has its real numbers of desa and kelurahan and its
  /// census population.
  mutating func addNgawi(libraries: Int, random: inout SeededGenerator) {
    let districts = NgawiStructure.districts
    let counts = SampleGeography.proportionalShares(
      libraries, weights: districts.map { Double($0.villages) })
    villageNames.formUnion(NgawiStructure.namedKelurahan + NgawiStructure.namedDesa)
    villageNames.formUnion(districts.map(\.name))
    for (district, count) in zip(districts, counts) where count > 0 {
      let perVillage = Double(NgawiStructure.population(of: district)) / Double(district.villages)
      let total = Int((perVillage * Double(count)).rounded())
      if district.name == NgawiStructure.namedDistrict {
        addNamedDistrict(district.name, villages: count, population: total, random: &random)
      } else {
        var names = [district.name]
        while names.count < count { names.append(newVillageName(random: &random)) }
        addDistrict(
          district.name, villages: names.prefix(count).map { ($0, VillageType.desa) },
          population: total, random: &random)
      }
    }
  }

  /// Lays out `libraries` villages in generated districts of about twelve villages each.
  mutating func addGenerated(libraries: Int, random: inout SeededGenerator) {
    let isCity = name.hasPrefix("Kota ")
    let districtCount = max(1, (libraries + 6) / 12)
    let counts = SampleGeography.proportionalShares(
      libraries, weights: (0..<districtCount).map { _ in random.uniform(0.5, 1.5) })
    var districtNames = Set<String>()
    for count in counts where count > 0 {
      let district = SampleGeography.placeName(taken: districtNames, random: &random)
      districtNames.insert(district)
      var villages: [(String, VillageType)] = []
      if !villageNames.contains(district) {
        villageNames.insert(district)
        villages.append((district, isCity ? .kelurahan : .desa))
      }
      while villages.count < count {
        villages.append((newVillageName(random: &random), isCity ? .kelurahan : .desa))
      }
      let perVillage = isCity ? random.uniform(6000, 12_000) : random.uniform(2500, 6000)
      addDistrict(
        district, villages: villages, population: Int(perVillage * Double(count)),
        random: &random)
    }
  }

  // MARK: - Villages

  private mutating func addNamedDistrict(
    _ district: String, villages count: Int, population: Int, random: inout SeededGenerator
  ) {
    let listed = NgawiStructure.namedKelurahan + NgawiStructure.namedDesa
    let priority = ["Watualang", "Ngawi", "Margomulyo"]
    let chosen = Set((priority + listed.filter { !priority.contains($0) }).prefix(count))
    var villages: [(String, VillageType)] = listed.filter { chosen.contains($0) }.map {
      ($0, NgawiStructure.namedKelurahan.contains($0) ? .kelurahan : .desa)
    }
    while villages.count < count { villages.append((newVillageName(random: &random), .desa)) }
    addDistrict(district, villages: villages, population: population, random: &random)
  }

  private mutating func addDistrict(
    _ district: String, villages: [(name: String, type: VillageType)], population: Int,
    random: inout SeededGenerator
  ) {
    let weights = villages.map { ($0.type == .kelurahan ? 1.5 : 1.0) * random.uniform(0.6, 1.4) }
    let populations = SampleGeography.proportionalShares(population, weights: weights)
    for (village, people) in zip(villages, populations) {
      let number = sites.count + 1
      let named = name == NgawiStructure.regency && district == NgawiStructure.namedDistrict
      let knownName = named ? NgawiStructure.namedLibraries[village.name] : nil
      sites.append(
        SampleSite(
          id: LibraryID(code + "-" + SampleGeography.zeroPadded(number, width: idWidth)),
          name: knownName ?? libraryName(village: village.name, type: village.type, &random),
          village: village.name, villageType: village.type, district: district, regency: name,
          province: province, population: max(1, people),
          knownQuality: knownName.map { Self.knownQualities[$0] ?? 0.6 }))
    }
  }

  private mutating func newVillageName(random: inout SeededGenerator) -> String {
    let name = SampleGeography.placeName(taken: villageNames, random: &random)
    villageNames.insert(name)
    return name
  }

  private func libraryName(
    village: String, type: VillageType, _ random: inout SeededGenerator
  ) -> String {
    if random.chance(0.7) {
      return (type == .kelurahan ? "Perpustakaan Kelurahan " : "Perpustakaan Desa ") + village
    }
    return random.pick(SampleNames.libraryKinds) + " " + random.pick(SampleNames.libraryWords)
  }

  /// How good the named libraries are: Cemerlang is the regency's model library.
  private static let knownQualities: [String: Double] = [
    "Perpustakaan Cemerlang": 0.95,
    "Perpustakaan Cerpin": 0.78,
    "Perpustakaan Kelurahan Margomulyo": 0.55,
  ]
}
