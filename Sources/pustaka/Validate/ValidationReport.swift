import Foundation
import PustakaCore
import PustakaIngest

/// The report of `pustaka validate`, as text for people or JSON for programs.
struct ValidationReport {
  /// What loading produced.
  let result: IngestResult
  /// The data path as given on the command line, prefixed to every file name.
  let dataPath: String
  /// Whether `--strict` was given.
  let strict: Bool
  /// The exit status the run ends with.
  let status: ExitStatus

  /// The path of `file` (relative to the data folder) as the user gave the folder.
  func displayPath(_ file: String) -> String {
    DataPathDisplay.path(of: file, dataPath: dataPath)
  }

  /// `diagnostic` printed compiler-style with its file as the user knows it.
  func formatted(_ diagnostic: Diagnostic) -> String {
    DataPathDisplay.formatted(diagnostic, dataPath: dataPath)
  }

  /// The message printed when no file or sheet provided the `libraries` table.
  var missingLibrariesMessage: String {
    StandardError.line(DataPathDisplay.missingLibraries(result, dataPath: dataPath))
  }

  // MARK: - Text

  /// The text report: a summary table, skipped files, diagnostics grouped by file, totals.
  func text() -> String {
    var lines: [String] = ["Data: \(dataPath)", ""]
    let header = ["table", "files", "rows read", "accepted", "rejected", "warnings"]
    var rows = result.tables.map { summary in
      [
        summary.table.rawValue, String(summary.files), String(summary.rowsRead),
        String(summary.accepted), String(summary.rejected), String(summary.warnings),
      ]
    }
    func total(_ value: (TableSummary) -> Int) -> String {
      String(result.tables.reduce(0) { $0 + value($1) })
    }
    rows.append([
      "total", total(\.files), total(\.rowsRead), total(\.accepted), total(\.rejected),
      total(\.warnings),
    ])
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    for row in [header] + rows {
      let cells = row.indices.map { column in
        column == 0
          ? row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0)
          : String(repeating: " ", count: widths[column] - row[column].count) + row[column]
      }
      lines.append(cells.joined(separator: "  "))
    }
    if !result.skippedFiles.isEmpty {
      lines.append("")
      lines.append("Skipped:")
      for skipped in result.skippedFiles {
        lines.append("  \(displayPath(skipped.file)): \(skipped.reason)")
      }
    }
    var currentFile: String?
    for diagnostic in result.diagnostics {
      if diagnostic.file != currentFile {
        currentFile = diagnostic.file
        lines.append("")
        lines.append(displayPath(diagnostic.file))
      }
      lines.append("  " + formatted(diagnostic))
    }
    if !result.hasLibrariesTable {
      lines.append("")
      lines.append(missingLibrariesMessage)
    }
    lines.append("")
    lines.append(totalsLine)
    return lines.joined(separator: "\n") + "\n"
  }

  private var totalsLine: String {
    func count(_ value: Int, _ noun: String) -> String {
      "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
    let rejected = result.rejectedRows.count
    return "\(count(result.errorCount, "error")), \(count(result.warningCount, "warning")), "
      + "\(count(rejected, "row")) rejected; exit status \(status.rawValue)"
      + (strict ? " (--strict)" : "")
  }
}
