import Foundation

/// `manifest.json`: what one regency's reports were made from and what was written.
///
/// Everything in it is the same for the same inputs and options except `timings`, the
/// seconds each stage took.
struct RunManifest: Codable, Sendable {
  /// The tool and its version.
  var tool: Tool
  /// The regency's name.
  var regency: String
  /// The reported period and the previous one compared.
  var period: String
  /// The previous period of the same length.
  var previousPeriod: String
  /// The options that shape the output.
  var options: Options
  /// The rubric used.
  var rubric: Rubric
  /// Every input file (or workbook sheet) read, in reading order.
  var inputs: [Input]
  /// Files skipped on purpose, with the reason.
  var skippedFiles: [Skipped]
  /// Files that could not be read.
  var unreadableFiles: [String]
  /// Counts of libraries, rows and files.
  var counts: Counts
  /// Data warnings, compiler-style.
  var warnings: [String]
  /// Every file written for the regency, relative to its period folder, with checksums.
  var outputs: [Output]
  /// Seconds per stage: `load`, `score`, `write` (the only values that vary between reruns).
  var timings: [String: Double]

  /// The tool.
  struct Tool: Codable, Sendable {
    /// `pustaka`.
    var name: String
    /// Its version.
    var version: String
  }

  /// The options that shape the output.
  struct Options: Codable, Sendable {
    /// `id` or `en`.
    var language: String
    /// The office named as author.
    var office: String
    /// Whether report cards were written.
    var libraryCards: Bool
    /// The award list's basis: `12m` or `period`.
    var awardBasis: String
    /// Whether `--strict` was given.
    var strict: Bool
    /// The shard, `I/N`.
    var shard: String
  }

  /// The rubric used.
  struct Rubric: Codable, Sendable {
    /// `built-in` or the file's path.
    var source: String
    /// SHA-256 of the rubric as YAML.
    var sha256: String
  }

  /// One input file or sheet.
  struct Input: Codable, Sendable {
    /// Path relative to the data folder.
    var path: String
    /// The sheet, for workbooks.
    var sheet: String?
    /// The table.
    var table: String
    /// SHA-256 of the file; `null` when it could not be read again to hash it.
    var sha256: String?
    /// Rows read.
    var rowsRead: Int
    /// Rows rejected.
    var rejected: Int
  }

  /// A skipped file.
  struct Skipped: Codable, Sendable {
    /// Path relative to the data folder.
    var path: String
    /// Why it was skipped.
    var reason: String
  }

  /// Counts.
  struct Counts: Codable, Sendable {
    /// Libraries of the regency.
    var libraries: Int
    /// Of which reported in the period.
    var reporting: Int
    /// Rows read from all inputs.
    var rowsRead: Int
    /// Rows accepted.
    var rowsAccepted: Int
    /// Rows rejected (`rowsRead = rowsAccepted + rowsRejected`).
    var rowsRejected: Int
    /// Data warnings.
    var warnings: Int
    /// Workbooks written for the regency.
    var workbooks: Int
  }

  /// One file written.
  struct Output: Codable, Sendable {
    /// Path relative to the period folder, with `/`.
    var path: String
    /// SHA-256 of the file.
    var sha256: String
    /// Size in bytes.
    var bytes: Int
  }

  /// The manifest as pretty, key-sorted JSON.
  func json() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }
}
