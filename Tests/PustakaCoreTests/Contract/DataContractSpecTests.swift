import Foundation
import Testing

@testable import PustakaCore

/// The contract page, read once.
enum ContractPage {
  /// The contract page, when the specification folder sits beside the repository.
  static let text: String? = {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = repository.deletingLastPathComponent().appendingPathComponent(
      "shared/data-contract.md")
    return try? String(contentsOf: url, encoding: .utf8)
  }()

}

/// Issue 12.1: the declared contract (`DataContract`) says what the contract page
/// (`shared/data-contract.md`, beside the repository) says: the same tables, columns,
/// aliases, types, required columns, defaults and enumeration values.
@Suite(
  .enabled(
    if: ContractPage.text != nil,
    "needs shared/data-contract.md beside the repository (the team's specification folder)"))
struct DataContractSpecTests {
  /// A column as the page's table row writes it.
  struct SpecColumn: Equatable, CustomStringConvertible {
    var key: String
    var isRequired: Bool
    var aliases: [String]
    var type: String
    var defaultValue: String?
    var description: String {
      "\(key)\(isRequired ? "*" : "") [\(aliases.joined(separator: ", "))] \(type)"
        + (defaultValue.map { " default \($0)" } ?? "")
    }
  }

  /// The page's tables: for each `### name` section, its column rows and the enumeration
  /// paragraphs under it (`category: `a` (x), `b`.`), by the enumerated column's key.
  static func sections(_ page: String) -> [String: (
    columns: [SpecColumn], enums: [String: [String: [String]]]
  )] {
    var result: [String: (columns: [SpecColumn], enums: [String: [String: [String]]])] = [:]
    var table: String?
    var paragraph = ""
    func flush() {
      guard let table, !paragraph.isEmpty,
        let colon = paragraph.firstIndex(of: ":")
      else {
        paragraph = ""
        return
      }
      let key = String(paragraph[..<colon])
      var values: [String: [String]] = [:]
      let pattern = /`([^`]+)`(?: \(([^)]*)\))?/
      for match in paragraph[colon...].matches(of: pattern) {
        values[String(match.1)] =
          match.2.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
          ?? []
      }
      if !values.isEmpty { result[table, default: ([], [:])].enums[key] = values }
      paragraph = ""
    }
    for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("## ") {
        flush()
        table = nil
      } else if line.hasPrefix("### ") {
        flush()
        table = line.dropFirst(4).split(separator: " ").first.map(String.init)
      } else if let name = table, line.hasPrefix("| ") {
        let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
          .map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count >= 4, cells[0] != "column", !cells[0].hasPrefix("---") else { continue }
        let meaning = cells[3]
        let defaultValue = meaning.firstMatch(of: /default `?([^`,;\s]+)`?/).map { String($0.1) }
        result[name, default: ([], [:])].columns.append(
          SpecColumn(
            key: cells[0].replacingOccurrences(of: "*", with: ""),
            isRequired: cells[0].hasSuffix("*"),
            aliases: cells[1].isEmpty
              ? [] : cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
            type: cells[2], defaultValue: defaultValue))
      } else if table != nil, line.isEmpty {
        flush()
      } else if table != nil, !line.hasPrefix("|") {
        // `category: ...` then `source: ...` on the next line are two lists.
        if line.firstMatch(of: /^[a-z_]+: `/) != nil { flush() }
        paragraph += (paragraph.isEmpty ? "" : " ") + line
      }
    }
    flush()
    return result
  }

  /// The type as the page writes it.
  static func specType(_ type: ContractColumn.ValueType) -> String {
    switch type {
    case .id: return "id"
    case .text: return "text"
    case .wholeNumber: return "int"
    case .positiveWholeNumber: return "int > 0"
    case .number: return "num"
    case .rupiah: return "idr"
    case .date: return "date"
    case .month: return "month"
    case .boolean: return "bool"
    case .enumeration(.villageType): return "`desa` or `kelurahan`"
    case .enumeration(.accreditation): return "`A`, `B`, `C` or empty"
    case .enumeration: return "one of below"
    }
  }

  @Test("every table's columns: keys, required marks, aliases, types and defaults")
  func columns() throws {
    let sections = Self.sections(try #require(ContractPage.text))
    #expect(Set(sections.keys) == Set(TableName.allCases.map(\.rawValue)))
    for table in DataContract.tables {
      let spec = try #require(sections[table.name.rawValue]).columns
      let declared = table.columns.map { column in
        SpecColumn(
          key: column.key, isRequired: column.isRequired,
          aliases: column.aliases,
          type: Self.specType(column.type), defaultValue: column.defaultValue)
      }
      // "The library_id aliases hold in every table": the page writes them or leaves them out.
      let written = spec.map { column in
        var copy = column
        if copy.key == ContractColumn.libraryID.key, copy.aliases.isEmpty {
          copy.aliases = ContractColumn.libraryID.aliases
        }
        return copy
      }
      #expect(declared == written, "\(table.name.rawValue)")
    }
  }

  @Test("every enumeration listed under a table: its values and their aliases")
  func enumerations() throws {
    let sections = Self.sections(try #require(ContractPage.text))
    var compared = 0
    for table in DataContract.tables {
      let listed = try #require(sections[table.name.rawValue]).enums
      for column in table.columns {
        guard case .enumeration(let kind) = column.type,
          Self.specType(column.type) == "one of below"
        else { continue }
        let spec = try #require(listed[column.key], "\(table.name.rawValue).\(column.key)")
        let declared = Dictionary(uniqueKeysWithValues: kind.values.map { ($0.key, $0.aliases) })
        #expect(declared == spec, "\(table.name.rawValue).\(column.key)")
        compared += 1
      }
    }
    // budget category and source, collection category, activity type.
    #expect(compared == 4)
  }

  @Test("every table's duplicate key, as the Validation section lists them")
  func keys() throws {
    let text = try #require(ContractPage.text).replacingOccurrences(of: "\n", with: " ")
    let start = try #require(text.range(of: "two rows with the same key (")).upperBound
    let end = try #require(text[start...].firstIndex(of: ")"))
    var spec: [String: [String]] = [:]
    for entry in text[start..<end].split(separator: ";") {
      let parts = entry.split(separator: ":", maxSplits: 1)
      try #require(parts.count == 2, "\(entry)")
      let columns = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      spec[parts[0].trimmingCharacters(in: .whitespaces)] = columns
    }
    // "Activities have no key".
    let declared = Dictionary(
      uniqueKeysWithValues: DataContract.tables.filter { !$0.key.isEmpty }.map {
        ($0.name.rawValue, $0.key)
      })
    #expect(declared == spec)
    #expect(DataContract.activities.key.isEmpty)
  }
}
