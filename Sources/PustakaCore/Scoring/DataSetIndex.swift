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

  /// Indexes `dataSet`, summing its attendance, budget, collection and activities in
  /// stretches of about `rowsPerStretch` rows on all cores (the index is the same whatever
  /// the stretches), numbering each library's partners (`partnersByMonth`) and keeping each
  /// month's first operations row.
  ///
  /// Rows of an unknown library (which a loaded data set never holds) are left out.
  package init(_ dataSet: DataSet, rowsPerStretch: Int = DataSetIndex.rowsPerStretch) {
    self.dataSet = dataSet
    var positions: [LibraryID: Int] = [:]
    positions.reserveCapacity(dataSet.libraries.count)
    for (position, library) in dataSet.libraries.enumerated() where positions[library.id] == nil {
      positions[library.id] = position
    }
    var months = [LibraryMonths](repeating: LibraryMonths(), count: dataSet.libraries.count)
    Self.accumulate(
      dataSet.attendance, into: &months, positions: positions, rowsPerStretch: rowsPerStretch,
      key: { ($0.libraryID, $0.date.monthOrdinal) },
      add: { $0.add($1) },
      store: { $0.attendance.add($2, at: $1) })
    Self.accumulate(
      dataSet.budget, into: &months, positions: positions, rowsPerStretch: rowsPerStretch,
      key: { ($0.libraryID, $0.month.ordinal) },
      add: { $0.add($1) },
      store: { $0.budget.add($2, at: $1) })
    Self.accumulate(
      dataSet.collection, into: &months, positions: positions, rowsPerStretch: rowsPerStretch,
      key: { ($0.libraryID, $0.month.ordinal) },
      add: { $0.add($1) },
      store: { $0.collection.add($2, at: $1) })
    Self.accumulate(
      dataSet.activities, into: &months, positions: positions, rowsPerStretch: rowsPerStretch,
      key: { ($0.libraryID, $0.date.monthOrdinal) },
      add: { $0.add($1) },
      store: { $0.activities.add($2, at: $1) })
    let partners = Self.partnersByMonth(
      dataSet.activities, positions: positions, libraryCount: months.count)
    for (position, slots) in partners.enumerated() { months[position].partners = slots }
    var locator = Locator(positions: positions)
    for snapshot in dataSet.operations {
      guard let position = locator.position(of: snapshot.libraryID) else { continue }
      // One row per library and month (the loader's key); the first is kept.
      let ordinal = snapshot.month.ordinal
      months[position].operations.setIfEmpty(snapshot, at: ordinal)
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

  /// Sums rows into per-month totals, one sum per run of consecutive rows of one library and
  /// month, and stores the sums in reading order.
  ///
  /// The rows are summed in stretches on all cores (`ParallelMap`), each stretch starting
  /// where a run does, so that every run is summed row after row on one thread and stored
  /// once: the totals are the same, to the last bit of a fractional sum, as summing all rows
  /// in one pass.
  private static func accumulate<Row: Sendable, Totals: MonthlyTotal & Sendable>(
    _ rows: [Row], into months: inout [LibraryMonths], positions: [LibraryID: Int],
    rowsPerStretch: Int, key: @escaping @Sendable (Row) -> (LibraryID, Int),
    add: @escaping @Sendable (inout Totals, Row) -> Void,
    store: (inout LibraryMonths, Int, Totals) -> Void
  ) {
    let stretches = min(64, max(1, rows.count / max(1, rowsPerStretch)))
    let bounds = (0...stretches).map { stretch in
      runStart(atOrAfter: rows.count * stretch / stretches, in: rows, positions, key)
    }
    let sums = ParallelMap.map(stretches, minimumPerChunk: 1) { stretch in
      var locator = Locator(positions: positions)
      return groupSums(
        rows[bounds[stretch]..<bounds[stretch + 1]], locator: &locator, key: key, add: add)
    }
    for stretch in sums {
      for sum in stretch { store(&months[sum.position], sum.ordinal, sum.totals) }
    }
  }

  /// Enough rows for a stretch of their own: below this, handing them out costs more than
  /// summing them.
  package static let rowsPerStretch = 1 << 16

  /// The first index from `index` on at which a new run begins: a row of a known library
  /// whose previous row is of a known library and another library or month, or the end.
  private static func runStart<Row>(
    atOrAfter index: Int, in rows: [Row], _ positions: [LibraryID: Int],
    _ key: (Row) -> (LibraryID, Int)
  ) -> Int {
    guard index > 0 else { return 0 }
    var start = index
    while start < rows.count {
      let (id, ordinal) = key(rows[start])
      let (previousID, previousOrdinal) = key(rows[start - 1])
      if let position = positions[id], let previous = positions[previousID],
        position != previous || ordinal != previousOrdinal
      {
        return start
      }
      start += 1
    }
    return rows.count
  }

  /// The sums of each run of consecutive rows of one library and month, in reading order:
  /// rows grouped by library and month cost one stored sum per group.
  private static func groupSums<Row, Totals: MonthlyTotal>(
    _ rows: ArraySlice<Row>, locator: inout Locator, key: (Row) -> (LibraryID, Int),
    add: (inout Totals, Row) -> Void
  ) -> [(position: Int, ordinal: Int, totals: Totals)] {
    var sums: [(position: Int, ordinal: Int, totals: Totals)] = []
    var current: (position: Int, ordinal: Int)?
    var totals = Totals()
    for row in rows {
      let (id, ordinal) = key(row)
      guard let position = locator.position(of: id) else { continue }
      if let group = current, group.position == position, group.ordinal == ordinal {
        add(&totals, row)
        continue
      }
      if let (position, ordinal) = current { sums.append((position, ordinal, totals)) }
      current = (position, ordinal)
      totals = Totals()
      add(&totals, row)
    }
    if let (position, ordinal) = current { sums.append((position, ordinal, totals)) }
    return sums
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
