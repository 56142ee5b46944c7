import PustakaReports

/// The folder name of each regency under the output folder: `reports/<slug>/<period>`, and of
/// each province summary: `reports/<province slug>/<period>`.
///
/// The display name made safe (`SafeFileName`), lower-cased, spaces as `-`, and unique among
/// the data set's regencies (`Kota Madiun` -> `kota-madiun`, `../../etc` -> `etc`). Computed
/// from the whole list, so every shard of a split run agrees.
enum RegencySlug {
  /// The slugs of `names`, in the same order.
  static func slugs(for names: [String]) -> [String] {
    var unique = UniqueNames()
    return names.map { unique.unique(slug($0)) }
  }

  /// The slugs of the provinces `names` (`nil` for the regencies whose rows name none:
  /// `tanpa-nama`), unique among the regencies' slugs as well, which keep theirs: a province
  /// named like a regency gets `-2`.
  static func provinceSlugs(for names: [String?], regencies: [String]) -> [String] {
    var unique = UniqueNames()
    for regency in slugs(for: regencies) { _ = unique.unique(regency) }
    return names.map { unique.unique(slug($0 ?? ProvinceWorkbook.unnamedFileName)) }
  }

  private static func slug(_ name: String) -> String {
    SafeFileName.make(name).lowercased().split(separator: " ").joined(separator: "-")
  }
}
