/// Finds library positions by id, remembering the last id looked up: rows come grouped by
/// library, so most look-ups compare one id instead of hashing it.
struct Locator {
  /// The position of each library id (in `DataSet.libraries`).
  let positions: [LibraryID: Int]
  private var lastID: LibraryID?
  private var lastPosition: Int?

  /// A locator over `positions`.
  init(positions: [LibraryID: Int]) {
    self.positions = positions
  }

  /// The position of the library with `id`, or `nil` for an unknown library.
  mutating func position(of id: LibraryID) -> Int? {
    if let lastID, lastID == id { return lastPosition }
    lastID = id
    lastPosition = positions[id]
    return lastPosition
  }
}
