import Foundation
import ZIPFoundation

/// Checks that a workbook just written is a complete package, before it replaces anything.
///
/// libxlsxwriter 1.1.4 does not check its writes to its temporary files, so a full temporary
/// folder gives a zip whose parts are empty or cut short, each with a checksum that matches
/// its truncated bytes. A package passes when the zip opens and holds
/// `[Content_Types].xml`, and every part is non-empty (no xlsx part can be), inflates to
/// exactly the size its entry declares with the CRC-32 its entry records, and, when it is XML,
/// ends with the closing tag of its root element.
package enum PackageVerifier {
  /// Why the package at `url` is incomplete, in words, or `nil` when it is complete.
  package static func problem(in url: URL) -> String? {
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      return "it is not a readable zip archive"
    }
    var sawContentTypes = false
    for entry in archive where entry.type == .file {
      if entry.path == "[Content_Types].xml" { sawContentTypes = true }
      if let problem = problem(with: entry, in: archive) { return problem }
    }
    return sawContentTypes ? nil : "part '[Content_Types].xml' is missing"
  }

  private static func problem(with entry: Entry, in archive: Archive) -> String? {
    let part = entry.path
    guard entry.uncompressedSize > 0 else { return "part '\(part)' is empty" }
    let isXML = part.hasSuffix(".xml") || part.hasSuffix(".rels") || part.hasSuffix(".vml")
    var data = Data()
    var size: UInt64 = 0
    let checksum: CRC32
    do {
      checksum = try archive.extract(entry, skipCRC32: false) { chunk in
        size += UInt64(chunk.count)
        if isXML { data.append(chunk) }
      }
    } catch {
      return "part '\(part)' cannot be unpacked"
    }
    guard size == entry.uncompressedSize else {
      return "part '\(part)' holds \(size) bytes, not the \(entry.uncompressedSize) its entry says"
    }
    guard checksum == entry.checksum else { return "part '\(part)' fails its CRC-32 check" }
    if isXML, !endsWithRootClosingTag(data) { return "part '\(part)' is cut short" }
    return nil
  }

  /// Whether `xml` ends (trailing white space aside) with the end of its root element:
  /// `</name>` for the first element's name, or `/>` when the root is that one empty element.
  static func endsWithRootClosingTag(_ xml: Data) -> Bool {
    let bytes = [UInt8](xml)
    var index = 0
    // Skip the declaration, processing instructions and comments before the root element.
    while index < bytes.count {
      guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else { return false }
      let next = open + 1 < bytes.count ? bytes[open + 1] : 0
      if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
        guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { return false }
        index = close + 1
        continue
      }
      index = open + 1
      break
    }
    let nameEnd =
      bytes[index...].firstIndex { byte in
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x20 || byte == 0x09
          || byte == 0x0A || byte == 0x0D
      } ?? bytes.count
    guard nameEnd > index else { return false }
    let name = bytes[index..<nameEnd]
    var end = bytes.count
    while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
    let closing = Array("</".utf8) + name + Array(">".utf8)
    if end >= closing.count, Array(bytes[(end - closing.count)..<end]) == closing { return true }
    // A root that is one empty element: `<name .../>` and nothing after it.
    guard end >= 2, bytes[end - 2] == UInt8(ascii: "/"), bytes[end - 1] == UInt8(ascii: ">")
    else { return false }
    return !bytes[nameEnd..<(end - 2)].contains(UInt8(ascii: "<"))
  }
}
