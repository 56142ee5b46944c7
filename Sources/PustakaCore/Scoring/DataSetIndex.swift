/// A data set's rows summed per library and month, built in one pass over each table.
///
/// Scoring and statistics read it instead of the row arrays, so a period costs a few
/// dictionary look-ups per library and month, never a scan of all rows per library.
package struct DataSetIndex: Sendable {
  /// The data set indexed.
  package let dataSet: DataSet
  /// Each library's months, by `Month.ordinal`, in `dataSet.libraries` order.
  package let monthsByLibrary: [[Int: MonthFigures]]
  /// The position of each library id in `dataSet.libraries` (the first, for a repeated id).
  package let positionByID: [LibraryID: Int]
  /// The latest month with an attendance row, or `nil` when there is none.
  package let latestAttendanceMonth: Month?

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
    var months = [[Int: MonthFigures]](repeating: [:], count: dataSet.libraries.count)
    var locator = Locator(positions: positions)
    var latest: Int?

    Self.accumulate(
      dataSet.attendance, into: &months, locator: &locator,
      key: { ($0.libraryID, $0.date.year * 12 + $0.date.month - 1) },
      start: AttendanceTotals(), add: { $0.add($1) },
      store: { figures, totals in figures.attendance = totals },
      merge: { figures, totals in figures.attendance?.add(totals) },
      existing: { $0.attendance != nil })
    for day in dataSet.attendance {
      let ordinal = day.date.year * 12 + day.date.month - 1
      if latest.map({ ordinal > $0 }) ?? true { latest = ordinal }
    }
    Self.accumulate(
      dataSet.budget, into: &months, locator: &locator,
      key: { ($0.libraryID, $0.month.ordinal) }, start: BudgetTotals(), add: { $0.add($1) },
      store: { figures, totals in figures.budget = totals },
      merge: { figures, totals in figures.budget?.add(totals) },
      existing: { $0.budget != nil })
    Self.accumulate(
      dataSet.collection, into: &months, locator: &locator,
      key: { ($0.libraryID, $0.month.ordinal) }, start: CollectionTotals(),
      add: { $0.add($1) },
      store: { figures, totals in figures.collection = totals },
      merge: { figures, totals in figures.collection?.add(totals) },
      existing: { $0.collection != nil })
    Self.accumulate(
      dataSet.activities, into: &months, locator: &locator,
      key: { ($0.libraryID, $0.date.year * 12 + $0.date.month - 1) },
      start: ActivityTotals(), add: { $0.add($1) },
      store: { figures, totals in figures.activities = totals },
      merge: { figures, totals in figures.activities?.add(totals) },
      existing: { $0.activities != nil })
    for snapshot in dataSet.operations {
      guard let position = locator.position(of: snapshot.libraryID) else { continue }
      // One row per library and month (the loader's key); the first is kept.
      if months[position][snapshot.month.ordinal]?.operations == nil {
        months[position][snapshot.month.ordinal, default: MonthFigures()].operations = snapshot
      }
    }
    self.monthsByLibrary = months
    self.positionByID = positions
    self.latestAttendanceMonth = latest.flatMap { Month(year: $0 / 12, month: $0 % 12 + 1) }
  }

  /// The figures of the library at `position` for `month`, or `nil` when it has no row then.
  package func figures(_ position: Int, _ month: Month) -> MonthFigures? {
    monthsByLibrary[position][month.ordinal]
  }

  /// Sums rows into per-month totals, flushing when the (library, month) of the row changes,
  /// so that rows grouped by library and month cost one dictionary update per group.
  private static func accumulate<Row, Totals>(
    _ rows: [Row], into months: inout [[Int: MonthFigures]], locator: inout Locator,
    key: (Row) -> (LibraryID, Int), start: Totals, add: (inout Totals, Row) -> Void,
    store: (inout MonthFigures, Totals) -> Void, merge: (inout MonthFigures, Totals) -> Void,
    existing: (MonthFigures) -> Bool
  ) {
    var current: (position: Int, ordinal: Int)?
    var totals = start
    func flush() {
      guard let (position, ordinal) = current else { return }
      if let figures = months[position][ordinal], existing(figures) {
        merge(&months[position][ordinal, default: MonthFigures()], totals)
      } else {
        store(&months[position][ordinal, default: MonthFigures()], totals)
      }
    }
    for row in rows {
      let (id, ordinal) = key(row)
      guard let position = locator.position(of: id) else { continue }
      if let group = current, group.position == position, group.ordinal == ordinal {
        add(&totals, row)
        continue
      }
      flush()
      current = (position, ordinal)
      totals = start
      add(&totals, row)
    }
    flush()
  }
}

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
