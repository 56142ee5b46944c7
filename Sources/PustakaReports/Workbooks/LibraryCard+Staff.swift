import PustakaCore
import XLSXWriter

extension LibraryCard.CardBuilder {
  /// The staff-and-volunteers block of the right half, from `top`: paid staff, trained staff
  /// (against the standard of 2), volunteers, volunteer hours in the period and hours per
  /// volunteer, for the library and as means per reporting library of its district and
  /// regency; then a line saying whether the library meets the standard.
  ///
  /// - Returns: The first free row under the block.
  mutating func addStaffTable(from top: Int) -> Int {
    let words = context.labels.cardStaff
    let left = Self.rightColumn
    let own = figures.statistics?.figures.staffing ?? StaffFigures()
    let trained = own.trainedStaffUnknown > 0 ? nil : own.trainedStaff
    let rows: [(String, (StaffFigures) -> Double?, String)] = [
      (words.staff, { Double($0.paidStaff) }, "#,##0.0"),
      (words.trainedStaff, { Double($0.trainedStaff) }, "#,##0.0"),
      (words.volunteers, { Double($0.volunteers) }, "#,##0.0"),
      (words.volunteerHours, { $0.volunteerHours }, "#,##0.0"),
      (words.hoursPerVolunteer, { $0.hoursPerVolunteer }, "#,##0.0"),
    ]
    let headers = [
      words.measure, labels.thisLibrary, labels.districtMean, labels.regencyMean,
    ]
    sheet.edit { sheet in
      sheet.write(.string(words.heading), row: top, column: left, format: ReportFormats.heading)
      for (offset, header) in headers.enumerated() {
        sheet.write(
          .string(header), row: top + 1, column: left + offset, format: ReportFormats.header)
      }
      // Two lines of captions, as in the area table above.
      sheet.rowHeights[top + 1] = max(sheet.rowHeights[top + 1] ?? 15, 26)
      for (offset, (label, value, numberFormat)) in rows.enumerated() {
        let row = top + 2 + offset
        sheet.write(.string(label), row: row, column: left, format: ReportFormats.text)
        let mine = value(own)
        sheet.write(
          mine.map(CellValue.number) ?? .blank, row: row, column: left + 1,
          format: CellFormat(numberFormat: offset == 4 ? "#,##0.0" : "#,##0"))
        for (column, group) in [figures.districtStaff, figures.regencyStaff].enumerated() {
          let mean = group.flatMap { group -> Double? in
            guard group.libraries > 0 else { return nil }
            return offset == 4 ? value(group) : value(group).map { $0 / Double(group.libraries) }
          }
          sheet.write(
            mean.map(CellValue.number) ?? .blank, row: row, column: left + 2 + column,
            format: CellFormat(numberFormat: numberFormat))
        }
      }
      let noteRow = top + 2 + rows.count
      sheet.write(
        .string(words.standardNote(trained)), row: noteRow, column: left,
        format: LibraryCard.Formats.subtitle)
    }
    return top + 2 + rows.count + 2
  }

}
