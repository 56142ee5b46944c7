import PustakaCore

/// Writes a rubric as YAML (*rubrik*), in the layout of kpi-rubric.md, readable back by
/// `RubricYAMLDecoder`.
package enum RubricYAMLEncoder {
  /// The YAML text of `rubric`, ending with a line break.
  package static func encode(_ rubric: Rubric) -> String {
    var lines = [
      "# KPI rubric for pustaka: edit a copy and pass it with --rubric FILE.",
      "# KPI = sum(points x weight) / (scale x sum(weight)) x 100. Kinds: higher (thresholds",
      "# are minimums), lower (maximums), target (bands [from, to, points], first match).",
      "version: \(rubric.version)",
      "name: \(scalar(rubric.name))",
      "scale: \(rubric.scale)",
      "grades:",
    ]
    for grade in rubric.grades {
      lines.append(
        "  - {min: \(ScoringRule.text(grade.minimum)), grade: \(scalar(grade.grade)), label: "
          + "\(text(grade.label))}")
    }
    lines.append("indicators:")
    for indicator in rubric.indicators {
      lines.append("  - key: \(indicator.key.key)")
      lines.append("    area: \(indicator.area.rawValue)")
      lines.append("    label: \(text(indicator.label))")
      lines.append("    kind: \(indicator.kind.rawValue)")
      switch indicator.rule {
      case .higher(let thresholds), .lower(let thresholds):
        lines.append(
          "    thresholds: [" + thresholds.map(ScoringRule.text).joined(separator: ", ") + "]")
      case .target(let bands):
        lines.append("    bands: [" + bands.map(ScoringRule.text).joined(separator: ", ") + "]")
      }
      lines.append("    weight: \(ScoringRule.text(indicator.weight))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `{id: ..., en: ...}` with each text quoted where YAML needs it.
  static func text(_ text: LocalizedText) -> String {
    "{id: \(scalar(text.indonesian)), en: \(scalar(text.english))}"
  }

  /// `value` as a YAML scalar usable in flow and block context: plain when it is safe, else
  /// double-quoted.
  static func scalar(_ value: String) -> String {
    let safe = value.unicodeScalars.allSatisfy { scalar in
      (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        || " ()./-%²".unicodeScalars.contains(scalar))
    }
    let reserved = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
    let plain =
      safe && !value.isEmpty && value.first?.isLetter == true && value.last != " "
      && !reserved.contains(value.lowercased())
    if plain { return value }
    var quoted = "\""
    for character in value.unicodeScalars {
      switch character {
      case "\"": quoted += "\\\""
      case "\\": quoted += "\\\\"
      case "\n": quoted += "\\n"
      case "\t": quoted += "\\t"
      default: quoted.unicodeScalars.append(character)
      }
    }
    return quoted + "\""
  }
}
