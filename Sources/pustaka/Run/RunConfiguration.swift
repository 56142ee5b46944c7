import Foundation
import PustakaCore
import PustakaReports

/// The resolved settings of one `pustaka run`.
struct RunConfiguration: Sendable {
  /// The data folder (or workbook) as given.
  var dataPath: String
  /// The period, or `nil` for the latest month with attendance data.
  var period: Period?
  /// The output folder as given.
  var outputPath: String
  /// The rubric file, or `nil` for the built-in rubric.
  var rubricPath: String?
  /// The workbooks' language.
  var language: ReportLanguage
  /// The office named as author.
  var office: String
  /// The KPI the award list is drawn on.
  var awardBasis: AwardBasis
  /// Whether to write a report card per library.
  var libraryCards: Bool
  /// Workbooks written at once.
  var jobs: Int
  /// Whether warnings and rejected rows fail the run.
  var strict: Bool
  /// How much is printed.
  var verbosity: ProgressReporter.Verbosity
  /// The part of the regencies this run handles.
  var shard: Shard

  /// The data path as a file URL.
  var dataURL: URL { URL(fileURLWithPath: dataPath) }
  /// The output folder as a file URL.
  var outputURL: URL { URL(fileURLWithPath: outputPath, isDirectory: true) }
  /// Paths under the output folder as the user knows them, under `--out` as typed.
  var outputDisplay: OutputPathDisplay { OutputPathDisplay(folder: outputURL, typed: outputPath) }
}
