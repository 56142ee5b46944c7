import CXLSXWriter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Owns C copies of Swift strings for the length of one workbook session.
///
/// libxlsxwriter copies the strings it is given, but several of its option structs hold
/// `char *` fields that must stay valid until the call that reads them returns; the arena keeps
/// every copy alive until the session ends and frees them all then.
final class CStringArena {
  private var pointers: [UnsafeMutablePointer<CChar>] = []

  /// A C copy of `string`, valid until the arena is released.
  func copy(_ string: String) -> UnsafeMutablePointer<CChar> {
    let pointer = string.withCString { strdup($0) }
    guard let pointer else {
      preconditionFailure("strdup could not allocate \(string.utf8.count + 1) bytes")
    }
    pointers.append(pointer)
    return pointer
  }

  /// A C copy of `string`, or `nil` for `nil`.
  func copy(_ string: String?) -> UnsafeMutablePointer<CChar>? {
    string.map { copy($0) }
  }

  deinit {
    for pointer in pointers { free(pointer) }
  }
}
