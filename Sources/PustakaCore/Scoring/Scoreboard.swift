/// Every library's score for one period, ranked (*peringkat*).
package struct Scoreboard: Hashable, Sendable {
  /// The period scored.
  package var period: Period
  /// The rubric used.
  package var rubric: Rubric
  /// All libraries: per regency (in order of first appearance), the reporting libraries by
  /// rank and tie order, then the non-reporting ones in data order.
  package var libraries: [LibraryScore]
  /// Whether any library reported in the previous period (so changes can be shown).
  package var previousPeriodHasData: Bool

  /// The reporting libraries, in ranking order.
  package var reporting: [LibraryScore] { libraries.filter(\.isReporting) }
  /// The libraries that did not report.
  package var notReporting: [LibraryScore] { libraries.filter { !$0.isReporting } }

  /// The score of library `id`, or `nil` when it is not in the data.
  package func score(_ id: LibraryID) -> LibraryScore? {
    libraries.first { $0.library.id == id }
  }
}
