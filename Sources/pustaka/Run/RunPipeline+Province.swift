import Foundation
import PustakaCore
import PustakaReports
import XLSXReader
import XLSXWriter

extension RunPipeline {
  /// The period folder of each province summary: `<out>/<province slug>/<period>`, in the
  /// order of `PlaceDirectory.provinces`; empty when the data holds a single regency.
  func provinceFolders(_ report: PeriodReport) -> [URL] {
    guard ProvinceWorkbook.isWritten(for: report) else { return [] }
    let places = report.places
    let slugs = RegencySlug.provinceSlugs(
      for: places.provinces.map(\.name), regencies: places.regencies.map(\.name))
    return slugs.map {
      configuration.outputURL.appendingPathComponent($0, isDirectory: true)
        .appendingPathComponent(report.period.description, isDirectory: true)
    }
  }

  /// Writes the summary of province `index` into `destination`, staged beside the old folder
  /// and swapped in when complete, as a regency's reports are.
  func writeProvince(
    _ index: Int, input: ReportInput, into destination: URL
  ) throws(CommandFailure) {
    let period = input.report.period
    let swap = try PeriodFolderSwap(destination: destination)
    do throws(CommandFailure) {
      let options = ReportOptions(
        language: configuration.language, office: configuration.office,
        created: PeriodEnd.date(of: period), awardBasis: configuration.awardBasis)
      let context = ProvinceContext(input: input, province: index, options: options)
      let name = ProvinceWorkbook.fileName(province: context.standing.name, period: period)
      let url = swap.staging.appendingPathComponent(name)
      do throws(XLSXError) {
        try WorkbookWriter.write(
          ProvinceWorkbook.workbook(context), to: url, verifier: PackageVerifier.problem(in:))
      } catch {
        throw .fileUnwritable(path: name, reason: error.description)
      }
      try swap.commit()
      progress.detail("Wrote \(configuration.outputDisplay.path(of: destination))")
    } catch {
      swap.discard()
      throw error
    }
  }
}
