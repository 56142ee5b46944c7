/// The id of a village library (*kode perpustakaan*), as written in the `library_id` column.
///
/// Ids are compared exactly, after the loader has trimmed leading and trailing white space.
package struct LibraryID: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The id's text, such as `NGW-01`.
  package let rawValue: String

  /// Creates an id from its text; the text is used as given.
  package init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  package init(stringLiteral value: String) {
    self.init(value)
  }

  package var description: String { rawValue }

  package static func < (lhs: LibraryID, rhs: LibraryID) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
