import Foundation
import PustakaCore
import XLSXWriter

/// One output file being written under a hidden temporary name, moved into place by `commit()`.
final class TableFile {
  /// The table the file holds.
  let table: TableName
  /// Where the finished file goes.
  let destination: URL
  private let temporary: URL
  private let handle: FileHandle
  private var isOpen = true

  /// Creates the temporary file for `name` in `folder`.
  ///
  /// - Throws: `CommandFailure.fileUnwritable` when the file cannot be created.
  init(folder: URL, name: String, table: TableName) throws(CommandFailure) {
    self.table = table
    destination = folder.appendingPathComponent(name)
    temporary = folder.appendingPathComponent(".\(name).partial")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary.path)
    else {
      throw .fileUnwritable(path: destination.path, reason: "the file cannot be created")
    }
    self.handle = handle
  }

  /// Appends `bytes` to the file.
  ///
  /// - Throws: `CommandFailure.fileUnwritable` when writing fails (a full disk).
  func write(_ bytes: [UInt8]) throws(CommandFailure) {
    guard !bytes.isEmpty else { return }
    do {
      try handle.write(contentsOf: bytes)
    } catch {
      throw .fileUnwritable(path: destination.path, reason: error.localizedDescription)
    }
  }

  /// Closes the file and moves it to its destination, replacing an older file there.
  ///
  /// - Throws: `CommandFailure.fileUnwritable` when closing or moving fails.
  func commit() throws(CommandFailure) {
    do {
      try handle.synchronize()
      try handle.close()
      isOpen = false
    } catch {
      throw .fileUnwritable(path: destination.path, reason: error.localizedDescription)
    }
    if let failure = SafeFile.moveIntoPlace(temporary.path, destination.path) {
      throw .fileUnwritable(path: destination.path, reason: String(cString: strerror(failure)))
    }
  }

  /// Closes and deletes the temporary file, when it was not committed.
  func discard() {
    if isOpen { try? handle.close() }
    isOpen = false
    try? FileManager.default.removeItem(at: temporary)
  }
}
