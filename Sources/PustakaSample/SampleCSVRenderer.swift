import PustakaCore

/// Renders generated rows as the CSV files of the data contract, in either dialect.
///
/// Pure and stream-friendly: `header(for:)` gives a file's first bytes and `append(_:table:to:)`
/// adds one library's rows, so a large table can be written library by library; `render(_:)`
/// does a whole data set at once. Both dialects load to the same rows.
package struct SampleCSVRenderer: Sendable {
  /// The dialect written.
  package let dialect: SampleCSVDialect

  /// Creates a renderer for `dialect`.
  package init(dialect: SampleCSVDialect) {
    self.dialect = dialect
  }

  /// The file name of `table`, such as `attendance.csv`.
  package static func fileName(of table: TableName) -> String {
    table.rawValue + ".csv"
  }

  /// The bytes a file of `table` starts with: the byte-order mark, if any, and the header writer.
  package func header(for table: TableName) -> [UInt8] {
    var writer = CSVWriter(dialect: dialect, bytes: dialect.preamble)
    for name in dialect.headers(for: table) { writer.text(name) }
    writer.endLine()
    return writer.bytes
  }

  /// Appends the rows of `table` from one library's `sample` to `buffer`.
  package func append(_ sample: LibrarySample, table: TableName, to buffer: inout [UInt8]) {
    switch table {
    case .libraries: append(libraries: [sample.library], to: &buffer)
    case .budget: append(budget: sample.budget, to: &buffer)
    case .collection: append(collection: sample.collection, to: &buffer)
    case .attendance: append(attendance: sample.attendance, to: &buffer)
    case .activities: append(activities: sample.activities, to: &buffer)
    case .operations: append(operations: sample.operations, to: &buffer)
    }
  }

  /// The six files of `dataSet`, header and rows, by table.
  package func render(_ dataSet: DataSet) -> [TableName: [UInt8]] {
    var files: [TableName: [UInt8]] = [:]
    for table in TableName.allCases {
      var bytes = header(for: table)
      switch table {
      case .libraries: append(libraries: dataSet.libraries, to: &bytes)
      case .budget: append(budget: dataSet.budget, to: &bytes)
      case .collection: append(collection: dataSet.collection, to: &bytes)
      case .attendance: append(attendance: dataSet.attendance, to: &bytes)
      case .activities: append(activities: dataSet.activities, to: &bytes)
      case .operations: append(operations: dataSet.operations, to: &bytes)
      }
      files[table] = bytes
    }
    return files
  }

  // MARK: - Tables

  private func append(libraries: [VillageLibrary], to buffer: inout [UInt8]) {
    var writer = CSVWriter(dialect: dialect)
    swap(&writer.bytes, &buffer)
    defer { swap(&writer.bytes, &buffer) }
    for library in libraries {
      writer.text(library.id.rawValue)
      writer.text(library.name)
      writer.text(library.village)
      writer.text(dialect.name(library.villageType))
      writer.text(library.district)
      writer.text(library.regency)
      writer.text(library.province ?? "")
      writer.integer(library.population)
      writer.decimal(library.floorAreaSquareMetres)
      writer.date(library.opened)
      writer.text(library.accreditation?.rawValue ?? "")
      writer.endLine()
    }
  }

  private func append(budget: [BudgetEntry], to buffer: inout [UInt8]) {
    var writer = CSVWriter(dialect: dialect)
    swap(&writer.bytes, &buffer)
    defer { swap(&writer.bytes, &buffer) }
    for entry in budget {
      writer.text(entry.libraryID.rawValue)
      writer.month(entry.month)
      writer.text(dialect.name(entry.category))
      writer.text(dialect.name(entry.source))
      writer.money(entry.allocated)
      writer.money(entry.spent)
      writer.endLine()
    }
  }

  private func append(collection: [CollectionStock], to buffer: inout [UInt8]) {
    var writer = CSVWriter(dialect: dialect)
    swap(&writer.bytes, &buffer)
    defer { swap(&writer.bytes, &buffer) }
    for stock in collection {
      writer.text(stock.libraryID.rawValue)
      writer.month(stock.month)
      writer.text(dialect.name(stock.category))
      writer.integer(stock.titles)
      writer.integer(stock.copies)
      writer.integer(stock.acquiredCopies)
      writer.integer(stock.weededCopies)
      writer.endLine()
    }
  }

  private func append(attendance: [AttendanceDay], to buffer: inout [UInt8]) {
    var writer = CSVWriter(dialect: dialect)
    swap(&writer.bytes, &buffer)
    defer { swap(&writer.bytes, &buffer) }
    writer.bytes.reserveCapacity(writer.bytes.count + attendance.count * 32)
    for day in attendance {
      writer.text(day.libraryID.rawValue)
      writer.date(day.date)
      writer.integer(day.visitors)
      writer.integer(day.childVisitors)
      writer.integer(day.loans)
      writer.integer(day.newMembers)
      writer.endLine()
    }
  }

  private func append(activities: [Activity], to buffer: inout [UInt8]) {
    var writer = CSVWriter(dialect: dialect)
    swap(&writer.bytes, &buffer)
    defer { swap(&writer.bytes, &buffer) }
    for activity in activities {
      writer.text(activity.libraryID.rawValue)
      writer.date(activity.date)
      writer.text(dialect.name(activity.type))
      writer.text(activity.title ?? "")
      writer.integer(activity.participants)
      writer.decimal(activity.hours)
      writer.text(activity.partner ?? "")
      writer.endLine()
    }
  }

  private func append(operations: [OperationsSnapshot], to buffer: inout [UInt8]) {
    var writer = CSVWriter(dialect: dialect)
    swap(&writer.bytes, &buffer)
    defer { swap(&writer.bytes, &buffer) }
    for snapshot in operations {
      writer.text(snapshot.libraryID.rawValue)
      writer.month(snapshot.month)
      writer.integer(snapshot.paidStaff)
      writer.integer(snapshot.volunteers)
      writer.decimal(snapshot.volunteerHours)
      writer.integer(snapshot.trainedStaff)
      writer.integer(snapshot.registeredMembers)
      writer.endLine()
    }
  }
}
