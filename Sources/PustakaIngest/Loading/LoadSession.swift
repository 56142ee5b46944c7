import Foundation
import PustakaCore

/// The state of one load: the units read so far and one accumulator per table.
final class LoadSession {
  let libraries = TableLoader<LibrariesDecoder>()
  let budget = TableLoader<BudgetDecoder>()
  let collection = TableLoader<CollectionDecoder>()
  let attendance = TableLoader<AttendanceDecoder>()
  let activities = TableLoader<ActivitiesDecoder>()
  let operations = TableLoader<OperationsDecoder>()

  /// Every unit read or tried, in reading order.
  var units: [SourceUnit] = []
  /// For each unit, the non-blank rows after its header; `nil` when it could not be read.
  var rowsRead: [Int?] = []
  /// Problems with whole files (unreadable, empty, no header).
  var fileDiagnostics: [Diagnostic] = []
  /// Files not read on purpose.
  var skipped: [SkippedFile] = []
  /// The data-entry templates among the workbooks read, by relative path.
  var submissions: [String: SubmissionIdentity] = [:]
  /// The order of files, for sorting diagnostics.
  var fileRank: [String: Int] = [:]

  /// The accumulator of `table`.
  func loader(for table: TableName) -> any TableLoading {
    switch table {
    case .libraries: return libraries
    case .budget: return budget
    case .collection: return collection
    case .attendance: return attendance
    case .activities: return activities
    case .operations: return operations
    }
  }

  /// All accumulators, in the contract's table order.
  var loaders: [any TableLoading] {
    [libraries, budget, collection, attendance, activities, operations]
  }

  /// Adds a file parsed by `parseCSV` to the session, as the next unit in reading order.
  func take(_ parsed: ParsedCSVFile) {
    let index = units.count
    units.append(parsed.unit)
    switch parsed.outcome {
    case .read(let rows, let count):
      loader(for: parsed.unit.table).absorb(rows, asUnit: index)
      rowsRead.append(count)
    case .failed(let diagnostic):
      rowsRead.append(nil)
      fileDiagnostics.append(diagnostic)
    }
  }

  /// Reads one CSV or TSV file for `table` into a loader of its own, touching nothing shared:
  /// files are parsed on several threads, then taken in reading order (`take(_:)`).
  ///
  /// Row origins name unit 0 until the file is taken and gets its place in the unit list.
  ///
  /// - Parameter bytes: The file's size, to reserve room for its rows at once rather than
  ///   copying them each time the buffer doubles; 0 when unknown.
  static func parseCSV(
    _ file: DataFolderScanner.Found, table: TableName, isTabDelimited: Bool, bytes: Int = 0
  ) -> ParsedCSVFile {
    // Rows of the contract's tables are seldom shorter than 16 bytes with their line end
    // ("L1,2026-10-01,0\n"); a file of shorter rows only grows its buffers as they fill.
    let rows = bytes / 16
    return switch table {
    case .libraries: parseCSV(file, into: TableLoader<LibrariesDecoder>(), rows, isTabDelimited)
    case .budget: parseCSV(file, into: TableLoader<BudgetDecoder>(), rows, isTabDelimited)
    case .collection:
      parseCSV(file, into: TableLoader<CollectionDecoder>(), rows, isTabDelimited)
    case .attendance:
      parseCSV(file, into: TableLoader<AttendanceDecoder>(), rows, isTabDelimited)
    case .activities:
      parseCSV(file, into: TableLoader<ActivitiesDecoder>(), rows, isTabDelimited)
    case .operations:
      parseCSV(file, into: TableLoader<OperationsDecoder>(), rows, isTabDelimited)
    }
  }

  /// `parseCSV(_:table:isTabDelimited:)` with the table's loader type known, so that the
  /// per-row code is specialised for its decoder.
  private static func parseCSV<Decoder: RowDecoder>(
    _ file: DataFolderScanner.Found, into loader: TableLoader<Decoder>, _ rows: Int,
    _ isTabDelimited: Bool
  ) -> ParsedCSVFile {
    loader.records.reserveCapacity(rows)
    loader.origins.reserveCapacity(rows)
    let unit = SourceUnit(
      file: file.relativePath, sheet: nil, table: Decoder.schema.table,
      origin: .csv(file.file, isTabDelimited: isTabDelimited))
    var reader = UnitReader(unit: unit, unitIndex: 0, loader: loader)
    let csv = CSVReader(file: file.file, isTabDelimited: isTabDelimited)
    do {
      try csv.forEachRecord { row, delimiter in
        reader.consume(row, style: delimiter.numberStyle)
      }
    } catch let failure as CSVReader.Failure {
      return ParsedCSVFile(unit: unit, outcome: .failed(diagnostic(failure, unit: unit)))
    } catch {
      return ParsedCSVFile(
        unit: unit,
        outcome: .failed(
          unit.diagnostic(.error, "file.unreadable", message: "cannot be read: \(error)")))
    }
    guard reader.header != nil else {
      return ParsedCSVFile(
        unit: unit,
        outcome: .failed(
          unit.diagnostic(
            .error, "file.noHeader",
            message: "the file has only blank lines; expected a header line")))
    }
    return ParsedCSVFile(unit: unit, outcome: .read(loader, rowsRead: reader.rowsRead))
  }

  /// How to turn a file into what the contract reads, for the not-UTF-8 messages.
  static let saveAsUTF8 = "in Excel use File > Save As > CSV UTF-8"

  static func diagnostic(_ failure: CSVReader.Failure, unit: SourceUnit) -> Diagnostic {
    switch failure {
    case .unreadable(let reason):
      return unit.diagnostic(.error, "file.unreadable", message: "cannot be read: \(reason)")
    case .empty:
      return unit.diagnostic(.error, "file.empty", message: "the file is empty (0 bytes)")
    case .utf16:
      return unit.diagnostic(
        .error, "file.notUTF8",
        message: "'\(unit.file)' is UTF-16 text, not UTF-8; \(Self.saveAsUTF8)")
    case .notUTF8(let line, let column):
      return unit.diagnostic(
        .error, "file.notUTF8", line: line,
        message: "'\(unit.file)' is not UTF-8 text (first bad byte at line \(line), column "
          + "\(column)); \(Self.saveAsUTF8)")
    case .binary(let line):
      return unit.diagnostic(
        .error, "file.binary", line: line,
        message: "the file is binary (it holds NUL bytes), not CSV text")
    }
  }
}

/// One CSV or TSV file as `LoadSession.parseCSV` read it, before it joins the session.
struct ParsedCSVFile: @unchecked Sendable {
  /// What a parse came to.
  enum Outcome {
    /// The file's rows in a loader of their own, and the non-blank rows after its header.
    case read(any TableLoading, rowsRead: Int)
    /// The file could not be read: no rows, one diagnostic.
    case failed(Diagnostic)
  }

  /// The file as a unit.
  var unit: SourceUnit
  /// Its rows, or why there are none.
  var outcome: Outcome
}
