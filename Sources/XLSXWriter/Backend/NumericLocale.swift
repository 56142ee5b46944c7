import CXLSXWriter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs work with the calling thread's numeric locale set to "C".
///
/// libxlsxwriter formats numbers with `snprintf("%.16G")`, which follows `LC_NUMERIC`: under
/// an Indonesian locale it would write `1234,5` and corrupt the file. We never call
/// `setlocale` (that changes the whole process); `uselocale` switches only this thread, for the
/// length of the write, and restores what was there before.
enum NumericLocale {
  /// Calls `body` with the thread's numeric locale set to "C".
  ///
  /// - Throws: `XLSXError.numericLocaleUnavailable` when the C locale cannot be created, or
  ///   what `body` throws.
  static func withCLocale<Result>(
    _ body: () throws(XLSXError) -> Result
  ) throws(XLSXError) -> Result {
    guard let cLocale = newlocale(LC_NUMERIC_MASK, "C", nil) else {
      throw .numericLocaleUnavailable
    }
    defer { freelocale(cLocale) }
    let previous = uselocale(cLocale)
    defer { uselocale(previous) }
    guard decimalSeparatorIsPoint() else { throw .numericLocaleUnavailable }
    return try body()
  }

  /// Whether `snprintf` now writes 1.5 with a point, as the file format requires.
  private static func decimalSeparatorIsPoint() -> Bool {
    var buffer = [CChar](repeating: 0, count: 16)
    let written = buffer.withUnsafeMutableBufferPointer { pointer -> Int32 in
      withVaList([1.5]) { vsnprintf(pointer.baseAddress, 16, "%.1f", $0) }
    }
    guard written == 3 else { return false }
    return buffer[1] == CChar(UInt8(ascii: "."))
  }
}
