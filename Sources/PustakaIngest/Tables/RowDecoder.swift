import PustakaCore

/// Turns raw rows of one contract table into typed records, and knows the table's key.
protocol RowDecoder: Sendable {
  /// The typed row.
  associatedtype Record: Hashable & Sendable
  /// What two rows must not share (`library_id` and `date` for attendance).
  associatedtype Key: Hashable

  /// The table's columns (`DataContract`); decoders find them by key (`column(_:)`).
  static var schema: TableSchema { get }

  /// Creates a decoder, building its look-up tables once.
  init()

  /// The record of the row in `fields`, or `nil` when `fields` collected reasons to reject it.
  func decode(_ fields: inout FieldReader) -> Record?

  /// The library a record belongs to.
  static func libraryID(of record: Record) -> LibraryID

  /// The record's duplicate key, or `nil` for a table without one (activities).
  ///
  /// - Parameter library: the position of the record's library among the accepted ones, which
  ///   keys use instead of the id text because integers hash much faster; `-1` for libraries.
  static func key(of record: Record, library: Int) -> Key?

  /// The key as a phrase for messages: `library_id "NGW-01", date 2026-10-05`.
  static func describeKey(of record: Record) -> String

  /// The month a record is dated in, for the after-the-period warning; `nil` for libraries.
  static func month(of record: Record) -> Month?
}

extension RowDecoder {
  /// The position of the column with `key` in the table's schema, which the field accessors
  /// take; decoders resolve each key once, into a static constant.
  static func column(_ key: String) -> Int { schema.contract.position(of: key) }

  /// The value the contract declares for an empty cell of the column with `key` (`0`,
  /// `true`, `dana_desa`), parsed once by `parse`; decoders keep it in a static constant.
  ///
  /// A column without a declared default, or one `parse` cannot read, is a programming error
  /// that every decoder's tests hit at once.
  static func declaredDefault<Value>(_ key: String, _ parse: (String) -> Value?) -> Value {
    guard let text = schema.contract.column(key)?.defaultValue, let value = parse(text) else {
      preconditionFailure(
        "the contract declares no \(Value.self) default for \(schema.table.rawValue).\(key)")
    }
    return value
  }

  /// `declaredDefault(_:_:)` for a yes/no column.
  static func declaredBoolean(_ key: String) -> Bool {
    declaredDefault(key) { $0 == "true" ? true : $0 == "false" ? false : nil }
  }

  /// The quoted library id for key phrases.
  static func quotedID(_ id: LibraryID) -> String {
    "library_id \(Diagnostic.quote(id.rawValue))"
  }
}
