import Foundation
import PustakaCore

/// Everything a run hands the report writer: the engine's results and what the run knows
/// about its inputs.
///
/// The report writer lays out; it never reads input files or computes statistics.
package struct ReportInput: Sendable {
  /// The engine's results for the reported period, for every regency in the data.
  package var report: PeriodReport
  /// The engine's results for the previous period of the same length, when the data has it.
  package var previous: PeriodReport?
  /// What the run read: files, checksums, counts and problems.
  package var quality: DataQualityInput
  /// The tool's version and the rubric's source and checksum, for the method sheet.
  package var provenance: Provenance

  /// Creates an input.
  package init(
    report: PeriodReport, previous: PeriodReport?, quality: DataQualityInput,
    provenance: Provenance
  ) {
    self.report = report
    self.previous = previous
    self.quality = quality
    self.provenance = provenance
  }
}

/// What the run read and what was wrong with it.
package struct DataQualityInput: Sendable {
  /// Every file (or workbook sheet) read, in reading order.
  package var files: [InputFileSummary]
  /// Warnings and errors about the data, compiler-style, in reading order.
  package var diagnostics: [Diagnostic]
  /// Files skipped on purpose (earlier reports, lock files), relative paths.
  package var skippedFiles: [String]
  /// Files that could not be read at all, relative paths.
  package var unreadableFiles: [String]

  /// Creates a summary.
  package init(
    files: [InputFileSummary] = [], diagnostics: [Diagnostic] = [], skippedFiles: [String] = [],
    unreadableFiles: [String] = []
  ) {
    self.files = files
    self.diagnostics = diagnostics
    self.skippedFiles = skippedFiles
    self.unreadableFiles = unreadableFiles
  }
}

/// Where the numbers came from: tool version and rubric.
package struct Provenance: Hashable, Sendable {
  /// The tool's version, such as `0.1.0`.
  package var toolVersion: String
  /// The rubric's source: `built-in` or the file's path.
  package var rubricSource: String
  /// The SHA-256 of the rubric as YAML.
  package var rubricSHA256: String

  /// Creates provenance.
  package init(toolVersion: String, rubricSource: String, rubricSHA256: String) {
    self.toolVersion = toolVersion
    self.rubricSource = rubricSource
    self.rubricSHA256 = rubricSHA256
  }
}

/// The run's options that change how workbooks look.
package struct ReportOptions: Hashable, Sendable {
  /// The language of sheet names, headers and labels.
  package var language: ReportLanguage
  /// The author written into the document properties (`--office`).
  package var office: String
  /// The creation time written into every workbook: the end of the reported period.
  package var created: Date
  /// The KPI the award list is drawn on (`--award-basis`).
  package var awardBasis: AwardBasis

  /// Creates options.
  package init(
    language: ReportLanguage = .indonesian, office: String, created: Date,
    awardBasis: AwardBasis = .twelveMonths
  ) {
    self.language = language
    self.office = office
    self.created = created
    self.awardBasis = awardBasis
  }
}
