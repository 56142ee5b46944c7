import Foundation

/// The Indonesian locale `id_ID.UTF-8`, generated with `localedef` when missing, for tests of
/// number formatting under a decimal-comma locale.
package enum IndonesianLocale {
  /// The locale's name.
  package static let name = "id_ID.UTF-8"

  /// Whether the C library can load the locale, generating it first when running as root.
  package static let isAvailable: Bool = {
    if canLoad() { return true }
    guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/localedef")
    else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/localedef")
    process.arguments = ["-i", "id_ID", "-f", "UTF-8", name]
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      return false
    }
    return canLoad()
  }()

  /// Runs `body` with this thread's locale set to Indonesian, restoring it afterwards.
  package static func withIndonesianThreadLocale<Result>(
    _ body: () throws -> Result
  ) throws -> Result {
    guard let indonesian = newlocale(LC_NUMERIC_MASK, name, nil) else {
      throw LocaleUnavailable()
    }
    defer { freelocale(indonesian) }
    let previous = uselocale(indonesian)
    defer { uselocale(previous) }
    return try body()
  }

  /// How the C library prints `number` with `%.16G` in the current thread's locale.
  package static func cFormatted(_ number: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = buffer.withUnsafeMutableBufferPointer { pointer in
      withVaList([number]) { vsnprintf(pointer.baseAddress, 64, "%.16G", $0) }
    }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func canLoad() -> Bool {
    guard let locale = newlocale(LC_NUMERIC_MASK, name, nil) else { return false }
    freelocale(locale)
    return true
  }

  /// The locale could not be loaded.
  package struct LocaleUnavailable: Error {}
}
