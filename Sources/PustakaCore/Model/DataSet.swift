/// The accepted rows of the six tables of one data set (*data set*), ready for scoring.
///
/// Rows keep the order in which they were read (files by path, then sheets, then lines).
/// Every row of the other tables refers to a library in `libraries`, ids are unique, and keyed
/// rows are unique per key; the loader guarantees this.
package struct DataSet: Sendable {
  /// The libraries register (*perpustakaan*).
  package let libraries: [VillageLibrary]
  /// The budget ledger (*anggaran*).
  package let budget: [BudgetEntry]
  /// Month-end collection stock (*koleksi*).
  package let collection: [CollectionStock]
  /// Daily attendance (*kunjungan*).
  package let attendance: [AttendanceDay]
  /// Activities (*kegiatan*).
  package let activities: [Activity]
  /// Month-end operations snapshots (*operasional*).
  package let operations: [OperationsSnapshot]
  /// The tables that at least one file or sheet provided, header-only ones included.
  ///
  /// A table not in this set is missing for everyone (its indicators are missing), while a
  /// provided table without rows is an empty table.
  package let providedTables: Set<TableName>

  private let indexByID: [LibraryID: Int]

  /// Creates a data set; when two libraries share an id, the first is found by `library(_:)`.
  package init(
    libraries: [VillageLibrary] = [], budget: [BudgetEntry] = [],
    collection: [CollectionStock] = [], attendance: [AttendanceDay] = [],
    activities: [Activity] = [], operations: [OperationsSnapshot] = [],
    providedTables: Set<TableName> = Set(TableName.allCases)
  ) {
    self.libraries = libraries
    self.budget = budget
    self.collection = collection
    self.attendance = attendance
    self.activities = activities
    self.operations = operations
    self.providedTables = providedTables
    var index: [LibraryID: Int] = [:]
    for (position, library) in libraries.enumerated() where index[library.id] == nil {
      index[library.id] = position
    }
    self.indexByID = index
  }

  /// The library with id `id`, or `nil` when the data set has none.
  package func library(_ id: LibraryID) -> VillageLibrary? {
    indexByID[id].map { libraries[$0] }
  }

  /// Whether a file or sheet provided `table` (see `providedTables`).
  package func provides(_ table: TableName) -> Bool {
    providedTables.contains(table)
  }
}
