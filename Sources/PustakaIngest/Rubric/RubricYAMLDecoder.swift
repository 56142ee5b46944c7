import PustakaCore
import Yams

/// Reads a rubric from YAML text (*rubrik*), refusing a malformed one with the line and reason.
///
/// The text is composed into Yams nodes and walked, so every message can name the line of the
/// node at fault. Refused: malformed YAML, unknown keys, unknown indicators, areas or kinds,
/// thresholds that are not monotonic or not one per point, bands without points or above the
/// scale, weights that are not positive, grades that do not decrease to 0.
package enum RubricYAMLDecoder {
  /// The rubric in `text`; `file` names it in messages.
  ///
  /// - Throws: `RubricFileError.malformed` with the line and reason.
  package static func decode(_ text: String, file: String) throws(RubricFileError) -> Rubric {
    let reader = NodeReader(file: file)
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw reader.yamlError(error)
    } catch {
      throw .malformed(file: file, line: nil, message: "malformed YAML: \(error)")
    }
    guard let root else {
      throw .malformed(file: file, line: nil, message: "the rubric file is empty")
    }
    return try reader.rubric(root)
  }
}

/// Walks composed nodes, turning each into rubric values or a message with its line.
private struct NodeReader {
  let file: String

  init(file: String) {
    self.file = file
  }

  func fail(_ node: Node?, _ message: String) -> RubricFileError {
    .malformed(file: file, line: node?.mark?.line, message: message)
  }

  func yamlError(_ error: YamlError) -> RubricFileError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return .malformed(file: file, line: mark.line, message: "malformed YAML: \(problem)")
    case .reader(let problem, _, _, _):
      return .malformed(file: file, line: nil, message: "malformed YAML: \(problem)")
    default:
      return .malformed(file: file, line: nil, message: "malformed YAML")
    }
  }

  /// The pairs of a mapping node, refusing keys outside `allowed`.
  func mapping(_ node: Node, _ what: String, allowed: [String]) throws(RubricFileError)
    -> [String: (key: Node, value: Node)]
  {
    guard case .mapping(let mapping) = node else {
      throw fail(node, "\(what) must be a mapping of \(list(allowed))")
    }
    var pairs: [String: (key: Node, value: Node)] = [:]
    for (key, value) in mapping {
      let name = key.scalar?.string ?? ""
      guard allowed.contains(name) else {
        throw fail(key, "unknown key '\(name)' in \(what); expected \(list(allowed))")
      }
      guard pairs[name] == nil else { throw fail(key, "key '\(name)' is repeated in \(what)") }
      pairs[name] = (key, value)
    }
    return pairs
  }

  func sequence(_ node: Node, _ what: String) throws(RubricFileError) -> [Node] {
    guard case .sequence(let sequence) = node else {
      throw fail(node, "\(what) must be a list")
    }
    return Array(sequence)
  }

  func string(_ node: Node, _ what: String) throws(RubricFileError) -> String {
    guard case .scalar(let scalar) = node else { throw fail(node, "\(what) must be text") }
    return scalar.string
  }

  func number(_ node: Node, _ what: String) throws(RubricFileError) -> Double {
    guard case .scalar(let scalar) = node else { throw fail(node, "\(what) must be a number") }
    let text = scalar.string.trimmingSpaces
    switch text.lowercased() {
    case ".inf", "+.inf": return .infinity
    case "-.inf": return -.infinity
    default: break
    }
    let digits = text.replacingUnderscores
    guard let value = Double(digits), value.isFinite,
      digits.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) })
    else {
      throw fail(node, "\(what) must be a number (found '\(text)')")
    }
    return value
  }

  func wholeNumber(_ node: Node, _ what: String) throws(RubricFileError) -> Int {
    let value = try number(node, what)
    guard value == value.rounded(), abs(value) < 1e9 else {
      throw fail(node, "\(what) must be a whole number (found '\(node.scalar?.string ?? "")')")
    }
    return Int(value)
  }

  func list(_ names: [String]) -> String {
    guard let last = names.last else { return "" }
    return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
  }

  // MARK: - Rubric

  func rubric(_ root: Node) throws(RubricFileError) -> Rubric {
    let top = try mapping(
      root, "the rubric", allowed: ["version", "name", "scale", "grades", "indicators"])
    guard let version = top["version"] else {
      throw fail(root, "the rubric has no 'version' (write version: 1)")
    }
    let number = try wholeNumber(version.value, "version")
    guard number == 1 else { throw fail(version.value, "version must be 1 (found \(number))") }
    let name =
      try top["name"].map { pair throws(RubricFileError) in
        try string(pair.value, "name")
      } ?? "Custom rubric"
    var scale = 4
    if let pair = top["scale"] {
      scale = try wholeNumber(pair.value, "scale")
      guard scale >= 1 else { throw fail(pair.value, "scale must be at least 1 (found \(scale))") }
    }
    var grades = Rubric.builtInGrades
    if let pair = top["grades"] {
      grades = try sequence(pair.value, "grades").map { node throws(RubricFileError) in
        try grade(node)
      }
      if let problem = Rubric.gradesProblem(grades) { throw fail(pair.value, problem) }
    }
    guard let list = top["indicators"] else {
      throw fail(root, "the rubric has no 'indicators'")
    }
    let nodes = try sequence(list.value, "indicators")
    guard !nodes.isEmpty else { throw fail(list.value, "the rubric has no indicators") }
    var indicators: [RubricIndicator] = []
    for node in nodes {
      let parsed = try indicator(node, scale: scale)
      if indicators.contains(where: { $0.key == parsed.key }) {
        throw fail(node, "indicator '\(parsed.key.key)' is listed twice")
      }
      indicators.append(parsed)
    }
    return Rubric(version: 1, name: name, scale: scale, grades: grades, indicators: indicators)
  }

  func grade(_ node: Node) throws(RubricFileError) -> GradeRule {
    let pairs = try mapping(node, "a grade", allowed: ["min", "grade", "label"])
    guard let minimum = pairs["min"], let letter = pairs["grade"] else {
      throw fail(node, "a grade needs 'min' and 'grade'")
    }
    let name = try string(letter.value, "grade")
    let builtIn = Rubric.builtInGrades.first { $0.grade == name }?.label
    let label = try pairs["label"].map { pair throws(RubricFileError) in
      try text(pair.value, "the label of grade '\(name)'")
    }
    return GradeRule(
      minimum: try number(minimum.value, "min of grade '\(name)'"), grade: name,
      label: label ?? builtIn ?? LocalizedText(indonesian: name, english: name))
  }

  func text(_ node: Node, _ what: String) throws(RubricFileError) -> LocalizedText {
    let pairs = try mapping(node, what, allowed: ["id", "en"])
    guard let indonesian = pairs["id"], let english = pairs["en"] else {
      throw fail(node, "\(what) needs 'id' (Indonesian) and 'en' (English)")
    }
    return LocalizedText(
      indonesian: try string(indonesian.value, what), english: try string(english.value, what))
  }

  func indicator(_ node: Node, scale: Int) throws(RubricFileError) -> RubricIndicator {
    let pairs = try mapping(
      node, "an indicator",
      allowed: ["key", "area", "label", "kind", "thresholds", "bands", "weight"])
    guard let keyPair = pairs["key"] else { throw fail(node, "an indicator has no 'key'") }
    let keyText = try string(keyPair.value, "key")
    guard let key = IndicatorKey(rawValue: keyText) else {
      throw fail(
        keyPair.value,
        "unknown indicator '\(keyText)'; expected one of "
          + IndicatorKey.allCases.map(\.key).joined(separator: ", "))
    }
    let name = key.key
    guard let areaPair = pairs["area"] else { throw fail(node, "'\(name)' has no 'area'") }
    let areaText = try string(areaPair.value, "area of '\(name)'")
    guard let area = KPIArea(rawValue: areaText) else {
      throw fail(
        areaPair.value,
        "unknown area '\(areaText)' of '\(name)'; expected \(list(KPIArea.allCases.map(\.rawValue)))"
      )
    }
    guard let kindPair = pairs["kind"] else { throw fail(node, "'\(name)' has no 'kind'") }
    let kindText = try string(kindPair.value, "kind of '\(name)'")
    guard let kind = IndicatorKind(rawValue: kindText) else {
      throw fail(
        kindPair.value,
        "unknown kind '\(kindText)' of '\(name)'; expected higher, lower or target")
    }
    let rule = try self.rule(kind, pairs, node: node, name: name, scale: scale)
    var weight = 1.0
    if let pair = pairs["weight"] {
      weight = try number(pair.value, "weight of '\(name)'")
      if let problem = Rubric.weightProblem(weight, key: name) { throw fail(pair.value, problem) }
    }
    let label = try pairs["label"].map { pair throws(RubricFileError) in
      try text(pair.value, "the label of '\(name)'")
    }
    return RubricIndicator(key: key, area: area, label: label, rule: rule, weight: weight)
  }

  func rule(
    _ kind: IndicatorKind, _ pairs: [String: (key: Node, value: Node)], node: Node, name: String,
    scale: Int
  ) throws(RubricFileError) -> ScoringRule {
    switch kind {
    case .higher, .lower:
      if let bands = pairs["bands"] {
        throw fail(bands.key, "'\(name)' is \(kind.rawValue) and takes thresholds, not bands")
      }
      guard let pair = pairs["thresholds"] else { throw fail(node, "'\(name)' has no thresholds") }
      var thresholds: [Double] = []
      for item in try sequence(pair.value, "thresholds of '\(name)'") {
        thresholds.append(try number(item, "a threshold of '\(name)'"))
      }
      let rule: ScoringRule =
        kind == .higher ? .higher(thresholds: thresholds) : .lower(thresholds: thresholds)
      if let problem = rule.problem(key: name, scale: scale) { throw fail(pair.value, problem) }
      return rule
    case .target:
      if let thresholds = pairs["thresholds"] {
        throw fail(thresholds.key, "'\(name)' is target and takes bands, not thresholds")
      }
      guard let pair = pairs["bands"] else { throw fail(node, "'\(name)' has no bands") }
      var bands: [ScoreBand] = []
      for item in try sequence(pair.value, "bands of '\(name)'") {
        let parts = try sequence(item, "a band of '\(name)'")
        var values: [Double] = []
        for part in parts { values.append(try number(part, "a band of '\(name)'")) }
        let written = "[" + values.map(ScoringRule.text).joined(separator: ", ") + "]"
        guard values.count >= 3 else {
          throw fail(item, "band \(written) of '\(name)' has no points")
        }
        guard values.count == 3 else {
          throw fail(item, "band \(written) of '\(name)' must be [from, to, points]")
        }
        let points = try wholeNumber(parts[2], "the points of band \(written) of '\(name)'")
        let band = ScoreBand(from: values[0], to: values[1], points: points)
        if let problem = ScoringRule.target(bands: [band]).problem(key: name, scale: scale) {
          throw fail(item, problem)
        }
        bands.append(band)
      }
      guard !bands.isEmpty else { throw fail(pair.value, "'\(name)' has no bands") }
      return .target(bands: bands)
    }
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }

  fileprivate var replacingUnderscores: String {
    String(filter { $0 != "_" })
  }
}
