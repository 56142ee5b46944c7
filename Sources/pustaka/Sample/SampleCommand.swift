import ArgumentParser
import Foundation
import PustakaCore
import PustakaSample

/// `pustaka sample`: writes a realistic, reproducible sample data set.
struct Sample: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample",
    abstract: "Write a realistic sample data set (the six tables of the data contract).",
    discussion: """
      Without options it writes Kabupaten Ngawi, Jawa Timur: 217 village libraries in 19 \
      districts, 24 months ending 2026-10. The same options always give the same bytes.
      """
  )

  /// The formats the sample can be written in.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv
    case xlsx
  }

  @Option(name: .long, help: "The folder to write into (created if missing).")
  var out: String

  @Option(name: .long, help: "Libraries in all, one per village.")
  var libraries: Int = SampleOptions.defaultLibraries

  @Option(name: .long, help: "Regencies in the one province; the first is Ngawi.")
  var regencies: Int = 1

  @Option(name: .long, help: "Months of data.")
  var months: Int = SampleOptions.defaultMonths

  @Option(name: .long, help: "The last month of data, as YYYY-MM.")
  var end: String = SampleOptions.defaultEnd.description

  @Option(name: .long, help: "The seed of every random choice.")
  var seed: UInt64 = SampleOptions.defaultSeed

  @Option(name: .long, help: "CSV dialect: comma (English, ISO dates) or semicolon (Indonesian).")
  var dialect: SampleCSVDialect = .comma

  @Option(
    name: .long,
    help: "File format: csv (six files) or xlsx (the register and one workbook a month).")
  var format: Format = .csv

  func validate() throws {
    guard libraries >= 1 else { throw ValidationError("--libraries must be at least 1.") }
    guard regencies >= 1 else { throw ValidationError("--regencies must be at least 1.") }
    guard regencies <= libraries else {
      throw ValidationError("--regencies (\(regencies)) cannot exceed --libraries (\(libraries)).")
    }
    guard (1...600).contains(months) else {
      throw ValidationError("--months must be from 1 to 600.")
    }
    guard let last = Self.month(end) else {
      throw ValidationError("--end '\(end)' is not a month; write it as YYYY-MM, such as 2026-10.")
    }
    guard last.year - (months + 11) / 12 >= 1 else {
      throw ValidationError("--end '\(end)' with --months \(months) starts before the year 1.")
    }
    if format == .xlsx && libraries > SamplePipeline.xlsxLibraryLimit {
      throw ValidationError(
        "--format xlsx is for regency-sized samples (at most \(SamplePipeline.xlsxLibraryLimit) "
          + "libraries); use --format csv for \(libraries) libraries.")
    }
  }

  func run() throws {
    guard let last = Self.month(end) else { throw ExitStatus.usage.exitCode }
    let options = SampleOptions(
      libraries: libraries, regencies: regencies, months: months, end: last, seed: seed)
    let folder = URL(fileURLWithPath: out, isDirectory: true)
    let display = OutputPathDisplay(folder: folder, typed: out)
    try ExitStatus.end { () throws(CommandFailure) in
      do throws(CommandFailure) {
        switch format {
        case .csv: try SamplePipeline.writeCSV(options: options, dialect: dialect, to: folder)
        case .xlsx: try SamplePipeline.writeWorkbooks(options: options, to: folder)
        }
      } catch {
        throw error.naming(output: display)
      }
      return .ok
    }
  }

  /// The month written `YYYY-MM`, or `nil`.
  static func month(_ text: String) -> Month? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1])
    else { return nil }
    return Month(year: year, month: month)
  }
}

extension SampleCSVDialect: ExpressibleByArgument {}
