/// One of the four goals of the library managers' meetings (*bidang*) under which the rubric's
/// indicators are grouped and sub-scored.
package enum KPIArea: String, CaseIterable, Hashable, Sendable, Comparable {
  /// Library development (*Pengembangan Perpustakaan*): collection and space.
  case development
  /// Service (*Peningkatan Layanan*): opening, visits and loans.
  case service
  /// Budget and resources (*Pengelolaan Anggaran dan Sumber Daya*).
  case resources
  /// Community empowerment (*Pemberdayaan Masyarakat*): activities, members, partners.
  case community

  /// The area's label in both report languages.
  package var label: LocalizedText {
    switch self {
    case .development:
      return LocalizedText(indonesian: "Pengembangan Perpustakaan", english: "Library development")
    case .service: return LocalizedText(indonesian: "Peningkatan Layanan", english: "Service")
    case .resources:
      return LocalizedText(
        indonesian: "Pengelolaan Anggaran dan Sumber Daya", english: "Budget and resources")
    case .community:
      return LocalizedText(indonesian: "Pemberdayaan Masyarakat", english: "Community empowerment")
    }
  }

  /// Areas order as the rubric lists them: development, service, resources, community.
  package static func < (lhs: KPIArea, rhs: KPIArea) -> Bool {
    let order = allCases
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }
}
