import Foundation

/// The relationships of one package part, read from its `_rels/*.rels` part.
struct Relationships: Sendable {
  /// One relationship: its id, its type's last path component and its resolved target.
  struct Relationship: Sendable {
    var id: String
    /// The last component of the type URI ("worksheet", "drawing", "chart", "hyperlink"), so the
    /// Transitional and Strict spellings of a type compare equal.
    var kind: String
    /// The target part's name inside the package, or the URL as written for external targets.
    var target: String
    var isExternal: Bool
  }

  var all: [Relationship] = []

  /// The relationship with id `id`.
  subscript(id: String) -> Relationship? {
    all.first { $0.id == id }
  }

  /// The relationships of kind `kind`, in the order written.
  func ofKind(_ kind: String) -> [Relationship] {
    all.filter { $0.kind == kind }
  }

  /// Reads the relationships of `part`; a part without a rels part has none.
  static func of(_ part: String, in archive: PackageArchive) throws(XLSXReaderError)
    -> Relationships
  {
    guard let root = try archive.element(of: relationshipsPart(of: part)) else {
      return Relationships()
    }
    var relationships = Relationships()
    for element in root.children("Relationship", in: .packageRelationships) {
      guard let id = element.attribute("Id"), let type = element.attribute("Type"),
        let target = element.attribute("Target")
      else { continue }
      let isExternal = element.attribute("TargetMode") == "External"
      let kind = String(type.split(separator: "/").last ?? "")
      let resolved = isExternal ? target : resolve(target, from: part)
      relationships.all.append(
        Relationship(id: id, kind: kind, target: resolved, isExternal: isExternal))
    }
    return relationships
  }

  /// The name of the rels part that holds the relationships of `part`.
  static func relationshipsPart(of part: String) -> String {
    let components = part.split(separator: "/", omittingEmptySubsequences: false)
    let name = components.last.map(String.init) ?? part
    let folder = components.dropLast().joined(separator: "/")
    return folder.isEmpty ? "_rels/\(name).rels" : "\(folder)/_rels/\(name).rels"
  }

  /// Resolves a relationship target against the part that holds the relationship.
  ///
  /// Absolute targets (`/xl/worksheets/sheet1.xml`) are taken from the package root; relative
  /// ones (`../drawings/drawing1.xml`) from the source part's folder. Percent escapes are decoded.
  static func resolve(_ target: String, from source: String) -> String {
    let decoded = target.removingPercentEncoding ?? target
    var components: [Substring]
    if decoded.hasPrefix("/") {
      components = []
    } else {
      components = source.split(separator: "/").dropLast()
    }
    for component in decoded.split(separator: "/") {
      switch component {
      case ".":
        continue
      case "..":
        _ = components.popLast()
      default:
        components.append(component)
      }
    }
    return components.joined(separator: "/")
  }
}
