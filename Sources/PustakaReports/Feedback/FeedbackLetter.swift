import PustakaCore
import XLSXWriter

/// A short note to a library manager on one returned file: what to correct, where, and what
/// to type instead, in the manager's language, ready to send back as it is.
///
/// Each problem names the sheet, row, column letter and column header, as the manager sees
/// them in Excel. Problems that rejected a row come first ("to correct"), then warnings ("to
/// check"); a note lists at most `FeedbackLetter.maximumItems` problems and says how many more
/// there are.
package struct FeedbackLetter: Sendable {
  /// The most problems listed in one note.
  package static let maximumItems = 40

  /// The note's file name (`2026-11_L1-2026-11.txt`), from `fileName(for:)`.
  package let fileName: String
  /// The note.
  package let text: String

  /// The note on `file` (its path in the data folder), whose `problems` the loader reported.
  ///
  /// - Parameters:
  ///   - identity: The template identity the file states, if it is a template.
  ///   - library: The registered library it is for, when known.
  ///   - language: The manager's language: the template's, or the office's choice.
  package init(
    file: String, problems: [Diagnostic], identity: SubmissionIdentity?, library: VillageLibrary?,
    language: ReportLanguage
  ) {
    let id = language == .indonesian
    let monthName = identity.map { ReportLabels.of(language).monthInWords($0.month) }
    var lines: [String] = [
      id ? "Catatan pemeriksaan laporan perpustakaan" : "Check of the library's report",
      "",
      (id ? "Berkas: " : "File: ") + file,
    ]
    if let library {
      lines.append(
        (id ? "Perpustakaan: " : "Library: ") + "\(library.name) (\(library.id.rawValue)), "
          + (id ? "Desa " : "") + library.village + (id ? ", Kecamatan " : ", ") + library.district)
    }
    if let monthName { lines.append((id ? "Bulan: " : "Month: ") + monthName) }
    let errors = problems.filter { $0.severity == .error }
    let warnings = problems.filter { $0.severity == .warning }
    lines.append("")
    if !errors.isEmpty {
      lines.append(
        id
          ? "\(errors.count) hal perlu diperbaiki. Baris yang salah belum dihitung. Perbaiki di "
            + "berkas yang sama, simpan, lalu kirim lagi ke Dinas Perpustakaan."
          : "\(errors.count) things need correcting. Rows with a mistake are not counted yet. "
            + "Correct them in the same file, save it and send it to the library office again.")
    } else {
      lines.append(
        id
          ? "Semua baris sudah diterima. Mohon periksa \(warnings.count) hal berikut; perbaiki dan "
            + "kirim lagi bila memang salah."
          : "Every row was accepted. Please check the \(warnings.count) things below; correct "
            + "them and send the file again if they are wrong.")
    }
    var listed = 0
    for (heading, group) in [
      (id ? "Perlu diperbaiki:" : "To correct:", errors),
      (id ? "Perlu diperiksa:" : "To check:", warnings),
    ] where !group.isEmpty {
      lines.append("")
      lines.append(heading)
      for problem in group where listed < Self.maximumItems {
        listed += 1
        lines.append(
          "\(listed). " + Self.place(problem, language: language) + ": "
            + Self.sentence(problem, month: monthName, language: language))
      }
    }
    if problems.count > listed {
      let more = problems.count - listed
      lines.append("")
      lines.append(
        id
          ? "... dan \(more) hal lain seperti di atas. Periksa juga baris-baris berikutnya."
          : "... and \(more) more like those above. Check the following rows too.")
    }
    lines.append("")
    text = lines.joined(separator: "\n")
    fileName = Self.fileName(for: file)
  }

  /// The name of the note on `file`: its path with `/` as `_` and `.txt` in place of its
  /// extension, made safe, so no note can land outside the feedback folder.
  package static func fileName(for file: String) -> String {
    let stem = file.split(separator: ".").dropLast().joined(separator: ".")
    let name = (stem.isEmpty ? file : stem).replacingOccurrences(of: "/", with: "_")
    return SafeFileName.make(name, fallback: "feedback") + ".txt"
  }

  /// "Lembar kunjungan, baris 12, kolom C (Pengunjung)", or for a CSV file "baris 12".
  private static func place(_ problem: Diagnostic, language: ReportLanguage) -> String {
    let id = language == .indonesian
    var parts: [String] = []
    if let sheet = problem.sheet { parts.append((id ? "Lembar " : "Sheet ") + sheet) }
    if let line = problem.line { parts.append((id ? "baris " : "row ") + String(line)) }
    if let column = problem.column, column >= 1 {
      let letter = CellReference.columnName(column - 1)
      let header = header(of: problem, language: language).map { " (\($0))" } ?? ""
      parts.append((id ? "kolom " : "column ") + letter + header)
    }
    guard !parts.isEmpty else { return id ? "Berkas" : "File" }
    let text = parts.joined(separator: ", ")
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  private static func sentence(
    _ problem: Diagnostic, month: String?, language: ReportLanguage
  ) -> String {
    let value = Diagnostic.quote(problem.value ?? "")
    let column = header(of: problem, language: language) ?? problem.field ?? ""
    return FeedbackSentences.sentence(
      problem, value: value, column: column, month: month, language: language)
  }

  /// The header of the problem's column in the template's language.
  private static func header(of problem: Diagnostic, language: ReportLanguage) -> String? {
    guard let table = problem.table, let field = problem.field,
      let column = DataContract.table(table).column(field)
    else { return nil }
    return column.header.text(in: language)
  }
}
