import ArgumentParser
import PustakaIngest

/// The process exit status, decided here only (sysexits, as cron and systemd users know them).
enum ExitStatus: Int32, Sendable {
  /// Everything was read and used (warnings allowed unless `--strict`).
  case ok = 0
  /// The command line was wrong.
  case usage = 64
  /// Rows were rejected, or warnings were found under `--strict`.
  case dataError = 65
  /// An input is missing: the data folder, the `libraries` table, or a file unreadable.
  case inputMissing = 66
  /// An output file or folder cannot be created.
  case cannotCreateOutput = 73
  /// Another run holds the lock; try again later.
  case temporary = 75
  /// The configuration (rubric) is wrong.
  case configuration = 78

  /// The status of `pustaka validate` for a load.
  ///
  /// 66 when a file could not be read or no `libraries` table was found; 65 when a row was
  /// rejected for an error, or under `strict` when there is any warning or rejected row; else 0.
  static func validation(_ result: IngestResult, strict: Bool) -> ExitStatus {
    if !result.unreadableFiles.isEmpty || !result.hasLibrariesTable { return .inputMissing }
    if result.rejectedRows.contains(where: \.isError) { return .dataError }
    if strict, result.warningCount > 0 || !result.rejectedRows.isEmpty { return .dataError }
    return .ok
  }

  /// The status as ArgumentParser's exit code.
  var exitCode: ExitCode { ExitCode(rawValue) }
}

extension ExitStatus {
  /// The status of a command that stopped with `failure`.
  init(_ failure: CommandFailure) {
    switch failure {
    case .dataUnreadable, .noLibrariesTable, .strictUnreadable, .rubric(.unreadable):
      self = .inputMissing
    case .rubric(.malformed): self = .configuration
    case .strictDataProblems, .noAttendance, .noAttendanceInPeriod: self = .dataError
    case .outputUnwritable, .folderUncreatable, .fileUnwritable: self = .cannotCreateOutput
    case .locked: self = .temporary
    }
  }

  /// Runs the pipeline of a command and ends the command the same way for every command: a
  /// failure printed by `StandardError` and turned into its status, any other status than
  /// 0 thrown as ArgumentParser's exit code.
  ///
  /// - Parameter pipeline: The command's work; it returns the status of a completed run
  ///   (`validate` completes with 65 or 66 when its report says so).
  /// - Throws: The `ExitCode` of a status other than 0.
  static func end(_ pipeline: () throws(CommandFailure) -> ExitStatus) throws(ExitCode) {
    let status: ExitStatus
    do throws(CommandFailure) {
      status = try pipeline()
    } catch {
      StandardError.print(error)
      status = ExitStatus(error)
    }
    if status != .ok { throw status.exitCode }
  }
}
