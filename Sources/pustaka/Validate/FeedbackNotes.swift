import Foundation
import PustakaCore
import PustakaIngest
import PustakaReports

/// `validate --feedback DIR`: one note per file with problems, to send back to its library.
///
/// A note is written in the language its template states (`pustaka_language`), else in the
/// office's `--lang`. A file that has no problem any more has its earlier note removed, so the
/// folder never holds a note on a file that was corrected since.
struct FeedbackNotes {
  /// The loaded data set.
  let result: IngestResult
  /// The folder as typed.
  let folderPath: String
  /// The language of notes on files that state none.
  let language: ReportLanguage

  /// Writes the notes and prints how many, to standard error (standard output holds the report).
  ///
  /// - Throws: `CommandFailure.folderUncreatable` or `.fileUnwritable`.
  func write() throws(CommandFailure) {
    let folder = URL(fileURLWithPath: folderPath, isDirectory: true)
    let written: Int
    do throws(CommandFailure) {
      written = try writeNotes(into: folder)
    } catch {
      throw error.naming(output: OutputPathDisplay(folder: folder, typed: folderPath))
    }
    let noun = written == 1 ? "note" : "notes"
    StandardError.write("wrote \(written) feedback \(noun) to '\(folderPath)'\n")
  }

  /// Writes the notes into `folder` and returns how many.
  private func writeNotes(into folder: URL) throws(CommandFailure) -> Int {
    try OutputFiles.createFolder(folder)
    let problemsByFile = Dictionary(grouping: result.diagnostics, by: \.file)
    var written = 0
    for file in files {
      let url = folder.appendingPathComponent(FeedbackLetter.fileName(for: file))
      guard let problems = problemsByFile[file] else {
        removeStaleNote(at: url)
        continue
      }
      do {
        try Data(letter(for: file, problems: problems).text.utf8).write(to: url, options: .atomic)
      } catch {
        throw .fileUnwritable(path: url.path, reason: error.localizedDescription)
      }
      written += 1
    }
    return written
  }

  /// Every file read or tried, each once, in reading order.
  private var files: [String] {
    var seen = Set<String>()
    let paths = result.inputs.map(\.path) + result.diagnostics.map(\.file)
    return paths.filter { seen.insert($0).inserted }
  }

  private func letter(for file: String, problems: [Diagnostic]) -> FeedbackLetter {
    let identity = result.submissions[file]
    let stated = identity?.language.flatMap(ReportLanguage.init(rawValue:))
    let library = identity?.libraryID.flatMap { result.dataSet.library($0) }
    return FeedbackLetter(
      file: file, problems: problems, identity: identity, library: library,
      language: stated ?? language)
  }

  private func removeStaleNote(at url: URL) {
    guard FileManager.default.fileExists(atPath: url.path) else { return }
    do {
      try FileManager.default.removeItem(at: url)
    } catch {
      StandardError.write(
        "pustaka: warning: cannot remove the earlier note '\(url.lastPathComponent)': "
          + "\(error.localizedDescription)\n")
    }
  }
}
