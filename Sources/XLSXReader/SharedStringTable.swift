/// The shared strings of a workbook (`xl/sharedStrings.xml`), stored compactly.
///
/// All strings live end to end in one UTF-8 buffer with one end offset each, instead of one
/// `String` object per item: a sheet of a million rows can share a million strings, and a
/// `[String]` of them costs tens of bytes of headers and allocations per string. A cell's
/// `String` is made when the cell is read.
struct SharedStringTable: Sendable {
  private var bytes: [UInt8] = []
  private var ends: [UInt32] = []

  /// An empty table.
  init() {}

  /// A table of `strings`, in order.
  init(_ strings: [String]) {
    for string in strings {
      append(string.utf8)
    }
  }

  /// The number of strings.
  var count: Int { ends.count }

  /// Whether `index` names a string of the table.
  func contains(_ index: Int) -> Bool {
    index >= 0 && index < ends.count
  }

  /// The string at `index`, which must be in the table.
  subscript(index: Int) -> String {
    precondition(contains(index), "shared string index \(index) is checked by the caller")
    let start = index == 0 ? 0 : Int(ends[index - 1])
    return bytes.withUnsafeBufferPointer { buffer in
      String(
        decoding: UnsafeBufferPointer(rebasing: buffer[start..<Int(ends[index])]),
        as: UTF8.self)
    }
  }

  /// Adds a string given as UTF-8 bytes.
  mutating func append(_ utf8: some Collection<UInt8>) {
    bytes.append(contentsOf: utf8)
    precondition(bytes.count <= Int(UInt32.max), "parts are limited far below 4 GB")
    ends.append(UInt32(bytes.count))
  }
}
