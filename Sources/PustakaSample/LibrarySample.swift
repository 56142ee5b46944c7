import PustakaCore

/// The generated rows of one library: its register row and its rows of the five other tables.
package struct LibrarySample: Sendable {
  /// The library's row of the `libraries` table.
  package var library: VillageLibrary
  /// Its budget lines, by month, category and source.
  package var budget: [BudgetEntry] = []
  /// Its month-end stock, by month and category.
  package var collection: [CollectionStock] = []
  /// Its opening days, by date.
  package var attendance: [AttendanceDay] = []
  /// Its activities, by date.
  package var activities: [Activity] = []
  /// Its month-end operations snapshots, by month.
  package var operations: [OperationsSnapshot] = []

  /// Creates the sample of `library` with no rows yet.
  package init(library: VillageLibrary) {
    self.library = library
  }
}

extension DataSet {
  /// The data set of `samples`: every library's rows, table by table, in their order.
  package init(_ samples: [LibrarySample]) {
    self.init(
      libraries: samples.map(\.library),
      budget: samples.flatMap(\.budget),
      collection: samples.flatMap(\.collection),
      attendance: samples.flatMap(\.attendance),
      activities: samples.flatMap(\.activities),
      operations: samples.flatMap(\.operations))
  }
}
