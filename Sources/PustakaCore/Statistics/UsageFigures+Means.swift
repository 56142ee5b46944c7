extension UsageFigures {
  /// A total of the group spread over its libraries (*rata-rata per perpustakaan*): `total /
  /// libraries`, the figure a district workbook sets beside the regency's, since a district's
  /// totals and a regency's are of groups of very different sizes.
  ///
  /// The denominator is every library of the group in the data, reporting or not: a library
  /// that reported nothing adds nothing to the total and still counts, so a district with
  /// silent libraries shows a lower mean. Unit: the total's (visitors, copies, rupiah) per
  /// library, over the same period as the total. `nil` for a group without libraries.
  ///
  /// Example: 8,537 visitors in a district of 12 libraries are 711.42 per library; 81,630 in a
  /// regency of 217 are 376.18.
  package func perLibrary(_ total: Double) -> Double? {
    libraries == 0 ? nil : total / Double(libraries)
  }

  /// `perLibrary(_:)` of a whole number.
  package func perLibrary(_ total: Int) -> Double? {
    perLibrary(Double(total))
  }

  /// `perLibrary(_:)` of an amount of money, in rupiah.
  package func perLibrary(_ total: Rupiah) -> Double? {
    perLibrary(Double(total.amount))
  }
}
