import CXLSXWriter

extension SheetFiller {
  // MARK: - Tables

  /// Adds an Excel table; libxlsxwriter writes the header captions into the first row.
  func addTable(_ table: TableSpec) throws(XLSXError) {
    guard table.columnHeaders.count == table.range.columnCount else {
      throw .invalidReference(
        sheet: sheet.name, what: "table '\(table.name)'",
        reason:
          "has \(table.columnHeaders.count) captions for \(table.range.columnCount) columns")
    }
    let columns = UnsafeMutablePointer<lxw_table_column>.allocate(
      capacity: table.columnHeaders.count)
    let columnPointers = UnsafeMutablePointer<UnsafeMutablePointer<lxw_table_column>?>.allocate(
      capacity: table.columnHeaders.count + 1)
    defer {
      columns.deallocate()
      columnPointers.deallocate()
    }
    for (index, header) in table.columnHeaders.enumerated() {
      var column = lxw_table_column()
      column.header = session.cString(header)
      (columns + index).initialize(to: column)
      columnPointers[index] = columns + index
    }
    columnPointers[table.columnHeaders.count] = nil
    var options = lxw_table_options()
    options.name = session.cString(table.name)
    options.no_banded_rows = table.bandedRows ? 0 : 1
    switch table.style {
    case .light(let number):
      options.style_type = byte(LXW_TABLE_STYLE_TYPE_LIGHT)
      options.style_type_number = UInt8(clamping: number)
    case .medium(let number):
      options.style_type = byte(LXW_TABLE_STYLE_TYPE_MEDIUM)
      options.style_type_number = UInt8(clamping: number)
    case .dark(let number):
      options.style_type = byte(LXW_TABLE_STYLE_TYPE_DARK)
      options.style_type_number = UInt8(clamping: number)
    }
    options.columns = columnPointers
    let range = table.range
    try session.check(
      worksheet_add_table(
        worksheet, row(range.first), column(range.first), row(range.last), column(range.last),
        &options),
      "adding table '\(table.name)' at \(sheet.name)!\(range.a1)")
  }

  // MARK: - Conditional formats

  /// Adds one conditional format rule over its range.
  func addConditionalFormat(_ format: ConditionalFormat) throws(XLSXError) {
    var rule = lxw_conditional_format()
    switch format.rule {
    case .twoColorScale(let minimum, let maximum):
      rule.type = byte(LXW_CONDITIONAL_2_COLOR_SCALE)
      rule.min_color = minimum.rgb
      rule.max_color = maximum.rgb
    case .threeColorScale(let minimum, let middle, let maximum):
      rule.type = byte(LXW_CONDITIONAL_3_COLOR_SCALE)
      rule.min_color = minimum.rgb
      rule.mid_color = middle.rgb
      rule.max_color = maximum.rgb
    case .dataBar(let color):
      rule.type = byte(LXW_CONDITIONAL_DATA_BAR)
      rule.bar_color = color.rgb
    case .cellValue(let comparison, let cellFormat):
      rule.type = byte(LXW_CONDITIONAL_TYPE_CELL)
      rule.format = try session.cFormat(for: cellFormat)
      apply(comparison, to: &rule)
    case .formula(let formula, let cellFormat):
      rule.type = byte(LXW_CONDITIONAL_TYPE_FORMULA)
      rule.format = try session.cFormat(for: cellFormat)
      rule.value_string = session.cString("=" + formula)
    }
    let range = format.range
    try session.check(
      worksheet_conditional_format_range(
        worksheet, row(range.first), column(range.first), row(range.last), column(range.last),
        &rule),
      "adding a conditional format at \(sheet.name)!\(range.a1)")
  }

  private func apply(_ comparison: CellComparison, to rule: inout lxw_conditional_format) {
    let operands = comparison.operands
    rule.value = operands.value
    rule.min_value = operands.low
    rule.max_value = operands.high
    switch operands.operator {
    case .equalTo: rule.criteria = byte(LXW_CONDITIONAL_CRITERIA_EQUAL_TO)
    case .notEqualTo: rule.criteria = byte(LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO)
    case .greaterThan: rule.criteria = byte(LXW_CONDITIONAL_CRITERIA_GREATER_THAN)
    case .greaterThanOrEqualTo:
      rule.criteria = byte(LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO)
    case .lessThan: rule.criteria = byte(LXW_CONDITIONAL_CRITERIA_LESS_THAN)
    case .lessThanOrEqualTo: rule.criteria = byte(LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO)
    case .between: rule.criteria = byte(LXW_CONDITIONAL_CRITERIA_BETWEEN)
    case .notBetween: rule.criteria = byte(LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN)
    }
  }

  // MARK: - Data validation

  /// Adds one data-entry rule over its range.
  func addDataValidation(_ validation: DataValidation) throws(XLSXError) {
    var rule = lxw_data_validation()
    rule.ignore_blank = validation.allowsBlank ? byte(LXW_VALIDATION_ON) : byte(LXW_VALIDATION_OFF)
    if let input = validation.inputMessage {
      rule.input_title = session.cString(input.title)
      rule.input_message = session.cString(input.text)
    }
    if let error = validation.errorMessage {
      rule.error_title = session.cString(error.title)
      rule.error_message = session.cString(error.text)
    }
    var listPointers: [UnsafeMutablePointer<CChar>?] = []
    switch validation.rule {
    case .list(let items):
      rule.validate = byte(LXW_VALIDATION_TYPE_LIST)
      listPointers = items.map { session.cString($0) } + [nil]
    case .wholeNumber(let comparison):
      rule.validate = byte(LXW_VALIDATION_TYPE_INTEGER)
      apply(comparison, to: &rule)
    case .decimal(let comparison):
      rule.validate = byte(LXW_VALIDATION_TYPE_DECIMAL)
      apply(comparison, to: &rule)
    case .dateBetween(let first, let last):
      rule.validate = byte(LXW_VALIDATION_TYPE_DATE)
      rule.criteria = byte(LXW_VALIDATION_CRITERIA_BETWEEN)
      rule.minimum_datetime = cDate(first)
      rule.maximum_datetime = cDate(last)
    case .textLength(let comparison):
      rule.validate = byte(LXW_VALIDATION_TYPE_LENGTH)
      apply(comparison, to: &rule)
    case .custom(let formula):
      rule.validate = byte(LXW_VALIDATION_TYPE_CUSTOM_FORMULA)
      rule.value_formula = session.cString(formula)
    }
    let range = validation.range
    let operation = "adding a data validation at \(sheet.name)!\(range.a1)"
    let status = listPointers.withUnsafeMutableBufferPointer { buffer -> lxw_error in
      if !buffer.isEmpty { rule.value_list = buffer.baseAddress }
      return worksheet_data_validation_range(
        worksheet, row(range.first), column(range.first), row(range.last), column(range.last),
        &rule)
    }
    try session.check(status, operation)
  }

  private func apply(_ comparison: CellComparison, to rule: inout lxw_data_validation) {
    let operands = comparison.operands
    rule.value_number = operands.value
    rule.minimum_number = operands.low
    rule.maximum_number = operands.high
    switch operands.operator {
    case .equalTo: rule.criteria = byte(LXW_VALIDATION_CRITERIA_EQUAL_TO)
    case .notEqualTo: rule.criteria = byte(LXW_VALIDATION_CRITERIA_NOT_EQUAL_TO)
    case .greaterThan: rule.criteria = byte(LXW_VALIDATION_CRITERIA_GREATER_THAN)
    case .greaterThanOrEqualTo:
      rule.criteria = byte(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO)
    case .lessThan: rule.criteria = byte(LXW_VALIDATION_CRITERIA_LESS_THAN)
    case .lessThanOrEqualTo: rule.criteria = byte(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO)
    case .between: rule.criteria = byte(LXW_VALIDATION_CRITERIA_BETWEEN)
    case .notBetween: rule.criteria = byte(LXW_VALIDATION_CRITERIA_NOT_BETWEEN)
    }
  }

  private func cDate(_ date: ValidationDate) -> lxw_datetime {
    lxw_datetime(
      year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0,
      sec: 0)
  }
}
