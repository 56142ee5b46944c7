extension UsageStatistics {
  /// The statistics of the library at data-set `position`, or `nil` when there is none.
  ///
  /// `libraries` is in data set order, so this is a direct look-up, cheap enough for every
  /// report card.
  package func library(at position: Int) -> Group? {
    libraries.indices.contains(position) ? libraries[position] : nil
  }

  /// The statistics of district `district` of regency `regency`, positions as in `places`.
  ///
  /// `districts` lists every regency's districts in the order of `places`, so the group is
  /// found by counting the districts of the regencies before, without comparing names.
  package func district(
    _ district: Int, ofRegency regency: Int, in places: PlaceDirectory
  ) -> Group? {
    guard places.regencies.indices.contains(regency),
      places.regencies[regency].districts.indices.contains(district)
    else { return nil }
    let offset = places.regencies[..<regency].reduce(0) { $0 + $1.districts.count } + district
    return districts.indices.contains(offset) ? districts[offset] : nil
  }

  /// The statistics of regency `regency`, its position in `PlaceDirectory.regencies`.
  package func regency(_ regency: Int) -> Group? {
    regencies.indices.contains(regency) ? regencies[regency] : nil
  }
}
