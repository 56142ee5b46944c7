import PustakaCore

/// What the loader needs of a table's accumulator, whatever its record type.
protocol TableLoading: AnyObject {
  /// The table.
  var table: TableName { get }
  /// The table's columns.
  var schema: TableSchema { get }
  /// Rows rejected so far.
  var rejections: [PendingRejection] { get set }
  /// Diagnostics to print, so far.
  var diagnostics: [Diagnostic] { get set }
  /// Decodes one row of `unit` and keeps it as a candidate or a rejection; a row of a returned
  /// template (`submission`) must also match the template's library and month.
  func consume(
    _ row: RawRow, unit: SourceUnit, unitIndex: Int, header: HeaderMap, style: NumberStyle,
    extraReasons: [Diagnostic], submission: SubmissionCheck?, printReasons: Bool)
  /// The sizes of the buffers, to undo a unit that turns out unreadable.
  func checkpoint() -> TableCheckpoint
  /// Drops everything added since `checkpoint`.
  func rollback(to checkpoint: TableCheckpoint)
  /// Appends everything `other` (a loader of the same table that read one unit alone) holds,
  /// its rows' origins now naming unit `unitIndex`.
  func absorb(_ other: any TableLoading, asUnit unitIndex: Int)
}

/// The sizes of a table loader's buffers at one moment.
struct TableCheckpoint {
  var candidates: Int
  var rejections: Int
  var diagnostics: Int
}

/// Collects the rows of one table in reading order and resolves them once all are read.
final class TableLoader<Decoder: RowDecoder>: TableLoading {
  let decoder = Decoder()
  var table: TableName { Decoder.schema.table }
  var schema: TableSchema { Decoder.schema }
  /// Rows that passed their own checks, in reading order.
  var records: [Decoder.Record] = []
  /// Where each of `records` was read.
  var origins: [RowOrigin] = []
  var rejections: [PendingRejection] = []
  var diagnostics: [Diagnostic] = []
  /// Each unit's column positions, to locate diagnostics found after decoding.
  var columnIndices: [Int: [Int?]] = [:]
  /// The unit of the last row consumed, and the library id it read (`FieldReader.previousID`).
  private var lastUnitIndex: Int?
  private var lastLibraryID: LibraryID?

  func consume(
    _ row: RawRow, unit: SourceUnit, unitIndex: Int, header: HeaderMap, style: NumberStyle,
    extraReasons: [Diagnostic], submission: SubmissionCheck?, printReasons: Bool
  ) {
    if unitIndex != lastUnitIndex {
      if columnIndices[unitIndex] == nil { columnIndices[unitIndex] = header.indices }
      lastUnitIndex = unitIndex
      lastLibraryID = nil
    }
    var fields = FieldReader(
      row: row, unit: unit, schema: Decoder.schema, header: header, style: style)
    fields.previousID = lastLibraryID
    let record = decoder.decode(&fields)
    if let id = fields.libraryID { lastLibraryID = id }
    let origin = RowOrigin(unit: unitIndex, line: row.line)
    var extraReasons = extraReasons
    if let submission, let record {
      extraReasons += submission.mismatches(
        libraryID: Decoder.libraryID(of: record), month: Decoder.month(of: record), row: row,
        unit: unit, header: header, schema: Decoder.schema)
    }
    if let record, extraReasons.isEmpty {
      records.append(record)
      origins.append(origin)
      return
    }
    let reasons = (extraReasons + fields.reasons).sorted { ($0.column ?? 0) < ($1.column ?? 0) }
    if printReasons { diagnostics.append(contentsOf: reasons) }
    rejections.append(
      PendingRejection(
        origin: origin, libraryID: fields.libraryID, cells: row.displayCells, reasons: reasons))
  }

  func checkpoint() -> TableCheckpoint {
    TableCheckpoint(
      candidates: records.count, rejections: rejections.count, diagnostics: diagnostics.count)
  }

  func absorb(_ other: any TableLoading, asUnit unitIndex: Int) {
    guard let other = other as? TableLoader<Decoder> else {
      preconditionFailure("a unit's rows join the loader of their own table")
    }
    var origins = other.origins
    for index in origins.indices { origins[index].unit = unitIndex }
    var rejections = other.rejections
    for index in rejections.indices { rejections[index].origin.unit = unitIndex }
    if let indices = other.columnIndices.values.first { columnIndices[unitIndex] = indices }
    // A table read from one file, as large tables usually are, takes the rows as they are.
    if records.isEmpty {
      records = other.records
      self.origins = origins
    } else {
      records.append(contentsOf: other.records)
      self.origins.append(contentsOf: origins)
    }
    self.rejections.append(contentsOf: rejections)
    diagnostics.append(contentsOf: other.diagnostics)
  }

  func rollback(to checkpoint: TableCheckpoint) {
    records.removeSubrange(checkpoint.candidates...)
    origins.removeSubrange(checkpoint.candidates...)
    rejections.removeSubrange(checkpoint.rejections...)
    diagnostics.removeSubrange(checkpoint.diagnostics...)
  }
}
