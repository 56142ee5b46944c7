import Foundation

/// Why a workbook could not be written.
///
/// Every case names what was being written, so the message alone tells the user where to look.
package enum XLSXError: Error, CustomStringConvertible, Equatable {
  /// libxlsxwriter refused an operation; `message` is its own explanation (`lxw_strerror`).
  case library(operation: String, message: String)
  /// A sheet name breaks Excel's rules.
  case invalidSheetName(name: String, reason: String)
  /// Two sheets share a name (Excel compares names ignoring case).
  case duplicateSheetName(name: String)
  /// A cell lies outside Excel's 1,048,576 rows x 16,384 columns.
  case cellOutOfRange(sheet: String, row: Int, column: Int)
  /// A text is longer than the 32,767 characters an Excel cell holds.
  case stringTooLong(sheet: String, cell: String, length: Int)
  /// A number is infinite or not a number, which Excel cannot store.
  case nonFiniteNumber(sheet: String, cell: String)
  /// A table, defined name or chart refers to something invalid.
  case invalidReference(sheet: String, what: String, reason: String)
  /// A feature cannot be combined with constant-memory mode.
  case unsupportedInConstantMemory(sheet: String, feature: String)
  /// The C library's numeric locale could not be set to "C" for writing numbers.
  case numericLocaleUnavailable
  /// The workbook file could not be created in its folder.
  case cannotCreateFile(path: String, reason: String)
  /// The finished workbook could not be moved to its final name.
  case cannotReplaceFile(path: String, reason: String)
  /// The folder for libxlsxwriter's temporary files failed a test write with `errorNumber`
  /// (`errno`), after saving failed or the file came out incomplete.
  case temporaryFolderFailed(path: String, errorNumber: Int32)
  /// The saved workbook is not a complete package (`problem` says which part is wrong), and
  /// the temporary folder shows no fault.
  case incompleteWorkbook(path: String, problem: String)
  /// Saving failed because the destination folder cannot take the file (`errorNumber` is the
  /// `errno` of a probe write there), where libxlsxwriter itself says only "Zip generic
  /// error ZIP_ERRNO".
  case destinationFolderFailed(path: String, errorNumber: Int32)

  package var description: String {
    switch self {
    case .library(let operation, let message):
      return "\(operation) failed: \(message)"
    case .invalidSheetName(let name, let reason):
      return "sheet name '\(name)' is not allowed: \(reason)"
    case .duplicateSheetName(let name):
      return "sheet name '\(name)' is used twice in one workbook"
    case .cellOutOfRange(let sheet, let row, let column):
      return
        "sheet '\(sheet)': cell at row \(row + 1), column \(column + 1) is outside Excel's "
        + "1,048,576 rows and 16,384 columns"
    case .stringTooLong(let sheet, let cell, let length):
      return
        "sheet '\(sheet)' cell \(cell): text of \(length) characters is longer than the 32,767 "
        + "an Excel cell holds"
    case .nonFiniteNumber(let sheet, let cell):
      return "sheet '\(sheet)' cell \(cell): a number must be finite to be stored in Excel"
    case .invalidReference(let sheet, let what, let reason):
      return "sheet '\(sheet)': \(what) \(reason)"
    case .unsupportedInConstantMemory(let sheet, let feature):
      return "sheet '\(sheet)': \(feature) cannot be written in constant-memory mode"
    case .numericLocaleUnavailable:
      return
        "the C library cannot switch to the \"C\" numeric locale, so numbers could be written "
        + "with decimal commas; check the system's locale installation"
    case .cannotCreateFile(let path, let reason):
      return
        "cannot create '\(path)': \(reason); check that the folder exists and is writable"
    case .cannotReplaceFile(let path, let reason):
      return
        "cannot replace '\(path)': \(reason); if it is open in another program, close it and "
        + "run again"
    case .temporaryFolderFailed(let path, let errorNumber):
      return Self.describeTemporaryFolder(path, errorNumber)
    case .incompleteWorkbook(let path, let problem):
      return
        "'\(path)' came out incomplete (\(problem)), so it was not kept; run again, and if it "
        + "happens again, check the disk and the temporary folder"
    case .destinationFolderFailed(let path, let errorNumber):
      let reason = String(cString: strerror(errorNumber)).lowercased()
      let advice =
        errorNumber == ENOSPC || errorNumber == EDQUOT
        ? "free space there or write elsewhere" : "make it writable or write elsewhere"
      return "\(reason) in the folder '\(path)': \(advice)"
    }
  }

  /// The operating system's reason in words, and what to do about it.
  private static func describeTemporaryFolder(_ path: String, _ errorNumber: Int32) -> String {
    let folder = "in the temporary folder '\(path)'"
    switch errorNumber {
    case ENOSPC:
      return "no space left on device \(folder): free space or point TMPDIR elsewhere"
    case EDQUOT:
      return "disk quota exceeded \(folder): free space or point TMPDIR elsewhere"
    case EACCES, EPERM:
      return "permission denied \(folder): make it writable or point TMPDIR elsewhere"
    case EROFS:
      return "read-only file system \(folder): point TMPDIR at a writable folder"
    case ENOENT, ENOTDIR:
      return
        "the temporary folder '\(path)' does not exist: create it or point TMPDIR elsewhere"
    default:
      let reason = String(cString: strerror(errorNumber)).lowercased()
      return "\(reason) \(folder): point TMPDIR elsewhere"
    }
  }
}
