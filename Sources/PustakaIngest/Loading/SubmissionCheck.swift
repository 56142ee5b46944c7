import PustakaCore

/// The rules for the rows of a returned data-entry template.
///
/// A template is a workbook whose custom properties state a `SubmissionIdentity`. Beyond the
/// rules every row meets:
///
/// - a template row left as it was written, with values only in the cells the template
///   filled in (the table's key columns and `library_id`), is skipped like a blank line:
///   neither read nor rejected;
/// - a row of another library than the template's, or dated outside its month, is rejected
///   with the sheet, row and column of the cell that does not match.
struct SubmissionCheck: Sendable {
  /// What the template was written for.
  let identity: SubmissionIdentity

  /// The positions, under `header`, of the cells a template fills in for each row; found
  /// once per sheet.
  static func prefilledPositions(header: HeaderMap, schema: TableSchema) -> Set<Int> {
    let contract = schema.contract
    return Set(
      contract.templateFilledKeys.compactMap { header.indices[contract.position(of: $0)] })
  }

  /// Whether `row` holds nothing beyond the cells at `prefilled`, what the template filled in.
  static func isUnfilledTemplateRow(_ row: RawRow, prefilled: Set<Int>) -> Bool {
    row.cells.indices.allSatisfy { prefilled.contains($0) || row.isEmpty($0) }
  }

  /// Why a decoded row does not belong to this submission: another library, or another month.
  ///
  /// - Parameters:
  ///   - libraryID: the row's library.
  ///   - month: the month the row is dated in; `nil` for the libraries table.
  func mismatches(
    libraryID: LibraryID, month: Month?, row: RawRow, unit: SourceUnit, header: HeaderMap,
    schema: TableSchema
  ) -> [Diagnostic] {
    var reasons: [Diagnostic] = []
    let table = schema.table.rawValue
    if let expected = identity.libraryID, libraryID != expected {
      let key = ContractColumn.libraryID.key
      let index = header.indices[schema.contract.position(of: key)]
      let value = libraryID.rawValue
      reasons.append(
        unit.diagnostic(
          .error, "\(table).\(key).otherLibrary", line: row.line, column: index.map { $0 + 1 },
          field: key, value: value,
          message: "\(key) \(Diagnostic.quote(value)) is not \(expected.rawValue), the library "
            + "this template was written for"))
    }
    if let month, month != identity.month,
      let dated = schema.contract.columns.first(where: { $0.type == .date || $0.type == .month })
    {
      let index = header.indices[schema.contract.position(of: dated.key)]
      let value = index.map(row.displayText) ?? month.description
      reasons.append(
        unit.diagnostic(
          .error, "\(table).\(dated.key).otherMonth", line: row.line,
          column: index.map { $0 + 1 }, field: dated.key, value: value,
          message: "\(dated.key) \(Diagnostic.quote(value)) falls in \(month), not in "
            + "\(identity.month), the month this template was written for"))
    }
    return reasons
  }
}
