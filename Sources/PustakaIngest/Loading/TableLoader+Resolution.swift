import PustakaCore

extension TableLoader {
  /// Applies the checks that need the whole table: unknown libraries, then duplicates.
  ///
  /// Afterwards `records` and `origins` hold exactly the accepted rows, in reading order.
  /// - Parameters:
  ///   - acceptedLibraries: the accepted libraries' ids and positions; `nil` for the libraries
  ///     table.
  ///   - units: the run's units, to locate diagnostics.
  func resolve(acceptedLibraries: [LibraryID: Int]?, units: [SourceUnit]) {
    var keep = [Bool](repeating: true, count: records.count)
    var libraryPositions = [Int32](repeating: -1, count: records.count)
    if let accepted = acceptedLibraries {
      var lastID: LibraryID?
      var lastPosition: Int?
      for index in records.indices {
        let id = Decoder.libraryID(of: records[index])
        // Rows of one library usually follow each other: skip the look-up for a repeated id.
        if id != lastID {
          lastID = id
          lastPosition = accepted[id]
        }
        if let position = lastPosition {
          libraryPositions[index] = Int32(position)
        } else {
          keep[index] = false
          let reason = unknownLibrary(id, at: origins[index], units: units)
          diagnostics.append(reason)
          rejections.append(
            PendingRejection(origin: origins[index], libraryID: id, cells: nil, reasons: [reason]))
        }
      }
      for index in rejections.indices {
        guard let id = rejections[index].libraryID, accepted[id] == nil,
          !rejections[index].reasons.contains(where: { $0.code.hasSuffix(".unknownLibrary") })
        else { continue }
        let reason = unknownLibrary(id, at: rejections[index].origin, units: units)
        diagnostics.append(reason)
        rejections[index].reasons.insert(reason, at: 0)
      }
    }
    resolveDuplicates(&keep, libraryPositions: libraryPositions, units: units)
    var kept = 0
    for index in records.indices where keep[index] {
      if kept != index {
        records[kept] = records[index]
        origins[kept] = origins[index]
      }
      kept += 1
    }
    records.removeSubrange(kept...)
    origins.removeSubrange(kept...)
  }

  private func resolveDuplicates(
    _ keep: inout [Bool], libraryPositions: [Int32], units: [SourceUnit]
  ) {
    let table = Decoder.schema.table.rawValue
    let groups = Self.repeatedKeys(records, keep: keep, libraryPositions: libraryPositions)
    for (earlier, later) in groups {
      let describedKey = Decoder.describeKey(of: records[earlier])
      if later.allSatisfy({ records[$0] == records[earlier] }) {
        for index in later {
          keep[index] = false
          let reason = units[origins[index].unit].diagnostic(
            .warning, "\(table).duplicate", line: origins[index].line,
            message: "duplicate: identical to the row at "
              + "\(location(origins[earlier], units)) (\(describedKey)); the first copy is kept")
          reject(index, reason)
        }
      } else {
        let group = [earlier] + later
        var places = group.prefix(5).map { location(origins[$0], units) }
        if group.count > 5 { places.append("and \(group.count - 5) more") }
        for index in group {
          keep[index] = false
          let reason = units[origins[index].unit].diagnostic(
            .error, "\(table).conflict", line: origins[index].line,
            message: "conflict: rows for \(describedKey) disagree "
              + "(\(places.joined(separator: ", "))); all of them are rejected")
          reject(index, reason)
        }
      }
    }
  }

  private func reject(_ index: Int, _ reason: Diagnostic) {
    diagnostics.append(reason)
    rejections.append(
      PendingRejection(
        origin: origins[index], libraryID: Decoder.libraryID(of: records[index]), cells: nil,
        reasons: [reason]))
  }

  private func unknownLibrary(_ id: LibraryID, at origin: RowOrigin, units: [SourceUnit])
    -> Diagnostic
  {
    let column = columnIndices[origin.unit]?.first.flatMap { $0 }
    return units[origin.unit].diagnostic(
      .error, "\(Decoder.schema.table.rawValue).library_id.unknownLibrary", line: origin.line,
      column: column.map { $0 + 1 }, field: "library_id", value: id.rawValue,
      message: "library_id \(Diagnostic.quote(id.rawValue)) is not in libraries")
  }

  /// `file:line` or `file[sheet]:row` of `origin`.
  func location(_ origin: RowOrigin, _ units: [SourceUnit]) -> String {
    let unit = units[origin.unit]
    return unit.file + (unit.sheet.map { "[\($0)]" } ?? "") + ":\(origin.line)"
  }
}
