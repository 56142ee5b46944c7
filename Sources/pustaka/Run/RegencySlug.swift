import PustakaReports

/// The folder name of each regency under the output folder: `reports/<slug>/<period>`.
///
/// The regency's display name made safe (`SafeFileName`), lower-cased, spaces as `-`, and
/// unique among the data set's regencies (`Kota Madiun` -> `kota-madiun`, `../../etc` ->
/// `etc`). Computed from the whole list, so every shard of a split run agrees.
enum RegencySlug {
  /// The slugs of `names`, in the same order.
  static func slugs(for names: [String]) -> [String] {
    var unique = UniqueNames()
    return names.map { name in
      let safe = SafeFileName.make(name).lowercased().split(separator: " ").joined(separator: "-")
      return unique.unique(safe)
    }
  }
}
