import PustakaCore

/// Kabupaten Ngawi, Jawa Timur, as the sample's default regency: its 19 districts (*kecamatan*)
/// with their numbers of desa and kelurahan and their 2020 census populations.
///
/// Transcribed from `ngawi-structure.csv` (administrative codes of the 2025 Home Affairs decree;
/// populations of the 2020 census). The regency had 870,057 people in 2020; the nine districts
/// without a published figure share the remaining 356,005, about 4,450 per village.
package enum NgawiStructure {
  /// One district of the regency.
  package struct District: Hashable, Sendable {
    /// The administrative code, such as `35.21.09`.
    package let code: String
    /// The district's name, such as `Ngawi`.
    package let name: String
    /// The number of rural villages (*desa*).
    package let desa: Int
    /// The number of urban wards (*kelurahan*).
    package let kelurahan: Int
    /// The 2020 census population, `nil` where none was published.
    package let population2020: Int?

    /// The number of villages of both kinds.
    package var villages: Int { desa + kelurahan }
  }

  /// The regency's name as written in the `regency` column.
  package static let regency = "Ngawi"

  /// The province's name as written in the `province` column.
  package static let province = "Jawa Timur"

  /// The regency's population in the 2020 census.
  package static let population2020 = 870_057

  /// The 19 districts in the order of their codes.
  package static let districts: [District] = [
    District(code: "35.21.01", name: "Sine", desa: 15, kelurahan: 0, population2020: 44_681),
    District(code: "35.21.02", name: "Ngrambe", desa: 14, kelurahan: 0, population2020: 42_267),
    District(code: "35.21.03", name: "Jogorogo", desa: 12, kelurahan: 0, population2020: 42_307),
    District(code: "35.21.04", name: "Kendal", desa: 10, kelurahan: 0, population2020: 50_055),
    District(code: "35.21.05", name: "Geneng", desa: 13, kelurahan: 0, population2020: 51_405),
    District(code: "35.21.06", name: "Kwadungan", desa: 14, kelurahan: 0, population2020: 26_590),
    District(code: "35.21.07", name: "Karangjati", desa: 17, kelurahan: 0, population2020: 47_427),
    District(code: "35.21.08", name: "Padas", desa: 12, kelurahan: 0, population2020: 34_136),
    District(code: "35.21.09", name: "Ngawi", desa: 12, kelurahan: 4, population2020: 83_445),
    District(code: "35.21.10", name: "Paron", desa: 14, kelurahan: 0, population2020: 91_739),
    District(code: "35.21.11", name: "Kedunggalar", desa: 12, kelurahan: 0, population2020: nil),
    District(code: "35.21.12", name: "Widodaren", desa: 12, kelurahan: 0, population2020: nil),
    District(code: "35.21.13", name: "Mantingan", desa: 7, kelurahan: 0, population2020: nil),
    District(code: "35.21.14", name: "Pangkur", desa: 9, kelurahan: 0, population2020: nil),
    District(code: "35.21.15", name: "Bringin", desa: 10, kelurahan: 0, population2020: nil),
    District(code: "35.21.16", name: "Pitu", desa: 10, kelurahan: 0, population2020: nil),
    District(code: "35.21.17", name: "Karanganyar", desa: 7, kelurahan: 0, population2020: nil),
    District(code: "35.21.18", name: "Gerih", desa: 5, kelurahan: 0, population2020: nil),
    District(code: "35.21.19", name: "Kasreman", desa: 8, kelurahan: 0, population2020: nil),
  ]

  /// The name of the district whose villages are all named (Kecamatan Ngawi).
  package static let namedDistrict = "Ngawi"

  /// The kelurahan of Kecamatan Ngawi.
  package static let namedKelurahan = ["Margomulyo", "Karangtengah", "Ketanggi", "Pelem"]

  /// The desa of Kecamatan Ngawi, Watualang and Ngawi first (they hold the named libraries).
  package static let namedDesa = [
    "Watualang", "Ngawi", "Mangunharjo", "Kandangan", "Kartoharjo", "Karangasri", "Banyuurip",
    "Beran", "Jururejo", "Grudo", "Karangtengah Prandon", "Kerek",
  ]

  /// The libraries known by name, by village: Perpustakaan Cemerlang (Desa Watualang),
  /// Perpustakaan Cerpin (Desa Ngawi) and the kelurahan library of Margomulyo.
  package static let namedLibraries: [String: String] = [
    "Watualang": "Perpustakaan Cemerlang",
    "Ngawi": "Perpustakaan Cerpin",
    "Margomulyo": "Perpustakaan Kelurahan Margomulyo",
  ]

  /// The population of `district` spread over its villages: the census figure, or the share of
  /// the regency's remainder (356,005 over the 80 villages without a figure) for the others.
  package static func population(of district: District) -> Int {
    if let known = district.population2020 { return known }
    let known = districts.compactMap(\.population2020).reduce(0, +)
    let unknownVillages = districts.filter { $0.population2020 == nil }.map(\.villages)
      .reduce(0, +)
    // Shares by village count; the first districts take the rounding leftovers so that the
    // regency total stays exact.
    let remainder = population2020 - known
    let shares = districts.filter { $0.population2020 == nil }
    let exact = shares.map { remainder * $0.villages / unknownVillages }
    var leftover = remainder - exact.reduce(0, +)
    var result = 0
    for (index, candidate) in shares.enumerated() {
      var value = exact[index]
      if leftover > 0 {
        value += 1
        leftover -= 1
      }
      if candidate == district { result = value }
    }
    return result
  }
}
