/// Why an xlsx file could not be read.
///
/// Every case names the file as the caller gave it, and the part inside the zip archive when
/// one is at fault, so the message can be shown to the person who sent the file.
package enum XLSXReaderError: Error, CustomStringConvertible, Equatable {
  /// The file could not be opened or read from disk.
  case unreadable(path: String, reason: String)

  /// The file is not a zip archive (or is cut short), so it cannot be an xlsx workbook.
  case notZipArchive(file: String)

  /// The archive holds more entries than the limit allows; refused before anything is inflated.
  case tooManyEntries(file: String, limit: Int)

  /// The archive unpacks to more bytes than the limit, by its declared sizes or while inflating.
  case tooLarge(file: String, limit: Int)

  /// A part that a workbook cannot be read without is absent from the archive.
  case missingPart(file: String, part: String)

  /// A zip entry exists but its compressed data cannot be inflated.
  case damagedEntry(file: String, part: String)

  /// A part is not well-formed XML; `line` is the parser's line when it reported one.
  case malformedXML(file: String, part: String, line: Int?)

  /// A part declares a DTD or an entity, which xlsx files never use (entity expansion and
  /// external entity attacks start that way).
  case documentTypeDeclaration(file: String, part: String)

  /// A part is well-formed XML but holds a value the reader cannot interpret.
  case invalidContent(file: String, part: String, detail: String)

  package var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "'\(path)' cannot be read: \(reason)"
    case .notZipArchive(let file):
      return "'\(file)' is not an xlsx file (not a zip archive); save it again from Excel as .xlsx"
    case .tooManyEntries(let file, let limit):
      return
        "'\(file)' is refused: it holds more than \(limit) zip entries, more than a workbook needs"
    case .tooLarge(let file, let limit):
      return "'\(file)' is refused: it unpacks to more than \(Self.describeBytes(limit)); "
        + "split it into smaller workbooks"
    case .missingPart(let file, let part):
      return "'\(file)' is not a complete xlsx workbook: part '\(part)' is missing; "
        + "save it again from Excel as .xlsx"
    case .damagedEntry(let file, let part):
      return "'\(file)' is damaged: part '\(part)' cannot be unpacked; "
        + "save it again from Excel as .xlsx"
    case .malformedXML(let file, let part, let line):
      let at = line.map { " (line \($0))" } ?? ""
      return "'\(file)' is damaged: part '\(part)' is not well-formed XML\(at)"
    case .documentTypeDeclaration(let file, let part):
      return "'\(file)' is refused: part '\(part)' declares a DTD or entity, "
        + "which xlsx files never use"
    case .invalidContent(let file, let part, let detail):
      return "'\(file)' is damaged: part '\(part)': \(detail)"
    }
  }

  /// Renders a byte count as whole mebibytes ("200 MB") when it is one, else as bytes.
  private static func describeBytes(_ count: Int) -> String {
    let mebibyte = 1_048_576
    if count >= mebibyte, count % mebibyte == 0 {
      return "\(count / mebibyte) MB"
    }
    return "\(count) bytes"
  }
}
