/// A village library (*perpustakaan desa*), one row of the `libraries` table.
package struct VillageLibrary: Hashable, Sendable {
  /// The library's id (*kode*), unique across a data set.
  package var id: String
  /// The library's name (*nama perpustakaan*), such as "Perpustakaan Cemerlang".
  package var name: String

  package init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}
