/// A data set's rows summed per library and month, built in one pass over each table.
///
/// Scoring and statistics read it instead of the row arrays, so a period costs a few
/// dictionary look-ups per library and month, never a scan of all rows per library.
package struct DataSetIndex: Sendable {
  /// The data set indexed.
  package let dataSet: DataSet
  /// Each library's months, in `dataSet.libraries` order.
  package let monthsByLibrary: [LibraryMonths]
  /// The position of each library id in `dataSet.libraries` (the first, for a repeated id).
  package let positionByID: [LibraryID: Int]

  /// Indexes `dataSet`.
  ///
  /// Rows of an unknown library (which a loaded data set never holds) are left out.
  package init(_ dataSet: DataSet) {
    self.dataSet = dataSet
    var positions: [LibraryID: Int] = [:]
    positions.reserveCapacity(dataSet.libraries.count)
    for (position, library) in dataSet.libraries.enumerated() where positions[library.id] == nil {
      positions[library.id] = position
    }
    var months = [LibraryMonths](repeating: LibraryMonths(), count: dataSet.libraries.count)
    var locator = Locator(positions: positions)
    Self.accumulate(
      dataSet.attendance, into: &months, locator: &locator,
      key: { ($0.libraryID, $0.date.year * 12 + $0.date.month - 1) },
      add: { $0.add($1) },
      store: { months, ordinal, totals in
        months.attendance.update(ordinal, initial: AttendanceTotals()) { $0.add(totals) }
      })
    Self.accumulate(
      dataSet.budget, into: &months, locator: &locator, key: { ($0.libraryID, $0.month.ordinal) },
      add: { $0.add($1) },
      store: { months, ordinal, totals in
        months.budget.update(ordinal, initial: BudgetTotals()) { $0.add(totals) }
      })
    Self.accumulate(
      dataSet.collection, into: &months, locator: &locator,
      key: { ($0.libraryID, $0.month.ordinal) },
      add: { $0.add($1) },
      store: { months, ordinal, totals in
        months.collection.update(ordinal, initial: CollectionTotals()) { $0.add(totals) }
      })
    Self.accumulate(
      dataSet.activities, into: &months, locator: &locator,
      key: { ($0.libraryID, $0.date.year * 12 + $0.date.month - 1) },
      add: { $0.add($1) },
      store: { months, ordinal, totals in
        months.activities.update(ordinal, initial: ActivityTotals()) { $0.add(totals) }
      })
    for snapshot in dataSet.operations {
      guard let position = locator.position(of: snapshot.libraryID) else { continue }
      // One row per library and month (the loader's key); the first is kept.
      let ordinal = snapshot.month.ordinal
      if months[position].operations[ordinal] == nil {
        months[position].operations.update(ordinal, initial: snapshot) { _ in }
      }
    }
    self.monthsByLibrary = months
    self.positionByID = positions
  }

  /// Whether any library has an attendance row dated in `period`.
  package func hasAttendance(in period: Period) -> Bool {
    let ordinals = period.months.map(\.ordinal)
    return monthsByLibrary.contains { months in
      ordinals.contains { months.attendance[$0] != nil }
    }
  }

  /// The earliest month in which any library has an attendance row, or `nil` when none has:
  /// where the data starts, for periods that look back, such as the 12-month KPI.
  package var earliestAttendanceMonth: Month? {
    let ordinal = monthsByLibrary.compactMap(\.attendance.firstFilledOrdinal).min()
    return ordinal.flatMap { Month(year: $0 / 12, month: $0 % 12 + 1) }
  }

  /// Sums rows into per-month totals, flushing when the (library, month) of the row changes,
  /// so that rows grouped by library and month cost one dictionary update per group.
  private static func accumulate<Row, Totals: MonthlyTotal>(
    _ rows: [Row], into months: inout [LibraryMonths], locator: inout Locator,
    key: (Row) -> (LibraryID, Int), add: (inout Totals, Row) -> Void,
    store: (inout LibraryMonths, Int, Totals) -> Void
  ) {
    var current: (position: Int, ordinal: Int)?
    var totals = Totals()
    for row in rows {
      let (id, ordinal) = key(row)
      guard let position = locator.position(of: id) else { continue }
      if let group = current, group.position == position, group.ordinal == ordinal {
        add(&totals, row)
        continue
      }
      if let (position, ordinal) = current { store(&months[position], ordinal, totals) }
      current = (position, ordinal)
      totals = Totals()
      add(&totals, row)
    }
    if let (position, ordinal) = current { store(&months[position], ordinal, totals) }
  }
}

/// Totals that start empty and add up (the per-month sums of one table).
package protocol MonthlyTotal {
  /// Empty totals.
  init()
  /// Adds other totals.
  mutating func add(_ other: Self)
}

extension AttendanceTotals: MonthlyTotal {}
extension BudgetTotals: MonthlyTotal {}
extension CollectionTotals: MonthlyTotal {}
extension ActivityTotals: MonthlyTotal {}

/// Finds library positions, remembering the last id looked up (rows come grouped by library).
private struct Locator {
  let positions: [LibraryID: Int]
  var lastID: LibraryID?
  var lastPosition: Int?

  init(positions: [LibraryID: Int]) {
    self.positions = positions
  }

  mutating func position(of id: LibraryID) -> Int? {
    if let lastID, lastID == id { return lastPosition }
    lastID = id
    lastPosition = positions[id]
    return lastPosition
  }
}
