extension Scoreboard {
  /// The scores of the regency at `regencyIndex` in `places`: its reporting libraries in
  /// ranking order, then its non-reporting ones.
  ///
  /// The board lists the regencies one after another in the order of `places.regencies`,
  /// each with all its libraries (`KPIRanking.rank`), so the regency's block is found by
  /// counting the libraries of the regencies before it, without scanning the board: fast
  /// enough to call once per report card.
  ///
  /// - Precondition: the board was ranked with `places`.
  package func scores(
    ofRegency regencyIndex: Int, in places: PlaceDirectory
  ) -> ArraySlice<LibraryScore> {
    precondition(places.regencies.indices.contains(regencyIndex), "no such regency")
    precondition(libraries.count == places.regencyOfLibrary.count, "board ranked with places")
    var start = 0
    for regency in places.regencies[..<regencyIndex] {
      for district in regency.districts { start += district.libraryPositions.count }
    }
    var count = 0
    for district in places.regencies[regencyIndex].districts {
      count += district.libraryPositions.count
    }
    return libraries[start..<(start + count)]
  }
}
