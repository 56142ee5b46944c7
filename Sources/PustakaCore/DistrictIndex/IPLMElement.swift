/// One of the seven elements of the community literacy development index (*unsur pembangunan
/// literasi masyarakat*, UPLM), each a ratio to the population of an area over a period.
///
/// `pop` is the area's population: its villages that have a library, each counted once.
package enum IPLMElement: Int, CaseIterable, Hashable, Sendable {
  /// UPLM1 service coverage: libraries (all in the data) / pop x 10,000.
  ///
  /// Example: 3 libraries for 12,000 people: 2.5.
  case serviceCoverage = 1
  /// UPLM2 collection adequacy: titles (snapshot, all its libraries) / pop.
  ///
  /// Example: 2,400 titles for 12,000 people: 0.2. Missing (a raw 0) when no library has a
  /// collection snapshot.
  case collectionAdequacy
  /// UPLM3 staff adequacy: trained staff (snapshot) / pop x 10,000.
  ///
  /// Example: 6 trained people for 12,000 people: 5. Missing when no library gives one.
  case staffAdequacy
  /// UPLM4 daily visits: sum over the reporting libraries of (visitors / open days) / pop x
  /// 1,000; a library with 0 open days adds 0.
  ///
  /// Example: 30 and 15 visitors a day for 12,000 people: 3.75.
  case dailyVisits
  /// UPLM5 libraries to standard: libraries accredited A, B or C / libraries.
  ///
  /// Example: 1 of 3: 0.3333.
  case librariesToStandard
  /// UPLM6 community involvement: activity participants in the period / pop x 1,000 / m.
  ///
  /// Example: 60 participants in a month for 12,000 people: 5.
  case communityInvolvement
  /// UPLM7 members: registered members (snapshot) / pop x 100.
  ///
  /// Example: 600 members for 12,000 people: 5. Missing when no library gives one.
  case members

  /// The column name in `districts.csv`: `uplm1` to `uplm7`.
  package var column: String { "uplm\(rawValue)" }

  /// The element's label in both languages.
  package var label: LocalizedText {
    switch self {
    case .serviceCoverage:
      return LocalizedText(indonesian: "Pemerataan layanan", english: "Service coverage")
    case .collectionAdequacy:
      return LocalizedText(indonesian: "Ketercukupan koleksi", english: "Collection adequacy")
    case .staffAdequacy:
      return LocalizedText(indonesian: "Ketercukupan tenaga", english: "Staff adequacy")
    case .dailyVisits:
      return LocalizedText(indonesian: "Kunjungan per hari", english: "Daily visits")
    case .librariesToStandard:
      return LocalizedText(indonesian: "Perpustakaan ber-SNP", english: "Libraries to standard")
    case .communityInvolvement:
      return LocalizedText(indonesian: "Keterlibatan masyarakat", english: "Community involvement")
    case .members:
      return LocalizedText(indonesian: "Anggota perpustakaan", english: "Members")
    }
  }
}
