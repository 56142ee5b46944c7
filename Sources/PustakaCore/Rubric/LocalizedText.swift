/// A text in the two report languages: Indonesian (the default) and English.
///
/// Rubric files write it `{id: Jumlah judul koleksi, en: Collection titles}`.
package struct LocalizedText: Hashable, Sendable {
  /// The Indonesian text (YAML key `id`).
  package var indonesian: String
  /// The English text (YAML key `en`).
  package var english: String

  /// Creates a text from its Indonesian and English forms.
  package init(indonesian: String, english: String) {
    self.indonesian = indonesian
    self.english = english
  }
}
