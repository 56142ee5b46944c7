import PustakaCore

extension LoadSession {
  /// Resolves every table, adds the whole-data-set warnings and builds the result.
  func finish(reportingPeriodEnd: Month?) -> IngestResult {
    libraries.resolve(acceptedLibraries: nil, units: units)
    var accepted: [LibraryID: Int] = [:]
    for (position, library) in libraries.records.enumerated() { accepted[library.id] = position }
    budget.resolve(acceptedLibraries: accepted, units: units)
    collection.resolve(acceptedLibraries: accepted, units: units)
    attendance.resolve(acceptedLibraries: accepted, units: units)
    activities.resolve(acceptedLibraries: accepted, units: units)
    operations.resolve(acceptedLibraries: accepted, units: units)

    warnAboutVillagePopulations()
    warnAboutAttendance()
    if let end = reportingPeriodEnd {
      warnAfterPeriod(budget, end: end)
      warnAfterPeriod(collection, end: end)
      warnAfterPeriod(attendance, end: end)
      warnAfterPeriod(activities, end: end)
      warnAfterPeriod(operations, end: end)
    }
    recoverCells()
    return buildResult()
  }

  // MARK: - Warnings

  private func warnAboutVillagePopulations() {
    struct VillageKey: Hashable {
      var regency: String
      var district: String
      var village: String
    }
    var first: [VillageKey: Int] = [:]
    var warned: Set<VillageKey> = []
    for (index, library) in libraries.records.enumerated() {
      let key = VillageKey(
        regency: NameFolding.placeKey(library.regency),
        district: NameFolding.placeKey(library.district),
        village: NameFolding.placeKey(library.village))
      guard let earlier = first[key] else {
        first[key] = index
        continue
      }
      let firstLibrary = libraries.records[earlier]
      guard firstLibrary.population != library.population, !warned.contains(key) else { continue }
      warned.insert(key)
      let origin = libraries.origins[index]
      let column = libraries.columnIndices[origin.unit]?[7].map { $0 + 1 }
      libraries.diagnostics.append(
        units[origin.unit].diagnostic(
          .warning, "libraries.population.disagrees", line: origin.line, column: column,
          field: "population", value: String(library.population),
          message: "village \(Diagnostic.quote(library.village)) in district "
            + "\(Diagnostic.quote(library.district)) has "
            + "population \(library.population) here but \(firstLibrary.population) at "
            + "\(libraries.location(libraries.origins[earlier], units)); the first is used"))
    }
  }

  private func warnAboutAttendance() {
    var population: [LibraryID: Int] = [:]
    for library in libraries.records { population[library.id] = library.population }
    // Rows of one library usually follow each other: look its population up once.
    var lastID: LibraryID?
    var lastPopulation: Int?
    for (index, day) in attendance.records.enumerated() {
      if day.libraryID != lastID {
        lastID = day.libraryID
        lastPopulation = population[day.libraryID]
      }
      let aboveShare = lastPopulation.map { day.visitors * 5 > $0 } ?? false
      guard aboveShare || (!day.isOpen && day.visitors > 0) else { continue }
      let origin = attendance.origins[index]
      let column = attendance.columnIndices[origin.unit]?[2].map { $0 + 1 }
      if aboveShare, let people = lastPopulation {
        attendance.diagnostics.append(
          units[origin.unit].diagnostic(
            .warning, "attendance.visitors.aboveShareOfPopulation", line: origin.line,
            column: column, field: "visitors", value: String(day.visitors),
            message: "visitors \"\(day.visitors)\" is more than 20 % of the village's "
              + "population \(people)"))
      }
      if !day.isOpen, day.visitors > 0 {
        attendance.diagnostics.append(
          units[origin.unit].diagnostic(
            .warning, "attendance.visitors.onClosedDay", line: origin.line, column: column,
            field: "visitors", value: String(day.visitors),
            message: "visitors \"\(day.visitors)\" on a day marked closed (open is false)"))
      }
    }
  }

  private func warnAfterPeriod<Decoder: RowDecoder>(_ loader: TableLoader<Decoder>, end: Month) {
    var counts: [Int: (count: Int, firstLine: Int)] = [:]
    for (index, record) in loader.records.enumerated() {
      guard let month = Decoder.month(of: record), month > end else { continue }
      let origin = loader.origins[index]
      if let found = counts[origin.unit] {
        counts[origin.unit] = (found.count + 1, found.firstLine)
      } else {
        counts[origin.unit] = (1, origin.line)
      }
    }
    for unitIndex in counts.keys.sorted() {
      guard let found = counts[unitIndex] else { continue }
      let unit = units[unitIndex]
      let rows = found.count == 1 ? "1 row is" : "\(found.count) rows are"
      loader.diagnostics.append(
        unit.diagnostic(
          .warning, "\(loader.table.rawValue).afterReportingPeriod", line: found.firstLine,
          message: "\(rows) dated after the reporting period \(end); the first is on "
            + "\(unit.lineWord) \(found.firstLine)"))
    }
  }

  // MARK: - Result

  /// Reads the cells of rows rejected after decoding from their files again.
  private func recoverCells() {
    var wanted: [Int: Set<Int>] = [:]
    for loader in loaders {
      for rejection in loader.rejections where rejection.cells == nil {
        wanted[rejection.origin.unit, default: []].insert(rejection.origin.line)
      }
    }
    var cells: [RowOrigin: [String]] = [:]
    for unitIndex in wanted.keys.sorted() {
      guard let lines = wanted[unitIndex] else { continue }
      rereadRows(of: units[unitIndex]) { row in
        if lines.contains(row.line), !row.isBlank {
          cells[RowOrigin(unit: unitIndex, line: row.line)] = row.displayCells
        }
      }
    }
    for loader in loaders {
      for index in loader.rejections.indices where loader.rejections[index].cells == nil {
        loader.rejections[index].cells = cells[loader.rejections[index].origin] ?? []
      }
    }
  }

  private func buildResult() -> IngestResult {
    var provided: Set<TableName> = []
    var tables: [TableSummary] = []
    var rejectedRows: [RejectedRow] = []
    var diagnostics = fileDiagnostics
    var rejectedPerUnit: [Int: Int] = [:]
    for loader in loaders {
      let table = loader.table
      let tableUnits = units.indices.filter { units[$0].table == table && rowsRead[$0] != nil }
      if !tableUnits.isEmpty { provided.insert(table) }
      let read = tableUnits.reduce(0) { $0 + (rowsRead[$1] ?? 0) }
      let rejections = loader.rejections.sorted { $0.origin < $1.origin }
      for rejection in rejections {
        rejectedPerUnit[rejection.origin.unit, default: 0] += 1
        let unit = units[rejection.origin.unit]
        let cells = rejection.cells ?? []
        rejectedRows.append(
          RejectedRow(
            table: table, file: unit.file, sheet: unit.sheet, line: rejection.origin.line,
            cells: cells, reasons: rejection.reasons, libraryID: rejection.libraryID?.rawValue,
            regency: table == .libraries
              ? regencyCell(of: cells, unit: rejection.origin.unit) : nil))
      }
      diagnostics.append(contentsOf: loader.diagnostics)
      let warnings = loader.diagnostics.count { $0.severity == .warning }
      tables.append(
        TableSummary(
          table: table, files: tableUnits.count, rowsRead: read,
          accepted: read - rejections.count, rejected: rejections.count, warnings: warnings))
    }
    var warningsPerUnit: [String: Int] = [:]
    for diagnostic in diagnostics where diagnostic.severity == .warning {
      warningsPerUnit[diagnostic.file + "\u{0}" + (diagnostic.sheet ?? ""), default: 0] += 1
    }
    let inputs = units.indices.compactMap { index -> InputFileSummary? in
      guard let read = rowsRead[index] else { return nil }
      let unit = units[index]
      let rejected = rejectedPerUnit[index] ?? 0
      return InputFileSummary(
        path: unit.file, sheet: unit.sheet, table: unit.table, rowsRead: read,
        accepted: read - rejected, rejected: rejected,
        warnings: warningsPerUnit[unit.file + "\u{0}" + (unit.sheet ?? "")] ?? 0)
    }
    let data = DataSet(
      libraries: libraries.records, budget: budget.records, collection: collection.records,
      attendance: attendance.records, activities: activities.records,
      operations: operations.records, providedTables: provided)
    return IngestResult(
      dataSet: data, diagnostics: sorted(diagnostics), rejectedRows: rejectedRows,
      tables: tables, inputs: inputs, submissions: submissions,
      skippedFiles: skipped.sorted { DataFolderScanner.codePointOrder($0.file, $1.file) })
  }

  /// The regency cell of a rejected `libraries` row (cells are trimmed as read), when its file
  /// has that column.
  private func regencyCell(of cells: [String], unit: Int) -> String? {
    guard let column = LibrariesDecoder.schema.columns.firstIndex(where: { $0.name == "regency" }),
      let position = libraries.columnIndices[unit]?[column], position < cells.count
    else { return nil }
    return cells[position].isEmpty ? nil : cells[position]
  }

  /// Diagnostics in reading order: file, sheet, line, column, then the order they were found.
  private func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var sheetRank: [String: Int] = [:]
    for (index, unit) in units.enumerated() {
      sheetRank[unit.file + "\u{0}" + (unit.sheet ?? "")] = index
    }
    let keyed = diagnostics.enumerated().map { position, diagnostic in
      (
        key: [
          fileRank[diagnostic.file] ?? Int.max,
          sheetRank[diagnostic.file + "\u{0}" + (diagnostic.sheet ?? "")] ?? -1,
          diagnostic.line ?? 0, diagnostic.column ?? 0, position,
        ], diagnostic: diagnostic
      )
    }
    return keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.diagnostic)
  }
}
