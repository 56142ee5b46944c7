import PustakaCore

/// The period a command reports: the one given with `--period`, or the data's default period
/// (`DefaultPeriod`), refused when no library has attendance in it.
struct PeriodSelection: Sendable {
  /// The period reported.
  var period: Period
  /// Why this period was chosen, when it was not given.
  var explanation: String?

  /// Chooses the period for `scorer`'s data.
  ///
  /// - Parameters:
  ///   - given: The period from the command line, if any.
  ///   - scorer: The scored data set.
  ///   - dataPath: The data path as typed, for messages.
  /// - Throws: `CommandFailure.noAttendance` when the data has no attendance at all,
  ///   `CommandFailure.noAttendanceInPeriod` when the period has none (a run would write empty
  ///   reports and a card per library saying it did not report).
  init(given: Period?, scorer: KPIScorer, dataPath: String) throws(CommandFailure) {
    guard let fallback = scorer.defaultPeriod else {
      throw .noAttendance(dataPath: dataPath)
    }
    guard let given else {
      period = fallback.period
      explanation = fallback.explanation
      return
    }
    guard scorer.index.hasAttendance(in: given) else {
      throw .noAttendanceInPeriod(period: given.description, latest: fallback.month.description)
    }
    period = given
    explanation = nil
  }
}
