import PustakaCore

/// Which libraries a workbook covers: a whole regency, or one district within it.
package struct ReportScope: Hashable, Sendable {
  /// The regency's position in `PlaceDirectory.regencies`.
  package var regencyIndex: Int
  /// The district's position in the regency's districts, or `nil` for the whole regency.
  package var districtIndex: Int?
  /// The regency's display name.
  package var regencyName: String
  /// The district's display name, for a district workbook.
  package var districtName: String?

  /// The scope of a whole regency.
  package static func regency(_ index: Int, in places: PlaceDirectory) -> ReportScope {
    ReportScope(
      regencyIndex: index, districtIndex: nil, regencyName: places.regencies[index].name,
      districtName: nil)
  }

  /// The scope of one district of a regency.
  package static func district(
    _ district: Int, ofRegency regency: Int, in places: PlaceDirectory
  ) -> ReportScope {
    let regencyPlace = places.regencies[regency]
    return ReportScope(
      regencyIndex: regency, districtIndex: district, regencyName: regencyPlace.name,
      districtName: regencyPlace.districts[district].name)
  }

  /// Whether the workbook is a district's.
  package var isDistrict: Bool { districtIndex != nil }

  /// Whether the library at data-set position `position` belongs to the scope.
  package func contains(position: Int, in places: PlaceDirectory) -> Bool {
    guard places.regencyOfLibrary[position] == regencyIndex else { return false }
    guard let districtIndex else { return true }
    return places.districtOfLibrary[position] == districtIndex
  }

  /// The same scope widened to the whole regency (for "district next to regency" figures).
  package var regencyScope: ReportScope {
    ReportScope(
      regencyIndex: regencyIndex, districtIndex: nil, regencyName: regencyName, districtName: nil)
  }
}
