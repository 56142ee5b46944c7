import ArgumentParser

/// The exit statuses of `pustaka`, decided in one place (the sysexits convention).
enum ExitStatus: Int32 {
  /// Everything went well.
  case ok = 0
  /// The command line was wrong (`EX_USAGE`).
  case usage = 64
  /// The input data had errors, with `--strict` (`EX_DATAERR`).
  case dataError = 65
  /// An input file or folder is missing (`EX_NOINPUT`).
  case inputMissing = 66
  /// An output file or folder cannot be created (`EX_CANTCREAT`).
  case cannotCreateOutput = 73
  /// Another run holds the lock; try again later (`EX_TEMPFAIL`).
  case temporaryFailure = 75
  /// The configuration (rubric) is wrong (`EX_CONFIG`).
  case configuration = 78

  /// The status as ArgumentParser's exit code.
  var exitCode: ExitCode { ExitCode(rawValue) }
}
